// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace pes::desktop {

// Compiles every QML file of the org.pes.desktop module and checks that every
// kind, field and choice label has a French translation. Prints what fails;
// returns the process exit code (0 when all is well).
int runSelfTest(QQmlEngine &engine);

} // namespace pes::desktop
