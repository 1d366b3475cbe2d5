// SPDX-License-Identifier: GPL-3.0-or-later
#include "folding.h"

namespace pes {

namespace {

// What the full fold (below) makes of the letters of French text that are
// not ASCII, for the fast path: 0 for a space, 1 when the character needs the
// full fold, otherwise the character's fold (a ligature folds to two letters,
// returned as "oe" or "ae" through ligature()).
constexpr char16_t needsFullFold = 1;

char16_t latinFold(char16_t u)
{
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    switch (u) {
    case 0x00A0: // no-break spaces: compatibility forms of a space
    case 0x202F:
        return 0;
    case 0x00AB: // « and », the typographic apostrophe: no decomposition, no case
    case 0x00BB:
        return u;
    case 0x2019:
        return u'\'';
    case 0x00C0:
    case 0x00C1:
    case 0x00C2:
    case 0x00C3:
    case 0x00C4:
    case 0x00C5:
    case 0x00E0:
    case 0x00E1:
    case 0x00E2:
    case 0x00E3:
    case 0x00E4:
    case 0x00E5:
        return u'a';
    case 0x00C7:
    case 0x00E7:
        return u'c';
    case 0x00C8:
    case 0x00C9:
    case 0x00CA:
    case 0x00CB:
    case 0x00E8:
    case 0x00E9:
    case 0x00EA:
    case 0x00EB:
        return u'e';
    case 0x00CC:
    case 0x00CD:
    case 0x00CE:
    case 0x00CF:
    case 0x00EC:
    case 0x00ED:
    case 0x00EE:
    case 0x00EF:
        return u'i';
    case 0x00D1:
    case 0x00F1:
        return u'n';
    case 0x00D2:
    case 0x00D3:
    case 0x00D4:
    case 0x00D5:
    case 0x00D6:
    case 0x00F2:
    case 0x00F3:
    case 0x00F4:
    case 0x00F5:
    case 0x00F6:
        return u'o';
    case 0x00D9:
    case 0x00DA:
    case 0x00DB:
    case 0x00DC:
    case 0x00F9:
    case 0x00FA:
    case 0x00FB:
    case 0x00FC:
        return u'u';
    case 0x00DD:
    case 0x00FD:
    case 0x00FF:
        return u'y';
    case 0x0152:
    case 0x0153: // œ
    case 0x00C6:
    case 0x00E6: // æ
        return u;
    default:
        return needsFullFold;
    }
}

// The fast path: text made of ASCII and the characters latinFold() knows,
// folded without Unicode normalisation. False when the full fold is needed.
bool quickFold(const QString &text, QString &folded)
{
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t f = (u == u' ' || (u >= u'\t' && u <= u'\r')) ? 0 : latinFold(u);
        if (f == needsFullFold)
            return false;
        if (f == 0) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        if (f == 0x0152 || f == 0x0153)
            folded.append(u"oe");
        else if (f == 0x00C6 || f == 0x00E6)
            folded.append(u"ae");
        else
            folded.append(QChar(f));
    }
    return true;
}

} // namespace

QString foldText(const QString &text)
{
    QString folded;
    if (quickFold(text, folded)) // the common case
        return folded;
    return fullFold(text);
}

QString fullFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152:
            folded.append(u"oe");
            break;
        case 0x00E6: // æ
        case 0x00C6:
            folded.append(u"ae");
            break;
        case 0x00DF: // ß
            folded.append(u"ss");
            break;
        case 0x2019: // typographic apostrophe
            folded.append(u'\'');
            break;
        default:
            folded.append(c.toCaseFolded());
        }
    }
    return folded;
}

} // namespace pes
