// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTextStream>

namespace pes::desktop {

StartupProbe::StartupProbe(QQuickWindow *window, QElapsedTimer started, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_started(started)
{
    // frameSwapped comes from the render thread; the check runs in the GUI thread.
    connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this] {
            if (m_done || !m_window->property("populated").toBool())
                return;
            // The frame that follows the population is the first one showing rows.
            m_done = true;
            QMetaObject::invokeMethod(m_window, [this] { m_window->update(); });
            connect(
                m_window, &QQuickWindow::frameSwapped, this,
                [this] {
                    QTextStream(stdout) << "first-frame " << m_started.elapsed() << Qt::endl;
                    QCoreApplication::exit(0);
                },
                Qt::SingleShotConnection);
        },
        Qt::QueuedConnection);
}

} // namespace pes::desktop
