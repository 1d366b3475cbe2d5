// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace pes::desktop {

// The file a QML file dialog answered (a file: URL) or a test gave (a plain
// path), as a local path.
inline QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

inline QString localPath(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QStringLiteral("file:")) ? QUrl(pathOrUrl).toLocalFile()
                                                         : pathOrUrl;
}

} // namespace pes::desktop
