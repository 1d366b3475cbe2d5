// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <algorithm>

namespace pes::sync {

Backoff::Backoff(qint64 initialMs, qint64 maximumMs, quint32 seed)
    : m_initial(initialMs)
    , m_maximum(maximumMs)
    , m_random(seed ? seed : QRandomGenerator::system()->generate())
{
}

qint64 Backoff::nextDelayMs()
{
    const int exponent = std::min(m_failures, 30);
    ++m_failures;
    const qint64 ceiling = std::min(m_maximum, m_initial << exponent);
    const qint64 floor = ceiling / 2;
    return floor + qint64(m_random.bounded(quint64(ceiling - floor + 1)));
}

} // namespace pes::sync
