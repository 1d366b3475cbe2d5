// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "desktoplogging.h"

#include <QDir>
#include <QQuickWindow>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pes::desktop {

ScreenshotTour::ScreenshotTour(QQuickWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_views({u"organisations"_s, u"map"_s, u"people"_s, u"exchanges"_s, u"agenda"_s,
               u"jobOffers"_s, u"news"_s, u"drafts"_s, u"everything"_s})
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    waitUntil([this] { return m_window->property("populated").toBool(); }, [this] { step(); });
}

void ScreenshotTour::waitUntil(const std::function<bool()> &condition,
                               const std::function<void()> &then, int remaining)
{
    if (condition() || remaining <= 0) {
        QTimer::singleShot(400, this, then); // let the delegates settle and paint
        return;
    }
    QTimer::singleShot(50, this, [=, this] { waitUntil(condition, then, remaining - 1); });
}

void ScreenshotTour::step()
{
    if (m_index > 0) {
        const QString file = m_directory + u'/' + m_views.at(m_index - 1) + u".png"_s;
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(file)) {
            qCWarning(lcDesktop) << "could not save" << file;
            m_ok = false;
        } else {
            qCInfo(lcDesktop) << "saved" << file;
        }
    }
    if (m_index == m_views.size()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const QString view = m_views.at(m_index++);
    QMetaObject::invokeMethod(m_window, "showView", Q_ARG(QVariant, view));
    waitUntil([this] { return m_window->property("populated").toBool(); },
              [this] {
                  QMetaObject::invokeMethod(m_window, "selectRow", Q_ARG(QVariant, 0));
                  QTimer::singleShot(600, this, [this] { step(); });
              });
}

} // namespace pes::desktop
