// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "offlinearea.h"

#include <QString>
#include <QUrl>

namespace pes {

// A tile server as the map settings describe it: a URL template with %z, %x
// and %y (or {z}, {x}, {y}). Its id names its folder in the tile store, so
// tiles of two servers never mix.
class TileSource
{
public:
    explicit TileSource(QString urlTemplate = {})
        : m_template(std::move(urlTemplate).trimmed())
    {
    }

    QString urlTemplate() const { return m_template; }
    bool isEmpty() const { return m_template.isEmpty(); }
    // A short stable name for the template (hex of its hash).
    QString id() const;
    QUrl tileUrl(const TileKey &tile) const;

    // Whether tiles may be downloaded in bulk from this server: a template that
    // is not a http(s) URL with the three placeholders is refused, and so are
    // the OpenStreetMap Foundation's own tile servers, whose usage policy
    // forbids bulk and offline downloads.
    Status checkBulkDownload() const;

private:
    QString m_template;
};

} // namespace pes
