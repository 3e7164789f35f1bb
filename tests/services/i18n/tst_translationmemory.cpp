#include "i18n/translationmemory.h"

#include <QTest>

using namespace Atelier;

/// Suggestions from translations already made: the exact match first, then fuzzy matches by similarity.
class TestTranslationMemory final : public QObject
{
    Q_OBJECT

private slots:
    void exactAndFuzzyMatchesBestFirst()
    {
        TranslationMemory memory;
        memory.add(QStringLiteral("Delete the brand"), QStringLiteral("Supprimer la marque"), QStringLiteral("BrandsPage"));
        memory.add(QStringLiteral("Delete the brands"), QStringLiteral("Supprimer les marques"), QStringLiteral("BrandsPage"));
        memory.add(QStringLiteral("Delete the user"), QStringLiteral("Supprimer l’utilisateur"), QStringLiteral("UsersPage"));
        memory.add(QStringLiteral("Export the report"), QStringLiteral("Exporter le rapport"), QStringLiteral("ReportsPage"));
        memory.add(QStringLiteral("Delete the brand"), QStringLiteral("Supprimer la marque"), QStringLiteral("BrandsPage"));
        QCOMPARE(memory.size(), 4);

        const QList<TranslationSuggestion> found = memory.suggest(QStringLiteral("Delete the brand"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).translation, QStringLiteral("Supprimer la marque"));
        QCOMPARE(found.at(0).similarity, 1.0);
        QCOMPARE(found.at(0).context, QStringLiteral("BrandsPage"));
        QCOMPARE(found.at(1).source, QStringLiteral("Delete the brands"));
        QCOMPARE(found.at(1).similarity, 1 - 1.0 / 17);
        QCOMPARE(found.at(2).source, QStringLiteral("Delete the user"));
        QVERIFY(found.at(2).similarity < found.at(1).similarity);
        QVERIFY(found.at(2).similarity >= 0.6);
        for (const TranslationSuggestion &suggestion : found)
            QVERIFY(suggestion.source != QStringLiteral("Export the report"));
    }

    void limitsAndMinimum()
    {
        TranslationMemory memory;
        memory.add(QStringLiteral("Delete the brand"), QStringLiteral("Supprimer la marque"), QStringLiteral("A"));
        memory.add(QStringLiteral("Delete the brands"), QStringLiteral("Supprimer les marques"), QStringLiteral("A"));
        memory.add(QStringLiteral("Delete the user"), QStringLiteral("Supprimer l’utilisateur"), QStringLiteral("A"));
        QCOMPARE(memory.suggest(QStringLiteral("Delete the brand"), 1).size(), 1);
        QCOMPARE(memory.suggest(QStringLiteral("Delete the brand"), 5, 0.94).size(), 2);
        QCOMPARE(memory.suggest(QStringLiteral("Delete the brand"), 5, 1.0).size(), 1);
        QVERIFY(memory.suggest(QStringLiteral("Something else entirely")).isEmpty());
        QVERIFY(memory.suggest(QString()).isEmpty());
        QVERIFY(memory.suggest(QStringLiteral("Delete the brand"), 0).isEmpty());
    }

    void caseAndSpacingAreAlmostExact()
    {
        TranslationMemory memory;
        memory.add(QStringLiteral("Open  file"), QStringLiteral("Ouvrir le fichier"), QStringLiteral("A"));
        const QList<TranslationSuggestion> found = memory.suggest(QStringLiteral("open file"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.at(0).similarity < 1.0);
        QVERIFY(found.at(0).similarity > 0.95);
    }

    void sameSourceInTwoContexts()
    {
        TranslationMemory memory;
        memory.add(QStringLiteral("Completed"), QStringLiteral("Terminée"), QStringLiteral("GenerationStatus"));
        memory.add(QStringLiteral("Completed"), QStringLiteral("Terminé"), QStringLiteral("WorkflowStatus"));
        memory.add(QStringLiteral(""), QStringLiteral("x"), QStringLiteral("A"));
        memory.add(QStringLiteral("Untranslated"), QString(), QStringLiteral("A"));
        QCOMPARE(memory.size(), 2);
        const QList<TranslationSuggestion> found = memory.suggest(QStringLiteral("Completed"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).context, QStringLiteral("GenerationStatus"));
        QCOMPARE(found.at(1).context, QStringLiteral("WorkflowStatus"));
        TranslationMemory copy = memory;
        memory.clear();
        QCOMPARE(memory.size(), 0);
        QCOMPARE(copy.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTranslationMemory)
#include "tst_translationmemory.moc"
