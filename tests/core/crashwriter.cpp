// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the crash test: creates records in batches, each batch one
// transaction, and prints "committed BATCH SIZE" after each commit, until killed.
#include "replica/replica.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crashwriter REPLICA\n");
        return 2;
    }
    auto replica = pes::Replica::open(QString::fromLocal8Bit(argv[1]));
    if (!replica) {
        std::fprintf(stderr, "%s\n", qPrintable(replica.error().message));
        return 1;
    }
    for (int batch = 0;; ++batch) {
        const int size = 1 + batch % 50; // vary the size so kills land at different points
        auto scope = (*replica)->beginChange(u"batch %1"_s.arg(batch));
        if (!scope)
            return 1;
        for (int i = 0; i < size; ++i) {
            auto iri = (*replica)->create(pes::Kind::Organisation,
                                          {{u"name"_s, u"batch-%1-%2"_s.arg(batch).arg(i)},
                                           {u"description"_s, QString(200, u'x')}});
            if (!iri)
                return 1;
        }
        if (!scope->commit())
            return 1;
        std::printf("committed %d %d\n", batch, size);
        std::fflush(stdout);
    }
}
