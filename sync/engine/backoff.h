// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

namespace pes::sync {

// When to try again after a failed sync: exponential growth from `initialMs`,
// capped at `maximumMs`, with "full jitter" in the upper half so devices that
// failed together do not retry together.
class Backoff
{
public:
    Backoff(qint64 initialMs = 5000, qint64 maximumMs = 15 * 60 * 1000, quint32 seed = 0);

    // The wait before the next attempt, and one more failure counted.
    qint64 nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    qint64 m_initial;
    qint64 m_maximum;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace pes::sync
