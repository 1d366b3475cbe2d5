// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentstore.h"
#include "replica/replica.h"

#include <QHash>

// The attachments of a replica's records: its store, what its records refer
// to, adding and removing a record's files, and the clean-up of files nothing
// refers to any more. Part of pes_core (it needs the replica); the store
// itself (pes_attachments) knows nothing of records.
namespace pes {

// The replica's store: the folder "<replica file>.attachments".
AttachmentStore attachmentStoreOf(const Replica &replica);

// Every attachment a record of the replica refers to, by hash, with the size
// its reference gives: live records, records in the trash, and the values the
// journal keeps for undo and redo (so undoing a removal finds its file) when
// `withJournal` is set (garbage collection; sync moves only what records hold).
Result<QHash<QString, qint64>> referencedAttachments(Replica &replica, bool withJournal = true);

// Stores the file and adds it to the record's attachments, in one undoable
// change. Attaching the same content twice is refused with a sentence.
Result<AttachmentRef> attachFile(Replica &replica, const QString &iri, const QString &filePath);

// Removes one attachment from the record (the file stays until collected).
Status detachFile(Replica &replica, const QString &iri, const QString &hash);

// Removes the files of the replica's store that nothing refers to (see
// referencedAttachments), sparing files written in the last `graceSeconds`.
Result<GarbageCollection> collectAttachmentGarbage(Replica &replica, int graceSeconds = 600);

} // namespace pes
