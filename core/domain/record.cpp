// SPDX-License-Identifier: GPL-3.0-or-later
#include "record.h"

#include <QStringList>

namespace pes {

QString recordTitle(Kind kind, const QJsonObject &fields)
{
    QStringList parts;
    for (const QString &name : kindInfo(kind).titleFields) {
        const QString part = fields.value(name).toString().trimmed();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString Record::title() const
{
    return recordTitle(kind, fields);
}

} // namespace pes
