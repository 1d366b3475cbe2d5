// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridclock.h"

#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes {

HybridClock::HybridClock(const QString &last)
{
    parse(last, &m_ms, &m_counter);
}

QString HybridClock::now()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    if (wall > m_ms) {
        m_ms = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_ms, m_counter);
}

void HybridClock::observe(const QString &remote)
{
    qint64 ms;
    int counter;
    if (!parse(remote, &ms, &counter))
        return;
    if (ms > m_ms || (ms == m_ms && counter > m_counter)) {
        m_ms = ms;
        m_counter = counter;
    }
}

QString HybridClock::last() const
{
    return format(m_ms, m_counter);
}

QString HybridClock::format(qint64 ms, int counter)
{
    // Hand-formatted (QString::arg is slow enough to matter in bulk writes): the
    // milliseconds in 16 digits, the counter in 5, both padded with zeros.
    char text[48];
    const int size = std::snprintf(text, sizeof text, "%016lld.%05d", qlonglong(ms), counter);
    return QString::fromLatin1(text, size);
}

bool HybridClock::parse(const QString &text, qint64 *ms, int *counter)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0)
        return false;
    bool okMs = false;
    bool okCounter = false;
    const qint64 parsedMs = text.left(dot).toLongLong(&okMs);
    const int parsedCounter = text.mid(dot + 1).toInt(&okCounter);
    if (!okMs || !okCounter)
        return false;
    *ms = parsedMs;
    *counter = parsedCounter;
    return true;
}

} // namespace pes
