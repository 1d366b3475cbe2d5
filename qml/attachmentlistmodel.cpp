// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentlistmodel.h"

#include "attachments/replicaattachments.h"
#include "desktoplogging.h"
#include "localpath.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pes::desktop {

AttachmentListModel::AttachmentListModel(QObject *parent)
    : SessionListModel(parent)
{
}

void AttachmentListModel::setIri(const QString &iri)
{
    if (m_iri == iri)
        return;
    m_iri = iri;
    Q_EMIT iriChanged();
    reload();
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AttachmentRef &ref = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return ref.name;
    case HashRole:
        return attachmentHashField(ref.hash);
    case MediaTypeRole:
        return ref.mediaType;
    case SizeRole:
        return ref.size;
    case StoredRole:
        return m_stored.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    return {{HashRole, "hash"},
            {NameRole, "name"},
            {MediaTypeRole, "mediaType"},
            {SizeRole, "size"},
            {StoredRole, "stored"}};
}

void AttachmentListModel::reload()
{
    QList<AttachmentRef> rows;
    m_stored.clear();
    if (replica() && !m_iri.isEmpty()) {
        if (auto record = replica()->record(m_iri)) {
            const AttachmentStore store = attachmentStoreOf(*replica());
            rows = attachmentsOf(record->fields);
            for (const AttachmentRef &ref : std::as_const(rows))
                m_stored.append(store.contains(ref.hash));
        }
    }
    resetRows(m_rows, std::move(rows));
}

bool AttachmentListModel::add(const QUrl &file)
{
    Replica *replica = this->replica();
    if (!replica || m_iri.isEmpty()) {
        setError(tr("No record is open"));
        return false;
    }
    auto added = attachFile(*replica, m_iri, localPath(file));
    if (!added) {
        setError(added.error().message);
        return false;
    }
    setError({});
    reload();
    return true;
}

bool AttachmentListModel::remove(int row)
{
    Replica *replica = this->replica();
    if (!replica || row < 0 || row >= m_rows.size())
        return false;
    if (auto removed = detachFile(*replica, m_iri, m_rows.at(row).hash); !removed) {
        setError(removed.error().message);
        return false;
    }
    setError({});
    reload();
    return true;
}

QUrl AttachmentListModel::openableUrl(int row)
{
    Replica *replica = this->replica();
    if (!replica || row < 0 || row >= m_rows.size())
        return {};
    const AttachmentRef &ref = m_rows.at(row);
    const AttachmentStore store = attachmentStoreOf(*replica);
    if (!store.contains(ref.hash)) {
        setError(tr("This file is not on this computer yet; it arrives with the next sync"));
        return {};
    }

    // A copy under the file's own name, so the system picks the right application.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           u"/pes-attachments/"_s + ref.hash.left(16);
    const QString name =
        QFileInfo(ref.name).fileName().isEmpty() ? ref.hash : QFileInfo(ref.name).fileName();
    const QString copy = folder + u'/' + name;
    if (!QFileInfo::exists(copy)) {
        QDir().mkpath(folder);
        if (!QFile::copy(store.path(ref.hash), copy)) {
            setError(tr("Could not copy the file to %1").arg(folder));
            return {};
        }
    }
    return QUrl::fromLocalFile(copy);
}

bool AttachmentListModel::open(int row)
{
    const QUrl url = openableUrl(row);
    if (url.isEmpty())
        return false;
    qCInfo(lcDesktop) << "opening attachment" << url.toLocalFile();
    return QDesktopServices::openUrl(url);
}

} // namespace pes::desktop
