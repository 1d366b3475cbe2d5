// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"
#include "inspection.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pes::access {

// A column whose value is the key of a row in another mapped table: the
// field receives the IRI of the record that row became.
struct ReferenceMapping
{
    QString column;
    QString field;
    QString table;
};

// Rows of a table of people that belong to an organisation row become
// engagements (a person's job or role in an organisation).
struct EngagementMapping
{
    QString column; // the key of the organisation row
    QString table;  // the mapped table of organisations
    QString role = QStringLiteral("employee");
    QString roleDetailColumn; // e.g. "Fonction"
};

// How the rows of one Access table become records.
struct TableMapping
{
    QString table;
    Kind kind = Kind::Organisation;
    QStringList key;                 // columns identifying a row across re-runs
    QMap<QString, QString> fields;   // column -> field of the kind
    QMap<QString, QString> contacts; // column -> contact point medium (phone, mobile, fax...)
    QList<ReferenceMapping> references;
    std::optional<EngagementMapping> engagement;
    QJsonObject constants; // field -> a value every record of this table gets (way, type, role...)
};

// The whole plan for one Access file, saved as JSON so the same import can be
// run again. `source` names the file in the replica's import_source table.
struct ImportMapping
{
    QString source;
    QString encoding;
    QList<TableMapping> tables;

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject &json);
    static Result<ImportMapping> load(const QString &path);
    Status save(const QString &path) const;

    // Checks the mapping against the file: tables and columns exist, fields
    // belong to their kind, references point at mapped tables.
    Status check(const AccessInspection &inspection) const;
    // Tables in an order where every referenced table comes first.
    QList<TableMapping> orderedTables() const;
};

// Suggests a mapping from table and column names a French network would use
// (Nom, Raison sociale, Sigle, CP, Ville, Tél, Email, SIRET, Fonction,
// Adhérent, Date d'adhésion...) and from column types. Tables it cannot place
// are left out.
ImportMapping suggestMapping(const AccessInspection &inspection);

// The default source name for a file: "access:" and its file name.
QString defaultSource(const QString &path);

} // namespace pes::access
