#include "i18n/translationchecks.h"

#include <QTest>

using namespace Atelier;

/// Each check on crafted strings, both ways: what it must flag, and correct translations it must leave alone.
class TestTranslationChecks final : public QObject
{
    Q_OBJECT

    static QStringList ids(const QList<TranslationWarning> &warnings)
    {
        QStringList found;
        for (const TranslationWarning &warning : warnings)
            found.append(warning.error ? warning.check + QStringLiteral("!") : warning.check);
        return found;
    }

private slots:
    void flags_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("expected"); // check ids, "!" for an error

        const auto row = [](const char *name, const QString &source, const QString &translation,
                            const QStringList &expected, StringRole role = StringRole::Text,
                            const QString &language = QStringLiteral("fr")) {
            QTest::newRow(name) << source << translation << language << int(role) << expected;
        };
        const QStringList none;
        // Correct translations pass.
        row("correct french colon", QStringLiteral("Save:"), QStringLiteral("Enregistrer :"), none);
        row("no-break space before colon", QStringLiteral("Name:"), QStringLiteral("Nom\u00a0:"), none);
        row("narrow no-break space before ?", QStringLiteral("Delete it?"), QStringLiteral("Le supprimer\u202f?"), none);
        row("markers kept, moved", QStringLiteral("%1 of %2"), QStringLiteral("%2 : %1"), none);
        row("numerus kept", QStringLiteral("%n file(s)"), QStringLiteral("%n fichiers"), none);
        row("locale marker kept", QStringLiteral("%L1 events"), QStringLiteral("%L1 événements"), none);
        row("accelerator kept", QStringLiteral("&Open"), QStringLiteral("&Ouvrir"), none, StringRole::Button);
        row("literal ampersand", QStringLiteral("Tom && Jerry"), QStringLiteral("Tom && Jerry et cie"), none);
        row("html entity is no accelerator", QStringLiteral("<b>A</b>&nbsp;b"), QStringLiteral("<b>Un</b>&nbsp;b"), none);
        row("url and time untouched", QStringLiteral("See https://x.org at 10:30"),
            QStringLiteral("Voir https://x.org à 10:30"), none);
        row("ellipsis forms", QStringLiteral("Export..."), QStringLiteral("Exporter…"), none);
        row("symbols only may be identical", QStringLiteral("%1 / %2"), QStringLiteral("%1 / %2"), none);
        row("english needs no space", QStringLiteral("Save:"), QStringLiteral("Save now:"), none, StringRole::Text,
            QStringLiteral("en"));
        row("spanish question", QStringLiteral("Delete it?"), QStringLiteral("¿Eliminarlo?"), none, StringRole::Text,
            QStringLiteral("es"));
        row("untranslated is not checked", QStringLiteral("Save %1"), QString(), none);
        row("text may be long", QStringLiteral("Ok"), QStringLiteral("D’accord, c’est entendu"), none);

