// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"

#include <QJsonObject>
#include <QJsonValue>

namespace pes {

// Checks one value against its field's rule and returns it in stored form
// (phone numbers spaced, choices checked, numbers parsed from text). Text
// coming from a command line or a form is accepted for every type.
// The error message names the field, the value and the rule it breaks.
Result<QJsonValue> normaliseValue(const FieldInfo &field, const QJsonValue &value);

// Normalises every given field of a record of this kind; unknown field names are errors.
Result<QJsonObject> normaliseFields(Kind kind, const QJsonObject &fields);

// Errors for required fields that are missing or empty.
Status checkRequired(Kind kind, const QJsonObject &fields);

// The individual rules, usable on their own (forms validate as the user types).
bool isValidEmail(const QString &text);
std::optional<QString> normaliseFrenchPhone(const QString &text);
bool isValidFrenchPostcode(const QString &text);
bool isValidSiret(const QString &text);
bool isValidWebUrl(const QString &text);

} // namespace pes
