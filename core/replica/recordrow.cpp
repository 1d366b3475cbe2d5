// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrow.h"

#include <QJsonDocument>

#include <cstdio>

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
    // Hand-formatted: QDateTime::toString() is slow enough to matter in bulk writes.
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 msPerDay = 86400000;
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const qint64 ofDay = ms - days * msPerDay;
    const QDate date = QDate::fromJulianDay(2440588 + days);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), int(ofDay / 3600000), int(ofDay / 60000 % 60),
                  int(ofDay / 1000 % 60), int(ofDay % 1000));
    return QString::fromLatin1(text);
}

QDateTime parseStoredTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace pes
