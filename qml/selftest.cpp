// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "fieldlabels.h"
#include "kindcatalog.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pes::desktop {

int runSelfTest(QQmlEngine &engine)
{
    QTextStream err(stderr);
    int failures = 0;
    int files = 0;

    QDirIterator it(u":/qt/qml/org/pes/desktop"_s, {u"*.qml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QQmlComponent component(&engine, QUrl(u"qrc"_s + path));
        if (component.isError()) {
            ++failures;
            for (const QQmlError &error : component.errors())
                err << error.toString() << '\n';
        }
    }
    if (files == 0) {
        err << "no QML files found in the org.pes.desktop module\n";
        ++failures;
    }

    QTranslator french;
    if (!french.load(u":/i18n/pes-desktop_fr.qm"_s)) {
        err << "the French translation is missing\n";
        ++failures;
    } else {
        for (const char *label : fieldLabelSources()) {
            if (french.translate("Field", label).isEmpty()) {
                err << "no French translation for the field label \"" << label << "\"\n";
                ++failures;
            }
        }
        for (const char *message : validationMessageSources()) {
            if (french.translate("Validation", message).isEmpty()) {
                err << "no French translation for the message \"" << message << "\"\n";
                ++failures;
            }
        }
        for (const QString &value : allChoiceValues()) {
            if (french.translate("Choice", choiceLabelSource(value)).isEmpty()) {
                err << "no French translation for the choice \"" << value << "\"\n";
                ++failures;
            }
        }
    }

    err << "self-test: " << files << " QML files, " << failures << " failure(s)\n";
    return failures == 0 ? 0 : 1;
}

} // namespace pes::desktop
