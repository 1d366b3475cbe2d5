// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"

#include <QJsonValue>

namespace pes::access {

// Turns a value as the worker decoded it into the stored form of a PES field,
// undoing what Access typically did to it: postcodes and SIRET numbers kept
// as numbers (leading zeros lost), phone numbers without their 0, Oui/Non
// text for booleans, date-times for dates. Then applies the field's own rule
// (core/domain/validation.h). A null or empty value gives a null.
Result<QJsonValue> convertAccessValue(const FieldInfo &field, const QJsonValue &value);

// A value as text for reports and keys: "12", "2024-01-31T00:00:00", "<binary, 512 bytes>".
QString accessValueText(const QJsonValue &value);

} // namespace pes::access
