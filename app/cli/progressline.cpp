// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressline.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PES_ISATTY _isatty
#define PES_FILENO _fileno
#else
#include <unistd.h>
#define PES_ISATTY isatty
#define PES_FILENO fileno
#endif

namespace pes::cli {

ProgressLine::ProgressLine(QTextStream &err, bool enabled)
    : m_err(err)
    , m_enabled(enabled)
    , m_terminal(PES_ISATTY(PES_FILENO(stderr)) != 0)
{
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::show(qint64 done, qint64 total, const QString &text)
{
    if (!m_enabled)
        return;
    const bool last = total > 0 && done >= total;
    if (m_terminal) {
        if (m_sinceLast.isValid() && m_sinceLast.elapsed() < 100 && !last)
            return;
        m_sinceLast.start();
        m_err << '\r' << text << "\x1b[K" << Qt::flush; // erase what a longer text left
        m_shown = true;
        return;
    }
    const int tenth = total > 0 ? int(qMin(done, total) * 10 / total) : -1;
    if (tenth == m_lastTenth)
        return;
    m_lastTenth = tenth;
    m_err << text << Qt::endl;
}

void ProgressLine::finish()
{
    if (m_shown)
        m_err << Qt::endl;
    m_shown = false;
}

} // namespace pes::cli
