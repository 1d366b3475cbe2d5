// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilesource.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace pes {

QString TileSource::id() const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_template.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QUrl TileSource::tileUrl(const TileKey &tile) const
{
    QString url = m_template;
    const QString z = QString::number(tile.z);
    const QString x = QString::number(tile.x);
    const QString y = QString::number(tile.y);
    url.replace(u"%z"_s, z).replace(u"%x"_s, x).replace(u"%y"_s, y);
    url.replace(u"{z}"_s, z).replace(u"{x}"_s, x).replace(u"{y}"_s, y);
    return QUrl(url);
}

Status TileSource::checkBulkDownload() const
{
    if (m_template.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"No tile source is configured: set the URL template of your network's tile "
                    u"server or provider first (\"Tile source…\" on the map)."_s);
    const auto has = [this](QStringView percent, QStringView braces) {
        return m_template.contains(percent) || m_template.contains(braces);
    };
    const QUrl url = tileUrl({0, 0, 0});
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
        url.host().isEmpty() || !has(u"%z", u"{z}") || !has(u"%x", u"{x}") || !has(u"%y", u"{y}"))
        return fail(Error::Code::InvalidArgument,
                    QString(u"The tile source \"%1\" is not an http(s) URL template with %z, %x "
                            u"and %y."_s)
                        .arg(m_template));
    const QString host = url.host().toLower();
    if (host == u"openstreetmap.org"_s || host.endsWith(u".openstreetmap.org"_s) ||
        host.endsWith(u".openstreetmap.fr"_s) || host == u"openstreetmap.fr"_s)
        return fail(Error::Code::InvalidArgument,
                    QString(u"Offline areas cannot be downloaded from %1: the OpenStreetMap tile "
                            u"servers' usage policy forbids bulk downloads. Ask your network to "
                            u"configure its own tile server or a provider whose terms allow "
                            u"offline use (\"Tile source…\" on the map)."_s)
                        .arg(host));
    return {};
}

} // namespace pes
