// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include "desktoplogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pes::desktop {

namespace {
const auto languageKey = u"interface/language"_s;
}

Localization::Localization(QObject *parent)
    : QObject(parent)
{
    m_language = QSettings().value(languageKey).toString();
}

Localization::~Localization() = default;

void Localization::apply()
{
    install();
}

QString Localization::effectiveLanguage() const
{
    if (!m_language.isEmpty())
        return m_language;
    return QLocale::system().language() == QLocale::French ? u"fr"_s : u"en"_s;
}

void Localization::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    QSettings().setValue(languageKey, language);
    install();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Localization::install()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());

    // An override also sets the locale, so dates and numbers follow the chosen language.
    const QLocale locale = m_language.isEmpty() ? QLocale::system()
                           : m_language == u"fr"_s
                               ? QLocale(QLocale::French, QLocale::France)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(u":/i18n/pes-desktop_"_s + effectiveLanguage() + u".qm"_s))
        QCoreApplication::installTranslator(m_translator.get());
    else
        qCWarning(lcDesktop) << "no translation for" << effectiveLanguage();

    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(u"qtbase_"_s + effectiveLanguage(),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
}

QString Localization::formatNumber(double number) const
{
    return QLocale().toString(number, 'f', number == qint64(number) ? 0 : 2);
}

} // namespace pes::desktop
