// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasession.h"
#include "syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// The connection settings for QML: the hub this replica syncs with and this
// device's token (stored in the replica, where `pes hub set` and the sync
// engine read them), "Test connection", and the geocoding service's address
// (an application setting). The token is never read back: QML only learns
// whether one is saved.
class ConnectionSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(pes::desktop::SyncStatus *syncStatus READ syncStatus WRITE setSyncStatus NOTIFY
                   sessionChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY hubChanged)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY hubChanged)
    // Whether the app syncs on its own, and every how many minutes (kept in the replica).
    Q_PROPERTY(bool automaticSync READ automaticSync NOTIFY hubChanged)
    Q_PROPERTY(int syncIntervalMinutes READ syncIntervalMinutes NOTIFY hubChanged)
    Q_PROPERTY(QString geocodingUrl READ geocodingUrl NOTIFY geocodingUrlChanged)
    Q_PROPERTY(QString defaultGeocodingUrl READ defaultGeocodingUrl CONSTANT)
    Q_PROPERTY(bool testing READ testing NOTIFY testingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    explicit ConnectionSettings(QObject *parent = nullptr);
    ~ConnectionSettings() override;

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    SyncStatus *syncStatus() const { return m_syncStatus; }
    void setSyncStatus(SyncStatus *status);

    QString hubUrl() const { return m_hubUrl; }
    bool hasToken() const { return m_hasToken; }
    bool automaticSync() const { return m_automaticSync; }
    int syncIntervalMinutes() const { return m_syncIntervalMinutes; }
    QString geocodingUrl() const;
    QString defaultGeocodingUrl() const;
    bool testing() const { return m_testing; }
    QString errorMessage() const { return m_error; }

    // Stores the hub's address and token in the open replica and asks for a
    // sync. An empty token keeps the saved one. False with errorMessage set
    // when the address or token is refused.
    Q_INVOKABLE bool saveHub(const QString &url, const QString &token);
    // Stores whether to sync on its own and how often (1 to 1440 minutes) in
    // the open replica; the sync follows at once. False with errorMessage set
    // when refused.
    Q_INVOKABLE bool saveAutomaticSync(bool enabled, int intervalMinutes);
    // Asks the hub who this token belongs to, off the GUI thread; the answer
    // (or the reason it failed) comes with testFinished. An empty token tests
    // the saved one.
    Q_INVOKABLE void testConnection(const QString &url, const QString &token);
    // Stores the geocoding service's address; an empty one restores the default.
    Q_INVOKABLE bool setGeocodingUrl(const QString &url);

    // The geocoding service's address as stored in the application settings.
    static QString storedGeocodingUrl();

Q_SIGNALS:
    void sessionChanged();
    void hubChanged();
    void geocodingUrlChanged();
    void testingChanged();
    void errorMessageChanged();
    void testFinished(bool ok, const QString &message);

private:
    void reload();
    void setErrorMessage(const QString &message);
    QString savedToken() const;

    QPointer<ReplicaSession> m_session;
    QPointer<SyncStatus> m_syncStatus;
    QString m_hubUrl;
    bool m_hasToken = false;
    bool m_automaticSync = true;
    int m_syncIntervalMinutes = defaultSyncIntervalMinutes;
    bool m_testing = false;
    QString m_error;
    QThread *m_test = nullptr;
};

} // namespace pes::desktop
