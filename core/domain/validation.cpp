// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "attachments/attachmentref.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u"“"_s + value.toString() + u"”"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return u"this value"_s;
}

Result<QJsonValue> invalid(const FieldInfo &field, const QJsonValue &value, const QString &rule)
{
    return fail(Error::Code::InvalidArgument,
                tr("%1 is not a valid %2 for “%3”: %4")
                    .arg(describe(value), fieldTypeName(field.type), field.name, rule));
}

Result<QJsonValue> coordinate(const FieldInfo &field, const QJsonValue &value, double limit)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().trimmed().replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return invalid(field, value, tr("expected a number of degrees, such as 43.2965"));
    if (number < -limit || number > limit)
        return invalid(field, value, tr("must lie between -%1 and %1 degrees").arg(limit));
    return QJsonValue(number);
}

Result<QJsonValue> choiceValue(const FieldInfo &field, const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (!field.choices.contains(text))
        return invalid(field, value, tr("expected one of: %1").arg(field.choices.join(u", ")));
    return QJsonValue(text);
}

Result<QJsonValue> listValue(const FieldInfo &field, const QJsonValue &value)
{
    QJsonArray items;
    if (value.isArray()) {
        items = value.toArray();
    } else {
        for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts))
            items.append(part.trimmed());
    }
    QJsonArray result;
    for (const QJsonValue &item : std::as_const(items)) {
        if (field.type == FieldType::ChoiceList) {
            auto checked = choiceValue(field, item);
            if (!checked)
                return checked;
            result.append(*checked);
        } else {
            const QString iri = item.toString().trimmed();
            if (!QUrl(iri, QUrl::StrictMode).isValid() || !iri.contains(u':'))
                return invalid(field, item, tr("expected the IRI of a record"));
            result.append(iri);
        }
    }
    return QJsonValue(result);
}

// A list of attachment references, each checked and written in its canonical
// form; text is read as a JSON array (from a command line or a file).
Result<QJsonValue> attachmentListValue(const FieldInfo &field, const QJsonValue &value)
{
    QJsonArray items;
    if (value.isArray()) {
        items = value.toArray();
    } else if (value.isString()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return invalid(field, value, tr("expected a JSON array of attachments"));
        items = document.array();
    } else {
        return invalid(field, value, tr("expected a JSON array of attachments"));
    }
    QJsonArray result;
    for (const QJsonValue &item : std::as_const(items)) {
        auto ref = AttachmentRef::fromJson(item);
        if (!ref)
            return fail(Error::Code::InvalidArgument,
                        tr("“%1”: %2").arg(field.name, ref.error().message));
        const QJsonObject canonical = ref->toJson();
        if (!result.contains(canonical))
            result.append(canonical);
    }
    return QJsonValue(result);
}

} // namespace

bool isValidEmail(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        u"(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"_s);
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

std::optional<QString> normaliseFrenchPhone(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
        else if (!c.isSpace() && c != u'.' && c != u'-' && c != u'(' && c != u')')
            return std::nullopt;
    }
    if (digits.startsWith(u"+33"))
        digits = u'0' + digits.mid(3);
    else if (digits.startsWith(u"0033"))
        digits = u'0' + digits.mid(4);
    if (digits.startsWith(u'+')) // another country: keep as typed, if it looks like a number
        return digits.size() >= 8 && digits.size() <= 16 ? std::optional(text.simplified())
                                                         : std::nullopt;
    if (digits.size() != 10 || !digits.startsWith(u'0') || digits.at(1) == u'0')
        return std::nullopt;
    QString spaced;
    for (int i = 0; i < 10; i += 2) {
        if (i > 0)
            spaced.append(u' ');
        spaced.append(digits.mid(i, 2));
    }
    return spaced;
}

bool isValidFrenchPostcode(const QString &text)
{
    static const QRegularExpression pattern(u"^(?:0[1-9]|[1-8]\\d|9[0-8])\\d{3}$"_s);
    return pattern.match(text).hasMatch();
}

