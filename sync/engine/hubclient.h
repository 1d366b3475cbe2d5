// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <atomic>
#include <expected>
#include <memory>

namespace pes::sync {

// Why a sync could not complete, in categories that decide what happens next.
enum class SyncProblem {
    NotConfigured, // no hub address or token in this replica
    Offline,       // this computer has no network
    Unreachable,   // the hub does not answer (down, wrong address, timeout, cut connection)
    Unauthorised,  // the token is wrong or was revoked
    Tls,           // the hub's certificate is not trusted
    Rejected,      // the hub refused the request itself (4xx other than 401)
    HubFailure,    // the hub answered 5xx or something that is not the protocol
    Storage,       // the local replica could not be written
    Stopped,       // stopped on request (the app is closing); nothing is lost
};

struct SyncError
{
    SyncProblem problem = SyncProblem::Unreachable;
    QString message; // a sentence a person understands
    // Retrying will not help until someone acts (new token, settings, certificate).
    bool permanent() const;
};

QString problemName(SyncProblem problem);

// A hub's answer with its status and headers, for calls where several
// statuses are normal answers (blobs: 404 for "not here yet", 206 for a range).
struct HubReply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case

    QByteArray header(const QByteArray &lowerCaseName) const;
};

// Blocking HTTP calls to the hub with the device's bearer token, with a
// transfer timeout; failures become SyncErrors in plain words. One client
// keeps its connections to the hub open from one call to the next (a TLS
// handshake per page would cost more than the page on a slow line).
class HubClient
{
public:
    // `stop`: a flag shared with whoever may stop this client's calls, from
    // any thread (a new one when none is given).
    HubClient(const QUrl &hub, const QString &token, int timeoutMs = 30000,
              std::shared_ptr<std::atomic_bool> stop = {});
    // A client to the same hub with the same settings and the same stop flag,
    // on connections of its own (for another thread).
    HubClient(const HubClient &other);
    HubClient &operator=(const HubClient &) = delete;
    ~HubClient();

    // Ends the call under way (within a tenth of a second) and refuses the
    // next ones, with SyncProblem::Stopped, in this client and its copies.
    // Safe from any thread.
    void stop() { m_stop->store(true); }

    // Extra certificate authorities to trust (a hub with a private CA).
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }

    std::expected<QByteArray, SyncError> get(const QString &path, const QString &query = {});
    std::expected<QByteArray, SyncError> post(const QString &path, const QByteArray &body);
    // Any method; 401, 5xx and transport failures are errors, other statuses are answers.
    std::expected<HubReply, SyncError>
    call(const QByteArray &method, const QString &path, const QByteArray &body = {},
         const QList<std::pair<QByteArray, QByteArray>> &headers = {});

private:
    std::expected<QByteArray, SyncError> send(const QByteArray &method, const QString &path,
                                              const QString &query, const QByteArray &body);
    std::expected<HubReply, SyncError>
    exchange(const QByteArray &method, const QString &path, const QString &query,
             const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers);

    QUrl m_hub;
    QString m_token;
    int m_timeoutMs;
    QList<QSslCertificate> m_ca;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::unique_ptr<QNetworkAccessManager> m_manager; // made in the thread that calls
};

} // namespace pes::sync
