#include "core/language.h"
#include "i18n/pseudotranslator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Atelier;

/// The pseudo-language: accented, about 40 % longer, bracketed, with every marker Qt needs kept as it is.
class TestPseudoTranslator final : public QObject
{
    Q_OBJECT

private slots:
    void example()
    {
        QCOMPARE(PseudoTranslator::pseudo(QStringLiteral("Save %1")), QStringLiteral("[Šåvé %1 ~~~]"));
        QCOMPARE(PseudoTranslator::pseudo(QString()), QString());
    }

    void keepsMarkers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("place markers") << QStringLiteral("Delete %1 of %L2 in %n days")
                                       << QStringList{QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n")};
        QTest::newRow("accelerator") << QStringLiteral("&Open the file") << QStringList{QStringLiteral("&O")};
        QTest::newRow("literal ampersand") << QStringLiteral("Tom && Jerry") << QStringList{QStringLiteral("&&")};
        QTest::newRow("html") << QStringLiteral("<a href=\"https://example.org\">Read the <b>docs</b></a>&nbsp;now")
                              << QStringList{QStringLiteral("<a href=\"https://example.org\">"), QStringLiteral("<b>"),
                                             QStringLiteral("</b></a>&nbsp;")};
        QTest::newRow("two digits") << QStringLiteral("Step %10 of %11") << QStringList{QStringLiteral("%10"), QStringLiteral("%11")};
    }

    void keepsMarkers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kept);
        const QString pseudo = PseudoTranslator::pseudo(text);
        QVERIFY(pseudo.startsWith(u'[') && pseudo.endsWith(u']'));
        for (const QString &marker : kept)
            QVERIFY2(pseudo.contains(marker), qPrintable(pseudo));
        // Every letter outside markers is accented: nothing of the plain text remains but markers and tags.
        QVERIFY2(pseudo != text, qPrintable(pseudo));
    }

    void accentsAndGrows()
    {
        const QString text = QStringLiteral("The report could not be exported because the disk is full");
        const QString pseudo = PseudoTranslator::pseudo(text);
        static const QRegularExpression ascii(QStringLiteral("[a-zA-Z]"));
        QVERIFY2(pseudo.count(ascii) < text.count(ascii) / 3, qPrintable(pseudo));
        const double growth = double(pseudo.size()) / double(text.size());
        QVERIFY2(growth >= 1.35 && growth <= 1.55, qPrintable(QString::number(growth)));
    }

    void translatesEveryString()
    {
        PseudoTranslator translator;
        QVERIFY(!translator.isEmpty());
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("Any", "Save %1"), QStringLiteral("[Šåvé %1 ~~~]"));
        // tr()'s %n is still replaced after the translation.
        QCOMPARE(QCoreApplication::translate("Any", "%n file(s)", nullptr, 3), QStringLiteral("[3 ƒîļé(š) ~~~~]"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("Any", "Save %1"), QStringLiteral("Save %1"));
    }

    /// The console's languages offer it only to a developer who asks (ATELIER_PSEUDO_LANGUAGE=1).
    void languageOnlyWhenAskedFor()
    {
        qunsetenv("ATELIER_PSEUDO_LANGUAGE");
        QVERIFY(!Language::available().contains(QStringLiteral("pseudo")));
        QVERIFY(!Language::apply(QStringLiteral("pseudo")));
        qputenv("ATELIER_PSEUDO_LANGUAGE", "1");
        QVERIFY(Language::available().contains(QStringLiteral("pseudo")));
        QVERIFY(Language::apply(QStringLiteral("pseudo")));
        QCOMPARE(Language::current(), QStringLiteral("pseudo"));
        QCOMPARE(QCoreApplication::translate("Any", "Save %1"), QStringLiteral("[Šåvé %1 ~~~]"));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("Any", "Save %1"), QStringLiteral("Save %1"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Any", "Save %1"), QStringLiteral("Save %1"));
        qunsetenv("ATELIER_PSEUDO_LANGUAGE");
    }
};

QTEST_GUILESS_MAIN(TestPseudoTranslator)
#include "tst_pseudotranslator.moc"
