// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "replicasession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace pes::desktop {

// The form behind a record page: loads one record (or starts a new one of a
// kind), holds what the user typed for every field, validates each value as
// it is typed with the domain's rules, and saves the changed fields in one
// undoable change.
//
// Form values are strings for one-line and long text, dates, numbers and
// references; booleans for yes/no fields; string lists for tags and methods.
class RecordEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString iri READ iri NOTIFY loaded)
    Q_PROPERTY(QString kind READ kind NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(bool isEmpty READ isEmpty NOTIFY loaded)
    Q_PROPERTY(bool deleted READ deleted NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QDateTime created READ created NOTIFY loaded)
    Q_PROPERTY(QDateTime modified READ modified NOTIFY loaded)
    Q_PROPERTY(qint64 version READ version NOTIFY loaded)
    Q_PROPERTY(QString visibility READ visibility WRITE setVisibility NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY valuesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    explicit RecordEditor(QObject *parent = nullptr);

    // Loads a record; false (with errorMessage) when it does not exist.
    Q_INVOKABLE bool load(const QString &iri);
    // Starts a new record of this kind; presets fill fields (status: draft, owner: ...).
    Q_INVOKABLE void newRecord(const QString &kind, const QVariantMap &presets = {});
    Q_INVOKABLE void clear();
    Q_INVOKABLE void setValue(const QString &field, const QVariant &value);
    // Saves the changed fields; false (with errorMessage and errors) when a value is refused.
    Q_INVOKABLE bool save();
    // Forgets what was typed since the last load or save.
    Q_INVOKABLE void revert();
    // Moves the record to the trash, or brings it back.
    Q_INVOKABLE bool remove();
    Q_INVOKABLE bool restore();

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    QString iri() const { return m_record.iri; }
    QString kind() const { return m_kind; }
    bool isNew() const { return !m_kind.isEmpty() && m_record.iri.isEmpty(); }
    bool isEmpty() const { return m_kind.isEmpty(); }
    bool deleted() const { return m_record.isDeleted(); }
    QString title() const;
    QDateTime created() const { return m_record.created; }
    QDateTime modified() const { return m_record.modified; }
    qint64 version() const { return m_record.version; }
    QString visibility() const { return m_visibility; }
    void setVisibility(const QString &visibility);
    QVariantMap values() const { return m_values; }
    QVariantMap errors() const { return m_errors; }
    bool dirty() const;
    bool valid() const { return m_errors.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    void sessionChanged();
    void loaded();
    void valuesChanged();
    void errorMessageChanged();
    // After a successful save, with the record's IRI (new records get theirs here).
    void saved(const QString &iri);

private:
    void fill(const Record &record);
    QString validate(const FieldInfo &field, const QVariant &value) const;
    void setErrorMessage(const QString &message);

    QPointer<ReplicaSession> m_session;
    QString m_kind;
    Record m_record;
    QVariantMap m_original;
    QVariantMap m_values;
    QVariantMap m_errors;
    QString m_visibility;
    QString m_originalVisibility;
    QString m_errorMessage;
};

} // namespace pes::desktop