        // What each check flags.
        row("missing marker", QStringLiteral("Delete %1?"), QStringLiteral("Supprimer ?"), {QStringLiteral("markers!")});
        row("extra marker", QStringLiteral("Delete?"), QStringLiteral("Supprimer %1 ?"), {QStringLiteral("markers!")});
        row("numerus in words", QStringLiteral("%n file(s)"), QStringLiteral("Un fichier"), {QStringLiteral("markers")});
        row("locale marker lost", QStringLiteral("%L1 events"), QStringLiteral("%1 événements"),
            {QStringLiteral("markers")});
        row("locale marker added", QStringLiteral("%1 events"), QStringLiteral("%L1 événements"),
            {QStringLiteral("markers")});
        row("missing among others", QStringLiteral("%1 of %2 in %n days"), QStringLiteral("%1 en %n jours"),
            {QStringLiteral("markers!")});
        row("french colon without space", QStringLiteral("Save:"), QStringLiteral("Enregistrer:"),
            {QStringLiteral("punctuation")});
        row("french ! without space", QStringLiteral("Done!"), QStringLiteral("Terminé!"), {QStringLiteral("punctuation")});
        row("french ; inside", QStringLiteral("A; b"), QStringLiteral("Un; b"), {QStringLiteral("punctuation")});
        row("ending punctuation lost", QStringLiteral("Saved."), QStringLiteral("Enregistré"), {QStringLiteral("punctuation")});
        row("ending punctuation added", QStringLiteral("Saved"), QStringLiteral("Enregistré."), {QStringLiteral("punctuation")});
        row("ending punctuation changed", QStringLiteral("Saved."), QStringLiteral("Enregistré !"),
            {QStringLiteral("punctuation")});
        row("accelerator missing", QStringLiteral("&Open"), QStringLiteral("Ouvrir"), {QStringLiteral("accelerator")});
        row("accelerator doubled", QStringLiteral("&Open"), QStringLiteral("&Ou&vrir"), {QStringLiteral("accelerator")});
        row("accelerator added (planned per language)", QStringLiteral("Provider:"), QStringLiteral("Four&nisseur :"), none);
        row("json keys in french", QStringLiteral("such as {\"type\": \"manual\"}"),
            QStringLiteral("comme {\"type\": \"manual\"}"), none);
        row("short button may double", QStringLiteral("&Save"), QStringLiteral("&Enregistrer"), none, StringRole::Button);
        row("leading space lost", QStringLiteral(" of %1"), QStringLiteral("de %1"), {QStringLiteral("spaces")});
        row("trailing space added", QStringLiteral("Name"), QStringLiteral("Nom "), {QStringLiteral("spaces")});
        row("identical", QStringLiteral("Refresh"), QStringLiteral("Refresh"), {QStringLiteral("identical")});
        row("button too long", QStringLiteral("&Save"), QStringLiteral("&Enregistrer maintenant"),
            {QStringLiteral("length")}, StringRole::Button);
        row("menu item too long", QStringLiteral("Copy"), QStringLiteral("Copier dans le presse-papiers"),
            {QStringLiteral("length")}, StringRole::MenuItem);
        row("newline lost", QStringLiteral("One\nTwo"), QStringLiteral("Un deux"), {QStringLiteral("newlines")});
        row("newline added", QStringLiteral("One two"), QStringLiteral("Un\ndeux"), {QStringLiteral("newlines")});
    }

    void flags()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QFETCH(QString, language);
        QFETCH(int, role);
        QFETCH(QStringList, expected);
        const QList<TranslationWarning> warnings = TranslationChecks::check(source, translation, language, StringRole(role));
        QCOMPARE(ids(warnings), expected);
        for (const TranslationWarning &warning : warnings) {
            QVERIFY(TranslationChecks::checkIds().contains(warning.check));
            QVERIFY(!warning.message.isEmpty());
        }
    }

    void messagesSayWhatAndWhere()
    {
        const auto missing = TranslationChecks::check(QStringLiteral("Delete %1 from %2?"),
                                                      QStringLiteral("Supprimer %1 ?"), QStringLiteral("fr"));
        QCOMPARE(missing.size(), 1);
        QVERIFY2(missing.at(0).message.contains(QStringLiteral("%2")), qPrintable(missing.at(0).message));
        const auto colon = TranslationChecks::check(QStringLiteral("Save:"), QStringLiteral("Enregistrer:"),
                                                    QStringLiteral("fr_FR"));
        QCOMPARE(colon.size(), 1);
        QVERIFY2(colon.at(0).message.contains(QStringLiteral("“:”")), qPrintable(colon.at(0).message));
        QVERIFY2(colon.at(0).message.contains(QStringLiteral("12")), qPrintable(colon.at(0).message));
        QVERIFY(!colon.at(0).error);
    }

    void guessesRoles_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("role");
        QTest::newRow("button") << QStringLiteral("ExportDialog") << QStringLiteral("&Export") << int(StringRole::Button);
        QTest::newRow("menu") << QStringLiteral("MainWindow") << QStringLiteral("&Open…") << int(StringRole::MenuItem);
        QTest::newRow("menu context") << QStringLiteral("ReportMenu") << QStringLiteral("Print") << int(StringRole::MenuItem);
        QTest::newRow("sentence") << QStringLiteral("ExportDialog")
                                  << QStringLiteral("The file could not be written: %1.") << int(StringRole::Text);
        QTest::newRow("label") << QStringLiteral("ExportDialog") << QStringLiteral("Format") << int(StringRole::Text);
        QTest::newRow("label with buddy") << QStringLiteral("ExportDialog") << QStringLiteral("&Size:") << int(StringRole::Text);
        QTest::newRow("progress") << QStringLiteral("ExportDialog") << QStringLiteral("Saving…") << int(StringRole::Text);
        QTest::newRow("long with accelerator")
            << QStringLiteral("ExportDialog") << QStringLiteral("&Include every event of the selected brands in the file")
            << int(StringRole::Text);
    }

    void guessesRoles()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, role);
        QCOMPARE(int(TranslationChecks::guessRole(context, source)), role);
    }
};

QTEST_GUILESS_MAIN(TestTranslationChecks)
#include "tst_translationchecks.moc"
