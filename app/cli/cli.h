// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pes::cli {

// Runs `pes ARGS...` and returns its exit code: 0 on success, 1 when the
// command failed, 2 when it was used wrongly. Output goes to out and err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
int run(const QStringList &arguments);

} // namespace pes::cli
