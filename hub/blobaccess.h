// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubstore.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace pes::hub {

// Who may fetch an attachment blob: a device of a network whose records, or
// the records shared with it, refer to the blob. A file attached to a record
// kept within its network is never served to another network, even to one
// that learnt its hash. Built from the records when first asked, and again
// after a push (markStale).
class BlobAccess
{
public:
    explicit BlobAccess(HubStore &store)
        : m_store(store)
    {
    }

    // A device of `network` may read the blob.
    Result<bool> mayRead(const QString &network, const QString &hash);
    // A device of `network` may upload it: a record of its own network refers to it.
    Result<bool> mayWrite(const QString &network, const QString &hash);
    void markStale() { m_stale = true; }

private:
    Status refresh();

    struct Readers
    {
        bool everyone = false;  // a shared or public record refers to it
        QSet<QString> networks; // the networks of the records that refer to it
    };
    HubStore &m_store;
    QHash<QString, Readers> m_readers;
    bool m_stale = true;
};

} // namespace pes::hub
