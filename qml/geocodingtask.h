// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geocoding/addressgeocoder.h"
#include "replicasession.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// Lives on the geocoding thread: opens its own connection to the replica and
// runs an AddressGeocoder there, so the requests never block the window.
class GeocodingWorker : public QObject
{
    Q_OBJECT
public:
    // Locates `iris`, or every record missing its coordinates when empty.
    void run(const QString &path, const pes::geocoding::GeocodeOptions &options,
             const QStringList &iris);
    void cancel(); // any thread

Q_SIGNALS:
    void progress(int done, int total, const QString &line);
    void finished(bool ok, const QString &message, const QStringList &written,
                  const QStringList &problems);

private:
    QMutex m_mutex;
    pes::geocoding::AddressGeocoder *m_geocoder = nullptr;
    bool m_cancelled = false;
};

// "Locate from address" for QML: one record, or every record with a town or
// postcode but no coordinates, with the geocoding service of the settings.
// Progress, cancel, and a summary in plain words; what it writes is one change
// the person can undo.
class GeocodingTask : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // The service to ask; the settings' one when empty.
    Q_PROPERTY(QString serviceUrl READ serviceUrl WRITE setServiceUrl NOTIFY serviceUrlChanged)
    Q_PROPERTY(double minScore MEMBER m_minScore NOTIFY minScoreChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(QString lastLine READ lastLine NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    // Records left without coordinates and why ("Title: reason").
    Q_PROPERTY(QStringList problems READ problems NOTIFY finished)
public:
    explicit GeocodingTask(QObject *parent = nullptr);
    ~GeocodingTask() override;

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    QString serviceUrl() const;
    void setServiceUrl(const QString &url);
    bool running() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString lastLine() const { return m_lastLine; }
    QString message() const { return m_message; }
    bool succeeded() const { return m_succeeded; }
    QStringList problems() const { return m_problems; }

    Q_INVOKABLE void locate(const QString &iri);
    Q_INVOKABLE void locateMissing();
    Q_INVOKABLE void cancel();
    // How many records have a town or postcode but no coordinates.
    Q_INVOKABLE int missingCount() const;

Q_SIGNALS:
    void sessionChanged();
    void serviceUrlChanged();
    void minScoreChanged();
    void runningChanged();
    void progressChanged();
    void finished();

private:
    void start(const QStringList &iris);

    QPointer<ReplicaSession> m_session;
    QString m_serviceUrl;
    double m_minScore = 0.5;
    QThread m_thread;
    GeocodingWorker *m_worker = nullptr;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    QString m_lastLine;
    QString m_message;
    bool m_succeeded = false;
    QStringList m_problems;
};

} // namespace pes::desktop
