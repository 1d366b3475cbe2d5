// SPDX-License-Identifier: GPL-3.0-or-later
#include "folding.h"

namespace pes {

QString foldText(const QString &text)
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
