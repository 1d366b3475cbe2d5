// SPDX-License-Identifier: GPL-3.0-or-later
#include "nquadsguard.h"

#include <cctype>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

// A character that can stand inside a blank node label (bytes of UTF-8
// sequences included).
bool isLabelChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == ':';
}

// What is wrong with one line, as "column: message", or an empty string.
QString checkLine(const QByteArray &line, int lineNumber)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
        ++i;
    if (i == line.size() || line[i] == '#')
        return {};
    if (line[i] != '<' && line[i] != '_')
        return u"%1:%2: a statement must start with an IRI or a blank node"_s.arg(lineNumber)
            .arg(i + 1);
    bool inIri = false, inLiteral = false, ended = false;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (ended) {
            if (c == '#')
                break;
            if (c != ' ' && c != '\t' && c != '\r')
                return u"%1:%2: unexpected text after the end of the statement"_s.arg(lineNumber)
                    .arg(i + 1);
        } else if (inLiteral) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inLiteral = false;
        } else if (inIri) {
            inIri = c != '>';
        } else if (c == '<') {
            inIri = true;
        } else if (c == '"') {
            inLiteral = true;
        } else if (c == '.' && !(i > 0 && isLabelChar(line[i - 1]) && i + 1 < line.size() &&
                                 isLabelChar(line[i + 1]))) {
            // Only a blank node label holds a dot between two of its characters.
            ended = true;
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
