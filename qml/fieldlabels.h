// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace pes::desktop {

// Every English label of kinds and fields, as translated in the "Field"
// context; the self-test checks that each has a French translation.
QList<const char *> fieldLabelSources();
// The messages of core/domain/validation.cpp, as translated in the "Validation" context.
QList<const char *> validationMessageSources();

} // namespace pes::desktop
