// SPDX-License-Identifier: GPL-3.0-or-later
#include "folding.h"

namespace pes {

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString foldText(const QString &text)
{
    if (isPlainAscii(text)) { // the common case, without Unicode normalisation
        QString folded;
        folded.reserve(text.size());
        bool pendingSpace = false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
                pendingSpace = !folded.isEmpty();
                continue;
            }
            if (pendingSpace) {
                folded.append(u' ');
                pendingSpace = false;
            }
            folded.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : c);
        }
        return folded;
    }

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
