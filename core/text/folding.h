// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pes {

// Folds text for matching and sorting: lower case, no diacritics, ligatures
// spelled out, runs of spaces collapsed ("  Économie  Sœur" -> "economie soeur").
QString foldText(const QString &text);

// The same fold, always through Unicode normalisation (NFKD): foldText() takes
// a shortcut for ASCII and the letters of French text, and tests check that
// both give the same answer.
QString fullFold(const QString &text);

} // namespace pes
