// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pes {

// One record of the replica as stored: identity, bookkeeping and its field values.
//
// Field values are JSON: strings for text, dates, references and exact
// decimals; numbers for integers and coordinates; booleans; arrays for lists.
// A field that is absent has no value.
struct Record
{
    qint64 id = 0; // the row id, local to this replica
    QString iri;
    Kind kind = Kind::Organisation;
    QString network; // IRI of the owning network
    Visibility visibility = Visibility::Public;
    QDateTime created;
    QDateTime modified;
    qint64 version = 0;  // increases with every change to the record
    QDateTime deletedAt; // valid for a tombstone (a record in the trash)
    QJsonObject fields;

    bool isDeleted() const { return deletedAt.isValid(); }
    QString title() const;
};

// The title shown for a record: its title fields joined ("Jeanne Martin").
QString recordTitle(Kind kind, const QJsonObject &fields);

} // namespace pes
