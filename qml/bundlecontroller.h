// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasession.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QThread;

namespace pes::desktop {

// The controller behind "Export a bundle…" and "Import a bundle…": writes
// this replica's unsynced changes to a .pesbundle file for a device that
// syncs on its behalf, and imports such a file (sync/bundle/). The work runs
// on a thread of its own, so the window never waits; the outcome is a short
// summary for the person, or the reason a bundle was refused.
class BundleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)

public:
    explicit BundleController(QObject *parent = nullptr);
    ~BundleController() override;

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    bool busy() const { return m_thread != nullptr; }
    QString summary() const { return m_summary; }
    bool succeeded() const { return m_succeeded; }

    // A suggested file name for a new bundle: network, device and date.
    Q_INVOKABLE QString suggestedName() const;
    // Writes every unsynced change, or only those made since the last bundle.
    Q_INVOKABLE void exportBundle(const QString &pathOrUrl, bool sinceLastBundle);
    Q_INVOKABLE void importBundle(const QString &pathOrUrl);

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void finished();

private:
    void run(std::function<void()> work);
    void finish(bool succeeded, const QString &summary);

    QPointer<ReplicaSession> m_session;
    QThread *m_thread = nullptr;
    QString m_summary;
    bool m_succeeded = false;
};

} // namespace pes::desktop
