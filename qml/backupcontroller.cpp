// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontroller.h"

#include "backup/backup.h"
#include "desktoplogging.h"
#include "localpath.h"
#include "replicasession.h"
#include "storage/sqlite.h"
#include "syncstatus.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pes::desktop {

BackupController::BackupController(QObject *parent)
    : QObject(parent)
{
}

BackupController::~BackupController() = default;

template <typename Work, typename Done> void BackupController::runInThread(Work work, Done done)
{
    QThread *thread = QThread::create([this, work = std::move(work), done = std::move(done)] {
        auto result = work();
        QMetaObject::invokeMethod(this, [done, result = std::move(result)] { done(result); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QVariantList BackupController::automaticBackups() const
{
    QVariantList list;
    if (!m_session || !m_session->isOpen())
        return list;
    for (const QString &path : backup::automaticBackups(m_session->path())) {
        const QFileInfo info(path);
        list.append(QVariantMap{{u"path"_s, path},
                                {u"fileName"_s, info.fileName()},
                                {u"modified"_s, info.lastModified()},
                                {u"size"_s, info.size()}});
    }
    return list;
}

QString BackupController::suggestedFileName() const
{
    QString name = m_session ? m_session->networkName() : QString();
    name.replace(QRegularExpression(u"[^\\w-]+"_s), u"-"_s);
    return u"%1-%2.pesbackup"_s.arg(name.isEmpty() ? u"replica"_s : name,
                                    QDate::currentDate().toString(Qt::ISODate));
}

void BackupController::setState(bool busy, const QString &message, bool failed)
{
    m_busy = busy;
    m_message = message;
    m_failed = failed;
    Q_EMIT stateChanged();
}

void BackupController::backUp(const QUrl &target)
{
    if (m_busy || !m_session || !m_session->isOpen())
        return;
    const QString output = localPath(target);
    const QString replicaPath = m_session->path();
    setState(true, tr("Backing up…"));
    runInThread(
        [replicaPath, output] {
            // A connection of its own: the app goes on reading and writing meanwhile.
            sql::Database db;
            if (auto opened = db.open(replicaPath, sql::Database::Mode::ReadOnly); !opened)
                return Result<backup::Manifest>(std::unexpected(opened.error()));
            return backup::writeBackup(db, output, u"manual"_s);
        },
        [this, output](const Result<backup::Manifest> &manifest) {
            if (!manifest) {
                qCWarning(lcDesktop).noquote() << "backup failed:" << manifest.error().message;
                setState(false, manifest.error().message, true);
                Q_EMIT finished(false);
                return;
            }
            qCInfo(lcDesktop) << "backed up to" << output;
            setState(false, tr("Backup written: %1").arg(output));
            Q_EMIT finished(true);
        });
}

void BackupController::restore(const QUrl &backupUrl)
{
    if (m_busy || !m_session || !m_session->isOpen())
        return;
    const QString file = localPath(backupUrl);
    const QString replicaPath = m_session->path();
    setState(true, tr("Checking the backup…"));
    // Checked first, while the replica is still open: a bad file changes nothing.
    runInThread([file] { return backup::verifyBackup(file); },
                [this, file, replicaPath](const Result<backup::Manifest> &checked) {
                    if (!checked) {
                        setState(false, checked.error().message, true);
                        Q_EMIT finished(false);
                        return;
                    }
                    setState(true, tr("Closing the replica…"));
                    m_session->closeReplica();
                    if (!m_syncStatus)
                        return restoreOverClosedReplica(file, replicaPath);
                    auto *connection = new QMetaObject::Connection;
                    *connection = connect(m_syncStatus, &SyncStatus::closed, this,
                                          [this, connection, file, replicaPath] {
                                              disconnect(*connection);
                                              delete connection;
                                              restoreOverClosedReplica(file, replicaPath);
                                          });
                    m_syncStatus->close();
                });
}

void BackupController::restoreOverClosedReplica(const QString &file, const QString &replicaPath)
{
    setState(true, tr("Restoring…"));
    runInThread(
        [file, replicaPath] {
            // Other readers (the map's worker) let go of the file on their own
            // thread when the session closes; give them a few seconds.
            auto restored = backup::restoreBackup(file, replicaPath, {.force = true});
            for (int attempt = 0;
                 attempt < 20 && !restored && restored.error().code == Error::Code::Conflict;
                 ++attempt) {
                QThread::msleep(500);
                restored = backup::restoreBackup(file, replicaPath, {.force = true});
            }
            return restored;
        },
        [this, replicaPath](const Result<backup::RestoreResult> &restored) {
            // Opened again in every case: after a failure the replica is as it was.
            const bool reopened = m_session && m_session->openReplica(replicaPath);
            if (!restored) {
                qCWarning(lcDesktop).noquote() << "restore failed:" << restored.error().message;
                setState(false, restored.error().message, true);
            } else if (!reopened) {
                setState(false, m_session ? m_session->errorMessage() : QString(), true);
            } else {
                qCInfo(lcDesktop) << "restored" << replicaPath << "from a backup of"
                                  << restored->manifest.created;
                setState(false,
                         tr("Restored the backup of %1. The replica it replaced is kept as %2.")
                             .arg(QLocale().toString(restored->manifest.created.toLocalTime(),
                                                     QLocale::ShortFormat),
                                  QFileInfo(restored->replacedKeptAs).fileName()));
            }
            Q_EMIT finished(restored.has_value() && reopened);
        });
}

} // namespace pes::desktop
