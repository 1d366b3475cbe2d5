// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "domain/validation.h"
#include "replicasession.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pes::desktop {

namespace {

bool isList(const FieldInfo &field)
{
    return field.type == FieldType::ReferenceList || field.type == FieldType::ChoiceList;
}

// The value a form shows for a stored field value.
QVariant formValue(const FieldInfo &field, const QJsonValue &value)
{
    if (isList(field)) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    }
    if (field.type == FieldType::Boolean)
        return value.toBool(false);
    if (value.isDouble()) {
        if (field.type == FieldType::Integer)
            return QString::number(qint64(value.toDouble()));
        return QString::number(value.toDouble(), 'g', 12);
    }
    return value.toString();
}

QJsonValue jsonValue(const FieldInfo &field, const QVariant &value)
{
    if (isList(field))
        return QJsonArray::fromStringList(value.toStringList());
    if (field.type == FieldType::Boolean)
        return value.toBool();
    return value.toString();
}

bool isBlank(const FieldInfo &field, const QVariant &value)
{
    if (isList(field))
        return value.toStringList().isEmpty();
    if (field.type == FieldType::Boolean)
        return false;
    return value.toString().trimmed().isEmpty();
}

} // namespace

RecordEditor::RecordEditor(QObject *parent)
    : QObject(parent)
{
}

void RecordEditor::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Follow undo, redo and other windows' edits unless the user is typing here.
        connect(m_session, &ReplicaSession::recordsChanged, this, [this](const QStringList &iris) {
            const bool mine = iris.isEmpty() || iris.contains(m_record.iri); // empty: any
            if (!m_record.iri.isEmpty() && mine && !dirty()) {
                if (!load(m_record.iri))
                    clear();
            }
        });
    }
    Q_EMIT sessionChanged();
}

bool RecordEditor::load(const QString &iri)
{
    if (!m_session || !m_session->replica()) {
        setErrorMessage(tr("No replica is open"));
        return false;
    }
    auto record = m_session->replica()->record(iri);
    if (!record) {
        setErrorMessage(record.error().message);
        return false;
    }
    fill(*record);
    setErrorMessage({});
    return true;
}

void RecordEditor::newRecord(const QString &kind, const QVariantMap &presets)
{
    const auto found = kindFromName(kind);
    if (!found) {
        setErrorMessage(tr("Unknown kind of record: %1").arg(kind));
        return;
    }
    Record record;
    record.kind = *found;
    record.visibility = kindInfo(*found).defaultVisibility;
    fill(record);
    for (auto it = presets.begin(); it != presets.end(); ++it)
        setValue(it.key(), it.value());
    m_errors.clear(); // required fields are flagged on save, not before the user typed
    setErrorMessage({});
    Q_EMIT valuesChanged();
}

void RecordEditor::clear()
{
    m_kind.clear();
    m_record = Record();
    m_values.clear();
    m_original.clear();
    m_errors.clear();
    setErrorMessage({});
    Q_EMIT loaded();
    Q_EMIT valuesChanged();
}

void RecordEditor::fill(const Record &record)
{
    m_record = record;
    m_kind = kindInfo(record.kind).name;
    m_values.clear();
    m_errors.clear();
    for (const FieldInfo &field : kindInfo(record.kind).fields)
        m_values.insert(field.name, formValue(field, record.fields.value(field.name)));
    m_original = m_values;
    m_visibility = m_originalVisibility = visibilityName(record.visibility);
    Q_EMIT loaded();
    Q_EMIT valuesChanged();
}

QString RecordEditor::title() const
{
    if (m_kind.isEmpty())
        return {};
    QJsonObject fields;
    for (const FieldInfo &field : kindInfo(m_record.kind).fields)
        fields.insert(field.name, jsonValue(field, m_values.value(field.name)));
    return recordTitle(m_record.kind, fields);
}

QString RecordEditor::validate(const FieldInfo &field, const QVariant &value) const
{
    if (isBlank(field, value))
        return field.required ? tr("This field is required") : QString();
    auto normalised = normaliseValue(field, jsonValue(field, value));
    return normalised ? QString() : normalised.error().message;
}

