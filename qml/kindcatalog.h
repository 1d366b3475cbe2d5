// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace pes::desktop {

// The kinds of record and their fields (core/domain/kinds.h) in the form the
// QML views use, with labels in the interface's language. Pure data, no state.
class KindCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit KindCatalog(QObject *parent = nullptr);

    // Each kind: {name, label, pluralLabel}.
    Q_INVOKABLE QVariantList kinds() const;
    Q_INVOKABLE QString label(const QString &kind) const;
    Q_INVOKABLE QString pluralLabel(const QString &kind) const;
    // Each field of the kind: {name, label, type, required, choices: [{value, label}],
    // referenceKind}. type is one of: text, longText, integer, decimal, boolean, date,
    // dateTime, email, phone, url, postcode, siret, latitude, longitude, reference,
    // referenceList, choice, choiceList.
    Q_INVOKABLE QVariantList fields(const QString &kind) const;
    Q_INVOKABLE QString fieldLabel(const QString &kind, const QString &field) const;
    Q_INVOKABLE QString choiceLabel(const QString &value) const;
    Q_INVOKABLE QString visibilityLabel(const QString &visibility) const;
    Q_INVOKABLE QString defaultVisibility(const QString &kind) const;
};

// The English label of a choice value ("offer" -> "I offer"), translated in the "Choice" context.
const char *choiceLabelSource(const QString &value);
QStringList allChoiceValues();

} // namespace pes::desktop
