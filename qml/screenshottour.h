// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QQuickWindow;

namespace pes::desktop {

// Walks the main window through its views, opens the first record of each,
// and saves a picture of the window per view (tools/screenshots).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(QQuickWindow *window, const QString &directory, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    void step();
    void waitUntil(const std::function<bool()> &condition, const std::function<void()> &then,
                   int remaining = 100);

    QQuickWindow *m_window;
    QString m_directory;
    QStringList m_views;
    int m_index = 0;
    bool m_ok = true;
};

} // namespace pes::desktop