void RecordEditor::setValue(const QString &name, const QVariant &value)
{
    const FieldInfo *field = m_kind.isEmpty() ? nullptr : kindInfo(m_record.kind).field(name);
    if (!field)
        return;
    QVariant stored = value;
    if (isList(*field))
        stored = value.toStringList();
    else if (field->type == FieldType::Boolean)
        stored = value.toBool();
    else
        stored = value.toString();
    m_values.insert(name, stored);
    const QString error = validate(*field, stored);
    if (error.isEmpty())
        m_errors.remove(name);
    else
        m_errors.insert(name, error);
    Q_EMIT valuesChanged();
}

void RecordEditor::setVisibility(const QString &visibility)
{
    if (m_visibility == visibility || !visibilityFromName(visibility))
        return;
    m_visibility = visibility;
    Q_EMIT valuesChanged();
}

bool RecordEditor::dirty() const
{
    return !m_kind.isEmpty() && (m_values != m_original || m_visibility != m_originalVisibility);
}

bool RecordEditor::save()
{
    if (m_kind.isEmpty() || !m_session || !m_session->replica())
        return false;
    const KindInfo &info = kindInfo(m_record.kind);
    for (const FieldInfo &field : info.fields) {
        const QString error = validate(field, m_values.value(field.name));
        if (!error.isEmpty())
            m_errors.insert(field.name, error);
    }
    if (!m_errors.isEmpty()) {
        Q_EMIT valuesChanged();
        setErrorMessage(tr("Some fields need correcting before saving"));
        return false;
    }

    QJsonObject changes;
    for (const FieldInfo &field : info.fields) {
        const QVariant value = m_values.value(field.name);
        if (!isNew() && value == m_original.value(field.name))
            continue;
        if (isBlank(field, value) || (field.type == FieldType::Boolean && !value.toBool() &&
                                      !m_record.fields.contains(field.name))) {
            if (!isNew() && m_record.fields.contains(field.name))
                changes.insert(field.name, QJsonValue::Null);
            continue;
        }
        changes.insert(field.name, jsonValue(field, value));
    }

    Replica *replica = m_session->replica();
    const auto visibility = visibilityFromName(m_visibility);
    QString iri = m_record.iri;
    if (isNew()) {
        auto created = replica->create(m_record.kind, changes, CreateOptions{visibility, {}, true});
        if (!created) {
            setErrorMessage(created.error().message);
            return false;
        }
        iri = *created;
    } else {
        // The form was filled from m_record; a field typed over here that a
        // sync or another window changed meanwhile would be overwritten
        // without anyone seeing the other value. Say so once; saving again
        // keeps what was typed.
        auto current = replica->record(iri);
        if (!current) {
            setErrorMessage(current.error().message);
            return false;
        }
        QStringList changedMeanwhile;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (current->fields.value(it.key()) == m_record.fields.value(it.key()))
                continue;
            const FieldInfo *field = info.field(it.key());
            changedMeanwhile.append(field ? QCoreApplication::translate("Field", field->label)
                                          : it.key());
        }
        if (!changedMeanwhile.isEmpty()) {
            m_record = std::move(*current);
            setErrorMessage(tr("Changed elsewhere while you were editing (a sync or another "
                               "window): %1. Your values are still in the form: save again to "
                               "keep them, or discard your changes to see the new ones.")
                                .arg(changedMeanwhile.join(u", ")));
            return false;
        }
        auto updated = replica->update(
            iri, changes,
            m_visibility != m_originalVisibility ? visibility : std::optional<Visibility>());
        if (!updated) {
            setErrorMessage(updated.error().message);
            return false;
        }
    }
    load(iri);
    Q_EMIT saved(iri);
    return true;
}

void RecordEditor::revert()
{
    if (isNew())
        newRecord(m_kind);
    else if (!m_record.iri.isEmpty())
        fill(m_record);
}

bool RecordEditor::remove()
{
    if (m_record.iri.isEmpty() || !m_session || !m_session->replica())
        return false;
    if (auto removed = m_session->replica()->remove(m_record.iri); !removed) {
        setErrorMessage(removed.error().message);
        return false;
    }
    return load(m_record.iri);
}

bool RecordEditor::restore()
{
    if (m_record.iri.isEmpty() || !m_session || !m_session->replica())
        return false;
    if (auto restored = m_session->replica()->restore(m_record.iri); !restored) {
        setErrorMessage(restored.error().message);
        return false;
    }
    return load(m_record.iri);
}

void RecordEditor::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace pes::desktop
