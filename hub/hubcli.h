// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pes::hub {

// The `pes-hub` command line: serve, network add|list, token create|revoke.
// Returns the process exit code (0 success, 1 failure, 2 usage); `serve`
// runs the event loop until the process is stopped.
int runHubCli(const QStringList &arguments);

} // namespace pes::hub
