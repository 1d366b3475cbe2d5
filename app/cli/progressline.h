// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace pes::cli {

// The progress of a long command on standard error: one line rewritten in
// place on a terminal (at most ten times a second), and a line per tenth of
// the work in a log file or a pipe, so scripts' logs stay readable.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool enabled = true);
    ~ProgressLine();

    // "<text>" with done out of total (total 0 when unknown).
    void show(qint64 done, qint64 total, const QString &text);
    // Ends the line on a terminal; called by the destructor too.
    void finish();

private:
    QTextStream &m_err;
    bool m_enabled;
    bool m_terminal;
    bool m_shown = false;
    int m_lastTenth = -1;
    QElapsedTimer m_sinceLast;
};

} // namespace pes::cli
