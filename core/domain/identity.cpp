// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace pes {

namespace {

struct V7State
{
    QMutex mutex;
    qint64 lastMs = 0;
    quint16 counter = 0; // the 12-bit rand_a field, used as a counter within one millisecond
};

V7State &v7State()
{
    static V7State state;
    return state;
}

// The random bits of identifiers: a generator per thread, seeded once from the
// system's source, rather than a system call per identifier (bulk writes mint
// two identifiers per record).
QRandomGenerator64 &randomBits()
{
    thread_local QRandomGenerator64 generator = [] {
        quint32 seed[16];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed, seed + 16);
    }();
    return generator;
}

} // namespace

QString createUuidV7()
{
    auto &state = v7State();
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 counter;
    {
        QMutexLocker lock(&state.mutex);
        if (ms <= state.lastMs) {
            ms = state.lastMs;
            if (++state.counter > 0x0fff) { // counter exhausted: borrow the next millisecond
                ms = ++state.lastMs;
                state.counter = quint16(randomBits().bounded(0x0400));
            }
        } else {
            state.lastMs = ms;
            state.counter = quint16(randomBits().bounded(0x0400));
        }
        counter = state.counter;
    }

    quint8 bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | ((counter >> 8) & 0x0f));
    bytes[7] = quint8(counter & 0xff);
    const quint64 random = randomBits().generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = quint8(random >> (8 * i));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f));

    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(u'-');
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0x0f]));
    }
    return text;
}

QString mintIri(const QString &networkBase, Kind kind)
{
    QString base = networkBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/id/" + kindInfo(kind).pathSegment + u'/' + createUuidV7();
}

bool isOwnedBy(const QString &iri, const QString &networkBase)
{
    QString base = networkBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    return iri.startsWith(base + u'/');
}

} // namespace pes
