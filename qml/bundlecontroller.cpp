// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlecontroller.h"

#include "bundleexport.h"
#include "bundleimport.h"
#include "localpath.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pes::desktop {

BundleController::BundleController(QObject *parent)
    : QObject(parent)
{
}

BundleController::~BundleController()
{
    if (m_thread)
        m_thread->wait();
}

void BundleController::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString BundleController::suggestedName() const
{
    Replica *replica = m_session ? m_session->replica() : nullptr;
    const QString network = replica ? replica->network().name : QString();
    QString stem = network.isEmpty() ? u"pes"_s : network;
    stem.replace(QRegularExpression(u"[^\\w-]+"_s), u"-"_s);
    return u"%1-%2.pesbundle"_s.arg(stem, QDate::currentDate().toString(Qt::ISODate));
}

void BundleController::run(std::function<void()> work)
{
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT busyChanged();
    });
    Q_EMIT busyChanged();
    m_thread->start();
}

void BundleController::finish(bool succeeded, const QString &summary)
{
    m_succeeded = succeeded;
    m_summary = summary;
    Q_EMIT finished();
}

void BundleController::exportBundle(const QString &pathOrUrl, bool sinceLastBundle)
{
    Replica *replica = m_session ? m_session->replica() : nullptr;
    if (busy())
        return;
    if (!replica) {
        finish(false, tr("Open a replica first."));
        return;
    }
    bundle::ExportOptions options;
    options.output = localPath(pathOrUrl);
    if (sinceLastBundle)
        options.scope = bundle::ExportOptions::Scope::SinceLastBundle;
    run([this, path = m_session->path(), session = m_session, options] {
        auto replica = ReplicaSession::openForWorker(path, session);
        auto report = replica ? bundle::exportBundle(**replica, options)
                              : Result<bundle::ExportReport>(std::unexpected(replica.error()));
        QMetaObject::invokeMethod(this, [this, report = std::move(report)] {
            if (!report) {
                finish(false, report.error().message);
                return;
            }
            QString text = tr("Wrote %1: %n change(s)", nullptr, int(report->operations))
                               .arg(QFileInfo(report->path).fileName());
            text += u' ' + tr("on %n record(s).", nullptr, int(report->records));
            if (report->attachments > 0)
                text +=
                    u' ' + tr("%n attached file(s) included.", nullptr, int(report->attachments));
            if (report->drafts > 0)
                text += u' ' + tr("%n change(s) to drafts stay on this device.", nullptr,
                                  int(report->drafts));
            text +=
                u"\n"_s + tr("Take the file to a device of the network that syncs with the hub and "
                             "import it there. These changes also stay here, and the hub will "
                             "recognise them when this device syncs.");
            finish(true, text);
        });
    });
}

void BundleController::importBundle(const QString &pathOrUrl)
{
    Replica *replica = m_session ? m_session->replica() : nullptr;
    if (busy())
        return;
    if (!replica) {
        finish(false, tr("Open a replica first."));
        return;
    }
    const QString path = localPath(pathOrUrl);
    run([this, replicaPath = m_session->path(), session = m_session, path] {
        auto replica = ReplicaSession::openForWorker(replicaPath, session);
        auto report = replica ? bundle::importBundle(**replica, path)
                              : Result<bundle::ImportReport>(std::unexpected(replica.error()));
        QMetaObject::invokeMethod(this, [this, report = std::move(report)] {
            if (!report) {
                finish(false, report.error().message);
                return;
            }
            QStringList lines;
            lines << tr("%n change(s) in the bundle:", nullptr, int(report->operations));
            lines << tr("%n applied, to be sent to the hub at the next sync", nullptr,
                        int(report->applied));
            lines << tr("%n already known here", nullptr, int(report->known));
            if (report->held > 0)
                lines << tr("%n waiting for a conflict to be settled", nullptr, int(report->held));
            if (report->conflicts > 0)
                lines << tr("%n conflict(s) to settle in the sync conflicts", nullptr,
                            int(report->conflicts));
            lines
                << tr("Records: %1 created, %2 updated.").arg(report->created).arg(report->updated);
            if (report->attachments > 0)
                lines << tr("%n attached file(s) received.", nullptr, int(report->attachments));
            finish(true, lines.join(u'\n'));
        });
    });
}

} // namespace pes::desktop
