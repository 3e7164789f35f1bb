#include "i18n/translationmemory.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Atelier;

/// Suggestions from translations already made: the exact match first, then fuzzy matches by similarity.
class TestTranslationMemory final : public QObject
{
    Q_OBJECT

    static int levenshtein(const QString &a, const QString &b)
    {
        std::vector<int> previous(size_t(b.size() + 1)), current(size_t(b.size() + 1));
        for (qsizetype j = 0; j <= b.size(); ++j)
            previous[size_t(j)] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            current[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j)
                current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                               previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            std::swap(previous, current);
        }
        return previous[size_t(b.size())];
    }

private slots:
    /// The similarity is 1 − the edit distance over the longer text, whatever the shortcuts taken to skip entries.
    void similarityIsTheEditDistance()
    {
        QRandomGenerator random(18);
        const auto text = [&random] {
            QString s;
            const int length = random.bounded(1, 40);
            for (int i = 0; i < length; ++i)
                s += QChar(u'a' + random.bounded(4));
            return s;
        };
        for (int round = 0; round < 300; ++round) {
            const QString a = text(), b = text();
            TranslationMemory memory;
            memory.add(b, QStringLiteral("t"), QStringLiteral("c"));
            const double expected = a == b ? 1.0 : 1 - double(levenshtein(a, b)) / double(std::max(a.size(), b.size()));
            for (double minimum : {0.0, 0.3, 0.6, 0.8}) {
                const QList<TranslationSuggestion> found = memory.suggest(a, 5, minimum);
                if (expected >= minimum) {
                    QVERIFY2(found.size() == 1, qPrintable(a + u' ' + b + u' ' + QString::number(minimum)));
                    QCOMPARE(found.at(0).similarity, expected);
                } else {
                    QVERIFY2(found.isEmpty(), qPrintable(a + u' ' + b + u' ' + QString::number(minimum)));
                }
            }
        }
    }

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
