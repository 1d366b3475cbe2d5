// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>

#include <memory>

namespace pes::desktop {

// The interface language: the system's unless the user chose one, saved in
// the settings. Installs the translators and retranslates the QML engine.
class Localization : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application builds the localization and hands it to the window")
    // "" follows the system; otherwise "fr" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // Applies the saved choice; call once before loading the QML.
    void apply();
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;

    Q_INVOKABLE QString formatNumber(double number) const;

Q_SIGNALS:
    void languageChanged();

private:
    void install();

    QString m_language;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace pes::desktop
