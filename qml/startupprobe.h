// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QQuickWindow;

namespace pes::desktop {

// For the benchmark: prints "first-frame MS" when the window has shown a frame
// with the list populated, measured from the start of main(), then quits.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QQuickWindow *window, QElapsedTimer started, QObject *parent = nullptr);

private:
    QQuickWindow *m_window;
    QElapsedTimer m_started;
    bool m_done = false;
};

} // namespace pes::desktop
