// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/validation.h"
#include "text/folding.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // foldText() takes a shortcut for ASCII and French letters: every character
    // of the Basic Multilingual Plane, alone and between words, folds as the
    // full Unicode fold does.
    void foldingShortcutMatchesFullFold()
    {
        for (char32_t code = 1; code < 0x10000; ++code) {
            if (code >= 0xD800 && code < 0xE000)
                continue;
            const QChar c{char16_t(code)};
            const QStringList texts = {QString(c), QString(u"  Ab"_s + c + u"Cd  Éé"_s),
                                       QString(c + u"\u00A0x"_s), QString(u"Sœur "_s + c)};
            for (const QString &text : texts) {
                if (foldText(text) != fullFold(text))
                    QFAIL(qPrintable(u"U+%1 in “%2”: “%3” instead of “%4”"_s.arg(
                        QString::number(uint(code), 16), text, foldText(text), fullFold(text))));
            }
        }
        QCOMPARE(foldText(u"  Économie  Sœur\u202Fd’Été « Ça »"_s),
                 u"economie soeur d'ete « ca »"_s);
        QCOMPARE(foldText(QString()).isEmpty(), true);
    }

    void siret_data()
    {
        QTest::addColumn<QString>("siret");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << u"73282932000074"_s << true;
        QTest::newRow("one digit wrong") << u"73282932000075"_s << false;
        QTest::newRow("too short") << u"7328293200007"_s << false;
        QTest::newRow("letters") << u"7328293200007A"_s << false;
        QTest::newRow("la poste establishment") << u"35600000000048"_s << true;
    }
    void siret()
    {
        QFETCH(QString, siret);
        QFETCH(bool, valid);
        QCOMPARE(isValidSiret(siret), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("spaced") << u"04 91 12 34 56"_s << u"04 91 12 34 56"_s;
        QTest::newRow("dotted") << u"04.91.12.34.56"_s << u"04 91 12 34 56"_s;
        QTest::newRow("international") << u"+33 6 12 34 56 78"_s << u"06 12 34 56 78"_s;
        QTest::newRow("0033") << u"0033491123456"_s << u"04 91 12 34 56"_s;
        QTest::newRow("other country") << u"+32 2 123 45 67"_s << u"+32 2 123 45 67"_s;
        QTest::newRow("nine digits") << u"04 91 12 34 5"_s << QString();
        QTest::newRow("letters") << u"04 91 AB 34 56"_s << QString();
        QTest::newRow("00 prefix") << u"0091123456"_s << QString();
    }
    void phone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QCOMPARE(normaliseFrenchPhone(typed).value_or(QString()), stored);
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"contact@apeas.fr"_s << true;
        QTest::newRow("plus and dots") << u"j.martin+pes@mesclun.org"_s << true;
        QTest::newRow("no at") << u"contact.apeas.fr"_s << false;
        QTest::newRow("no domain dot") << u"contact@apeas"_s << false;
        QTest::newRow("space") << u"jean martin@apeas.fr"_s << false;
        QTest::newRow("trailing") << u"contact@"_s << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmail(email), valid);
    }

    void postcode_data()
    {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<bool>("valid");
        QTest::newRow("marseille") << u"13001"_s << true;
        QTest::newRow("alpes-maritimes") << u"06000"_s << true;
        QTest::newRow("corse") << u"20000"_s << true;
        QTest::newRow("overseas") << u"97400"_s << true;
        QTest::newRow("zero department") << u"00100"_s << false;
        QTest::newRow("four digits") << u"1300"_s << false;
        QTest::newRow("letters") << u"13OO1"_s << false;
    }
    void postcode()
    {
        QFETCH(QString, postcode);
        QFETCH(bool, valid);
        QCOMPARE(isValidFrenchPostcode(postcode), valid);
    }

    void values_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("error"); // part of the expected message, empty when valid
        QTest::newRow("latitude ok") << u"latitude"_s << u"43,2965"_s << QString();
        QTest::newRow("latitude range") << u"latitude"_s << u"91"_s << u"between -90 and 90"_s;
        QTest::newRow("longitude word") << u"longitude"_s << u"east"_s << u"number of degrees"_s;
        QTest::newRow("url ftp") << u"website"_s << u"ftp://x.org"_s << u"web address"_s;
        QTest::newRow("url ok") << u"website"_s << u"https://apeas.fr/annuaire"_s << QString();
        QTest::newRow("siret luhn") << u"siret"_s << u"732 829 320 00075"_s << u"Luhn"_s;
        QTest::newRow("date") << u"foundingDate"_s << u"31/12/2001"_s << u"YYYY-MM-DD"_s;
        QTest::newRow("boolean oui") << u"member"_s << u"oui"_s << QString();
        const QString hash = u"sha256:"_s + QString(64, u'c');
        const QString attachment = u"[{\"hash\":\"%1\",\"name\":\"%2\",\"size\":%3}]"_s;
        QTest::newRow("attachment ok")
            << u"attachments"_s << attachment.arg(hash, u"a.pdf"_s, u"3"_s) << QString();
        QTest::newRow("attachment empty list") << u"attachments"_s << u"[]"_s << QString();
        QTest::newRow("attachment not json") << u"attachments"_s << u"a.pdf"_s << u"JSON array"_s;
        QTest::newRow("attachment bad hash")
            << u"attachments"_s << attachment.arg(u"sha256:12"_s, u"a.pdf"_s, u"3"_s)
            << u"64 lowercase hexadecimal"_s;
        QTest::newRow("attachment md5")
            << u"attachments"_s << attachment.arg(u"md5:" + QString(32, u'a'), u"a"_s, u"3"_s)
            << u"sha256:"_s;
        QTest::newRow("attachment no name")
            << u"attachments"_s << attachment.arg(hash, QString(), u"3"_s) << u"no file name"_s;
        QTest::newRow("attachment negative size")
            << u"attachments"_s << attachment.arg(hash, u"a.pdf"_s, u"-1"_s) << u"size"_s;
    }
    void values()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, error);
        const FieldInfo *info = kindInfo(Kind::Organisation).field(field);
        QVERIFY(info);
        const auto result = normaliseValue(*info, typed);
        if (error.isEmpty()) {
            QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        } else {
            QVERIFY(!result.has_value());
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(field), "the message names the field");
        }
    }

    void attachmentsAreCanonical()
    {
        const FieldInfo *info = kindInfo(Kind::Article).field(u"attachments"_s);
        QVERIFY(info);
        QCOMPARE(info->type, FieldType::AttachmentList);
        QVERIFY(!kindInfo(Kind::Tag).field(u"attachments"_s));
        const QJsonObject item{{u"hash"_s, QString(u"sha256:"_s + QString(64, u'd'))},
                               {u"name"_s, u" carte.png "_s},
                               {u"mediaType"_s, u"image/png"_s},
                               {u"size"_s, 10}};
        const auto result = normaliseValue(*info, QJsonArray{item, item});
        QVERIFY(result);
        QJsonObject expected = item;
        expected.insert(u"name"_s, u"carte.png"_s);
        QCOMPARE(result->toArray(), QJsonArray{expected}); // trimmed, duplicates dropped
    }

    void unknownFieldNamesTheKnownOnes()
    {
        const auto result = normaliseFields(Kind::Organisation, {{u"nom"_s, u"Mesclun"_s}});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"“nom”"_s));
        QVERIFY(result.error().message.contains(u"name"_s));
    }

    void requiredFields()
    {
        QVERIFY(!checkRequired(Kind::Exchange, {{u"title"_s, u"Local"_s}}));
        QVERIFY(checkRequired(
            Kind::Exchange,
            {{u"title"_s, u"Local"_s}, {u"way"_s, u"need"_s}, {u"type"_s, u"premises"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
