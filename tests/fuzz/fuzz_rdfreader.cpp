// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the RDF reader and the record mapping: whatever the
// bytes, reading them gives records or an error, never a crash, a hang or a leak.
// The first byte chooses the syntax; the rest is the document.
#include "rdf/recordmapping.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace pes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const rdf::Syntax syntaxes[] = {rdf::Syntax::Turtle, rdf::Syntax::NTriples,
                                           rdf::Syntax::TriG, rdf::Syntax::NQuads};
    const rdf::Syntax syntax = syntaxes[data[0] % 4];
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto mapped = rdf::recordsFromText(text, syntax);
    if (!mapped)
        return 0;
    for (const rdf::MappedRecord &record : *mapped) {
        auto checked = rdf::checkedRecord(record);
        if (checked)
            (void)rdf::recordToNQuads(*checked, record.extras);
    }
    return 0;
}
