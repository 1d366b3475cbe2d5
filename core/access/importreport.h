// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pes::access {

// A value or a row the import could not take as it was.
struct Reject
{
    QString table;
    QString rowKey;
    QString column; // empty when the whole row was rejected
    QString rawValue;
    QString reason;
    bool wholeRow = false;
};

// An existing record whose folded name equals an imported row's, without a
// matching SIRET or email: listed for the admin to check, never merged.
struct Candidate
{
    QString table;
    QString rowKey;
    QString importedIri;
    QString existingIri;
    QString title;
};

struct TableReport
{
    QString table;
    QString kind;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 linked = 0; // matched an existing record by SIRET or email
    qint64 rejectedRows = 0;
    qint64 contactPoints = 0;
    qint64 engagements = 0;
    qint64 attachments = 0; // files added to the records' attachments
};

// What an import (or its dry run) did: the JSON summary and the rejects CSV.
struct ImportReport
{
    QString file;
    QString source;
    QString format;
    bool dryRun = false;
    qint64 milliseconds = 0;
    QList<TableReport> tables;
    QList<Reject> rejects;
    QList<Candidate> candidates;

    qint64 total(qint64 TableReport::*counter) const;
    QJsonObject toJson() const;
    QString toText() const;
    Status writeJson(const QString &path) const;
    // table,row key,column,raw value,reason (RFC 4180, UTF-8)
    Status writeRejectsCsv(const QString &path) const;
};

} // namespace pes::access
