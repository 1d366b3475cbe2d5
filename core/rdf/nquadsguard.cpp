// SPDX-License-Identifier: GPL-3.0-or-later
#include "nquadsguard.h"

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

// What is wrong with one line, as "column: message", or an empty string.
QString checkLine(const QByteArray &line, int lineNumber)
{
    // Serd 0.32 allocates without bound on some lines holding one.
    if (const qsizetype nul = line.indexOf('\0'); nul >= 0)
        return u"%1:%2: a NUL byte, which RDF text cannot hold"_s.arg(lineNumber).arg(nul + 1);
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
        ++i;
    if (i == line.size() || line[i] == '#')
        return {};
    if (line[i] != '<' && line[i] != '_')
        return u"%1:%2: a statement must start with an IRI or a blank node"_s.arg(lineNumber)
            .arg(i + 1);
    bool inIri = false, inLiteral = false, inLabel = false, ended = false;
    auto endsHere = [&](qsizetype at) { // a dot at `at` followed by nothing but space or a comment
        return at + 1 == line.size() || line[at + 1] == ' ' || line[at + 1] == '\t' ||
               line[at + 1] == '\r' || line[at + 1] == '#';
    };
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (ended) {
            if (c == '#')
                break;
            if (c != ' ' && c != '\t' && c != '\r')
                return u"%1:%2: unexpected text after the end of the statement"_s.arg(lineNumber)
                    .arg(i + 1);
        } else if (inLiteral) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inLiteral = false;
                // Serd 0.32 allocates without bound on a datatype that is not "<...>".
                if (line.mid(i + 1, 2) == "^^" && line.mid(i + 3, 1) != "<")
                    return u"%1:%2: a datatype must be an IRI in angle brackets"_s.arg(lineNumber)
                        .arg(i + 4);
            }
        } else if (inIri) {
            inIri = c != '>';
        } else if (c == '<') {
            inIri = true;
            inLabel = false;
        } else if (c == '"') {
            inLiteral = true;
            inLabel = false;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            inLabel = false;
        } else if (c == '_' && line.mid(i + 1, 1) == ":") {
            inLabel = true;
        } else if (c == '.' && endsHere(i)) {
            ended = true;
        } else if (c == '.' && !inLabel) {
            // Outside a blank node label a dot can only end the statement
            // (Serd 0.32 allocates without bound on "./" there).
            return u"%1:%2: a dot in the middle of a statement"_s.arg(lineNumber).arg(i + 1);
        }
    }
    if (!ended)
        return u"%1:%2: the statement does not end with a dot"_s.arg(lineNumber)
            .arg(line.size() + 1);
    return {};
}

} // namespace

QString findNQuadsHazard(const QByteArray &text)
{
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QString error = checkLine(text.mid(start, end - start), ++lineNumber);
        if (!error.isEmpty())
            return error;
        start = end + 1;
    }
    return {};
}

QString findNQuadsHazard(QIODevice &device)
{
    if (device.isSequential())
        return {};
    const qint64 origin = device.pos();
    int lineNumber = 0;
    QString error;
    while (error.isEmpty() && !device.atEnd()) {
        QByteArray line = device.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        error = checkLine(line, ++lineNumber);
    }
    device.seek(origin);
    return error;
}

} // namespace pes::rdf
