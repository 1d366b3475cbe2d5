// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldconversion.h"

#include "domain/validation.h"
#include "text/folding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

// A whole number as digits, left-padded to `width` with zeros.
std::optional<QString> wholeNumber(double number, int width)
{
    if (number < 0 || number != std::floor(number) || number > 1e15)
        return std::nullopt;
    return u"%1"_s.arg(qint64(number), width, 10, QChar(u'0'));
}

} // namespace

QString accessValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        if (value.toObject().contains(u"attachments"_s))
            return u"<%1 attached file(s)>"_s.arg(
                value.toObject().value(u"attachments"_s).toArray().size());
        return u"<binary, %1 bytes>"_s.arg(value.toObject().value(u"size"_s).toInteger());
    case QJsonValue::Array:
        return u"<list>"_s;
    }
    return {};
}

Result<QJsonValue> convertAccessValue(const FieldInfo &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    if (value.isObject())
        return fail(Error::Code::InvalidArgument,
                    u"a binary value (OLE object or attachment) cannot go into field “%1” "
                    u"(map it to “attachments”)"_s.arg(field.name));
    if (value.isString() && value.toString().trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);

    QJsonValue converted = value;
    const bool isNumber = value.isDouble();
    const double number = value.toDouble();
    QString text = value.isString() ? value.toString().trimmed() : accessValueText(value);

    switch (field.type) {
    case FieldType::Postcode:
        if (isNumber) {
            if (auto digits = wholeNumber(number, 5))
                text = *digits;
        } else if (text.size() == 4 && text.toInt() > 0) {
            text.prepend(u'0'); // "6000": a postcode of the Alpes-Maritimes kept as a number
        }
        converted = text;
        break;
    case FieldType::Siret:
        if (isNumber) {
            if (auto digits = wholeNumber(number, 14))
                text = *digits;
        }
        converted = QString(text).remove(u' ').remove(u'.');
        break;
    case FieldType::Phone:
        if (isNumber) {
            if (auto digits = wholeNumber(number, 0)) {
                text = *digits;
                if (text.size() == 9)
                    text.prepend(u'0');
            }
        }
        converted = text;
        break;
    case FieldType::Boolean:
        if (value.isBool()) {
            converted = value;
        } else if (isNumber) {
            converted = number != 0;
        } else {
            const QString folded = foldText(text);
            if (QStringList{u"oui"_s, u"o"_s, u"vrai"_s, u"yes"_s, u"y"_s, u"true"_s, u"1"_s,
                            u"x"_s}
                    .contains(folded))
                converted = true;
            else if (QStringList{u"non"_s, u"n"_s, u"faux"_s, u"no"_s, u"false"_s, u"0"_s}.contains(
                         folded))
                converted = false;
            else
                return fail(Error::Code::InvalidArgument,
                            u"“%1” is neither yes nor no"_s.arg(text));
        }
        break;
    case FieldType::Date:
        // Access has no date-only type: a date is a date-time at midnight.
        converted =
            value.isString() && text.size() >= 10 && text.at(4) == u'-' ? text.left(10) : text;
        break;
    case FieldType::DateTime:
        if (value.isString() && text.size() >= 19 && text.at(10) == u'T' && text.size() < 24) {
            // Access stores local time without an offset: read it in this computer's zone.
            const QDateTime local = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (local.isValid())
                converted = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
        }
        break;
    case FieldType::Integer:
    case FieldType::Latitude:
    case FieldType::Longitude:
        converted = isNumber ? value : QJsonValue(text);
        break;
    case FieldType::Decimal:
        converted = text;
        break;
    default:
        converted = text;
        break;
    }
    return normaliseValue(field, converted);
}

} // namespace pes::access