bool isValidSiret(const QString &text)
{
    if (text.size() != 14)
        return false;
    int sum = 0;
    int plain = 0;
    for (int i = 0; i < 14; ++i) {
        if (!text.at(i).isDigit())
            return false;
        int digit = text.at(i).digitValue();
        plain += digit;
        if (i % 2 == 0) { // from the right, every second digit is doubled
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    // La Poste's establishments (SIREN 356000000) follow a sum-of-digits rule instead.
    if (text.startsWith(u"356000000"))
        return sum % 10 == 0 || plain % 5 == 0;
    return sum % 10 == 0;
}

bool isValidWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
           !url.host().isEmpty() && url.host().contains(u'.');
}

Result<QJsonValue> normaliseValue(const FieldInfo &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    if (value.isString() && value.toString().trimmed().isEmpty() &&
        field.type != FieldType::LongText)
        return QJsonValue(QJsonValue::Null);

    const QString text = value.isString() ? value.toString().trimmed() : QString();
    switch (field.type) {
    case FieldType::Text:
        return QJsonValue(text.simplified());
    case FieldType::LongText:
        return value.isString() ? value : QJsonValue(describe(value));
    case FieldType::Integer: {
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
            return value;
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (!ok)
            return invalid(field, value, tr("expected a whole number"));
        return QJsonValue(number);
    }
    case FieldType::Decimal: {
        static const QRegularExpression pattern(u"^-?\\d+(?:[.,]\\d+)?$"_s);
        const QString decimal = value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                                 : QString(text).replace(u',', u'.');
        if (!pattern.match(decimal).hasMatch())
            return invalid(field, value, tr("expected a decimal number such as 12.50"));
        return QJsonValue(decimal);
    }
    case FieldType::Boolean: {
        if (value.isBool())
            return value;
        const QString lower = text.toLower();
        if (QStringList{u"true"_s, u"yes"_s, u"oui"_s, u"1"_s, u"vrai"_s}.contains(lower))
            return QJsonValue(true);
        if (QStringList{u"false"_s, u"no"_s, u"non"_s, u"0"_s, u"faux"_s}.contains(lower))
            return QJsonValue(false);
        return invalid(field, value, tr("expected yes or no"));
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return invalid(field, value, tr("expected a date written YYYY-MM-DD"));
        return QJsonValue(date.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dateTime.isValid())
            return invalid(field, value, tr("expected a date and time written YYYY-MM-DDTHH:MM"));
        return QJsonValue(text.size() <= 16 ? dateTime.toString(u"yyyy-MM-ddTHH:mm"_s)
                                            : dateTime.toString(Qt::ISODate));
    }
    case FieldType::Email:
        if (!isValidEmail(text))
            return invalid(field, value, tr("expected an address such as contact@example.org"));
        return QJsonValue(text);
    case FieldType::Phone: {
        const auto phone = normaliseFrenchPhone(text);
        if (!phone)
            return invalid(field, value,
                           tr("expected a French number of 10 digits such as 04 91 12 34 56, or "
                              "an international number starting with +"));
        return QJsonValue(*phone);
    }
    case FieldType::Url:
        if (!isValidWebUrl(text))
            return invalid(field, value, tr("expected a web address starting with https://"));
        return QJsonValue(text);
    case FieldType::Postcode:
        if (!isValidFrenchPostcode(text))
            return invalid(field, value, tr("expected 5 digits such as 13001"));
        return QJsonValue(text);
    case FieldType::Siret: {
        QString digits = text;
        digits.remove(u' ');
        if (digits.size() != 14)
            return invalid(field, value, tr("a SIRET has 14 digits"));
        if (!isValidSiret(digits))
            return invalid(field, value,
                           tr("the check digit does not match (Luhn); check for a "
                              "typing error"));
        return QJsonValue(digits);
    }
    case FieldType::Latitude:
        return coordinate(field, value, 90);
    case FieldType::Longitude:
        return coordinate(field, value, 180);
    case FieldType::Reference:
        if (!text.contains(u':') || !QUrl(text, QUrl::StrictMode).isValid())
            return invalid(field, value, tr("expected the IRI of a record"));
        return QJsonValue(text);
    case FieldType::Choice:
        return choiceValue(field, value);
    case FieldType::ReferenceList:
    case FieldType::ChoiceList:
        return listValue(field, value);
    case FieldType::AttachmentList:
        return attachmentListValue(field, value);
    }
    return value;
}

Result<QJsonObject> normaliseFields(Kind kind, const QJsonObject &fields)
{
    const KindInfo &info = kindInfo(kind);
    QJsonObject result = fields; // shared until a value actually changes
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldInfo *field = info.field(it.key());
        if (!field) {
            QStringList known;
            for (const FieldInfo &f : info.fields)
                known.append(f.name);
            return fail(Error::Code::InvalidArgument,
                        tr("%1 has no field “%2”; its fields are: %3")
                            .arg(info.name, it.key(), known.join(u", ")));
        }
        const QJsonValue value = it.value();
        auto normalised = normaliseValue(*field, value);
        if (!normalised)
            return std::unexpected(normalised.error());
        if (*normalised != value)
            result.insert(it.key(), *normalised);
    }
    return result;
}

Status checkRequired(Kind kind, const QJsonObject &fields)
{
    for (const FieldInfo &field : kindInfo(kind).fields) {
        if (!field.required)
            continue;
        const QJsonValue value = fields.value(field.name);
        if (value.isNull() || value.isUndefined() ||
            (value.isString() && value.toString().trimmed().isEmpty()))
            return fail(Error::Code::InvalidArgument,
                        tr("a %1 needs a value for “%2”").arg(kindInfo(kind).name, field.name));
    }
    return {};
}

} // namespace pes
