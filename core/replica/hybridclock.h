// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pes {

// A hybrid logical clock: wall-clock milliseconds plus a counter, so that
// timestamps from this device always increase even when the clock steps back.
// Used to order local operations and break ties, never to decide what wins.
// Timestamps are text that sorts in time order: "0001733238000123.00004".
class HybridClock
{
public:
    explicit HybridClock(const QString &last = {});

    QString now();
    // Moves past a timestamp seen from another device.
    void observe(const QString &remote);
    QString last() const;

    static QString format(qint64 ms, int counter);
    static bool parse(const QString &text, qint64 *ms, int *counter);

private:
    qint64 m_ms = 0;
    int m_counter = 0;
};

} // namespace pes
