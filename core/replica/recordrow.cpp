// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrow.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes {

QString recordSelectSql()
{
    return u"SELECT id, iri, kind, network, visibility, created, modified, version, deleted, "
           u"fields FROM record"_s;
}

Record recordFromRow(const sql::Statement &row)
{
    Record record;
    record.id = row.integer(0);
    record.iri = row.text(1);
    record.kind = kindFromName(row.text(2)).value_or(Kind::Organisation);
    record.network = row.text(3);
    record.visibility = visibilityFromName(row.text(4)).value_or(Visibility::Network);
    record.created = parseStoredTime(row.text(5));
    record.modified = parseStoredTime(row.text(6));
    record.version = row.integer(7);
    if (!row.isNull(8))
        record.deletedAt = parseStoredTime(row.text(8));
    record.fields = QJsonDocument::fromJson(row.blob(9)).object();
    return record;
}

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStoredTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace pes
