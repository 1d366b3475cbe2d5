// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobaccess.h"

#include "attachments/attachmentref.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pes::hub {

Status BlobAccess::refresh()
{
    // Records in the trash keep their files: restoring one brings them back.
    auto select =
        m_store.database().prepare(u"SELECT network, visibility, fields FROM record "
                                   u"WHERE json_type(fields, '$.attachments') = 'array'"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    QHash<QString, Readers> readers;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString network = query->text(0);
        const bool everyone = query->text(1) != u"network";
        const QJsonObject fields = QJsonDocument::fromJson(query->text(2).toUtf8()).object();
        for (const AttachmentRef &ref : attachmentsOf(fields)) {
            Readers &entry = readers[ref.hash];
            entry.everyone = entry.everyone || everyone;
            entry.networks.insert(network);
        }
    }
    m_readers = std::move(readers);
    m_stale = false;
    return {};
}

Result<bool> BlobAccess::mayRead(const QString &network, const QString &hash)
{
    if (m_stale)
        PES_TRY(refresh());
    const auto found = m_readers.constFind(hash);
    return found != m_readers.cend() && (found->everyone || found->networks.contains(network));
}

Result<bool> BlobAccess::mayWrite(const QString &network, const QString &hash)
{
    if (m_stale)
        PES_TRY(refresh());
    const auto found = m_readers.constFind(hash);
    return found != m_readers.cend() && found->networks.contains(network);
}

} // namespace pes::hub
