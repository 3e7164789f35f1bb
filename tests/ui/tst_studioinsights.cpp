#include "ai/assetstore.h"
#include "ai/cacheview.h"
#include "ai/creditsview.h"
#include "ai/generationservice.h"
#include "ai/modelsview.h"
#include "ai/studioanalytics.h"
#include "collaboration/resources.h"
#include "collaboration/useradmin.h"
#include "core/database.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"
#include "studiofixture.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QInputDialog>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

#include <functional>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

constexpr int kWaitMs = 30000;

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QVariant sortValue(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::UserRole);
}

/// Demo data: a few events, a dozen generations per brand over the last 60 days.
bool fillDemo(const DatabaseUrl &url)
{
    return Testing::fillDemo(url, 2000, 90, 12);
}

/// The brand with the most generations (ties: by id), and its slug.
QPair<QString, QString> busiestBrand(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT g.brand_id, b.slug FROM ai_generations g JOIN brands b ON b.id = g.brand_id "
                          "GROUP BY g.brand_id, b.slug ORDER BY count(*) DESC, g.brand_id LIMIT 1"));
    return q.next() ? qMakePair(q.value(0).toString(), q.value(1).toString()) : QPair<QString, QString>();
}

StudioContext contextFor(const DatabaseUrl &url, const QPair<QString, QString> &brand, int days = 75)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return {url, brand.second, brand.first, today.addDays(-days), today.addDays(1)};
}

/// Answers the next modal dialog with \a answer (a QMessageBox or a QInputDialog), as a person would.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

QAbstractBarSeries *barsOf(QChartView *view)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    return series.size() == 1 ? qobject_cast<QAbstractBarSeries *>(series.first()) : nullptr;
}

QStringList categoriesOf(QChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QVERIFY(waitSettled(widget)); // charts lay themselves out on later turns of the event loop
    widget->grab().save(folder + QLatin1Char('/') + name);
}

} // namespace

/// The AI Studio's Models, Credits and usage, and Cache tabs offscreen, on both dialects: each shows the numbers the
/// services compute, charts them, and its actions (a quota, clearing the caches) work end to end.
class TestStudioInsights final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        StudioFixture::isolateDesktop(m_home.path());
    }

    void modelsShowTheBrandsRecord_data() { ScratchDatabase::addDialectRows(); }
    void modelsShowTheBrandsRecord()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fillDemo(scratch.url()));
        QSqlDatabase db = Database::open(scratch.url()).value();
        const auto brand = busiestBrand(db);
        QVERIFY(!brand.first.isEmpty());
        const StudioContext context = contextFor(scratch.url(), brand);

        ModelsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1280, 900);
        view.show();
        QSignalSpy loaded(&view, &StudioView::loaded);
        QSignalSpy failed(&view, &StudioView::failed);
        view.setContext(context);
        QVERIFY(loaded.wait(kWaitMs));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const QList<AiModel> registry = StudioAnalytics::listModels(db).value();
        const QList<ModelStats> stats = StudioAnalytics::compareModels(db, brand.first, context.from, context.to).value();
        QVERIFY(!registry.isEmpty());
        QVERIFY(stats.size() >= 2);
        const QLocale locale;
        const ModelComparisonModel *model = view.model();
        using M = ModelComparisonModel;

        // Every model of the registry, with its catalogue figures.
        int outside = 0;
        for (const ModelStats &s : stats)
            outside += std::none_of(registry.begin(), registry.end(), [&](const AiModel &m) { return m.name == s.model; });
        QCOMPARE(model->rowCount(), int(registry.size()) + outside);
        for (const AiModel &m : registry) {
            const int row = model->rowOf(m.name);
            QVERIFY2(row >= 0, qPrintable(m.name));
            QCOMPARE(cell(model, row, M::ProviderColumn), m.provider);
            QCOMPARE(cell(model, row, M::TypeColumn), m.type);
            QCOMPARE(cell(model, row, M::PriceColumn), locale.toString(m.credits));
            QCOMPARE(sortValue(model, row, M::AvgSecondsColumn).toInt(), m.avgSeconds);
            QCOMPARE(cell(model, row, M::CatalogueQualityColumn), locale.toString(m.quality, 'f', 0));
            QCOMPARE(cell(model, row, M::ActiveColumn), m.active ? QStringLiteral("yes") : QStringLiteral("retired"));
        }
        // The brand's record, as the service computes it.
        int mostGenerations = 0;
        for (const ModelStats &s : stats) {
            const int row = model->rowOf(s.model);
            QVERIFY2(row >= 0, qPrintable(s.model));
            QCOMPARE(cell(model, row, M::GenerationsColumn), locale.toString(s.generations));
            QCOMPARE(sortValue(model, row, M::GenerationsColumn).toInt(), s.generations);
            if (s.completed + s.failed > 0) {
                QCOMPARE(sortValue(model, row, M::SuccessColumn).value<double>(), s.successRate);
                QCOMPARE(cell(model, row, M::SuccessColumn), QStringLiteral("%1%").arg(locale.toString(s.successRate * 100, 'f', 1)));
            }
            QCOMPARE(sortValue(model, row, M::P50Column).value<double>(), s.p50Ms.value_or(-1.0));
            QCOMPARE(sortValue(model, row, M::P95Column).value<double>(), s.p95Ms.value_or(-1.0));
            QCOMPARE(sortValue(model, row, M::MeanCreditsColumn).value<double>(), s.meanCredits.value_or(-1.0));
            QCOMPARE(sortValue(model, row, M::MeanQualityColumn).value<double>(), s.meanQuality.value_or(-1.0));
            if (s.meanQuality)
                QCOMPARE(cell(model, row, M::MeanQualityColumn), locale.toString(*s.meanQuality, 'f', 1));
            if (s.p50Ms)
                QVERIFY(cell(model, row, M::P50Column).endsWith(QLatin1String(" s")));
            mostGenerations = std::max(mostGenerations, s.generations);
        }
        // Models the brand did not use show no record.
        for (const AiModel &m : registry)
            if (std::none_of(stats.begin(), stats.end(), [&](const ModelStats &s) { return s.model == m.name; }))
                QCOMPARE(cell(model, model->rowOf(m.name), M::SuccessColumn), QStringLiteral("—"));

        // Sorted by generations, most first; a click on a header sorts on that column's raw values.
        QCOMPARE(sortValue(view.proxy(), 0, M::GenerationsColumn).toInt(), mostGenerations);
        view.table()->sortByColumn(M::PriceColumn, Qt::AscendingOrder);
        for (int r = 1; r < view.proxy()->rowCount(); ++r)
            QVERIFY(sortValue(view.proxy(), r - 1, M::PriceColumn).toInt() <= sortValue(view.proxy(), r, M::PriceColumn).toInt());
        view.table()->sortByColumn(M::GenerationsColumn, Qt::DescendingOrder);

        // The charts compare the models used: success and quality, p50 and p95.
        QAbstractBarSeries *rates = barsOf(view.rateChart());
        QVERIFY(rates);
        QCOMPARE(rates->count(), 2);
        QCOMPARE(rates->barSets().first()->count(), int(std::min<qsizetype>(stats.size(), 15)));
        const QStringList rateNames = categoriesOf(view.rateChart());
        for (const ModelStats &s : stats) {
            const int at = int(rateNames.indexOf(s.model));
            QVERIFY2(at >= 0, qPrintable(s.model));
            QCOMPARE(rates->barSets().at(0)->at(at), s.successRate * 100);
            QCOMPARE(rates->barSets().at(1)->at(at), s.meanQuality.value_or(0));
        }
        QAbstractBarSeries *durations = barsOf(view.durationChart());
        QVERIFY(durations);
        QCOMPARE(durations->count(), 2);
        const QStringList durationNames = categoriesOf(view.durationChart());
        for (const ModelStats &s : stats) {
            const int at = int(durationNames.indexOf(s.model));
            QVERIFY(at >= 0);
            QCOMPARE(durations->barSets().at(0)->at(at), s.p50Ms.value_or(0) / 1000.0);
            QCOMPARE(durations->barSets().at(1)->at(at), s.p95Ms.value_or(0) / 1000.0);
        }
        QVERIFY(!view.rateChart()->accessibleName().isEmpty());
        QVERIFY(view.rateChart()->accessibleDescription().contains(stats.first().model));

        // Filters: one provider, then one type; the charts follow.
        const QString provider = stats.first().provider;
        view.setFilter(provider, {});
        int ofProvider = 0;
        for (const ModelComparisonRow &r : model->rows())
            ofProvider += (r.registry ? r.registry->provider : r.stats.provider) == provider;
        QCOMPARE(view.proxy()->rowCount(), ofProvider);
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            QCOMPARE(cell(view.proxy(), r, M::ProviderColumn), provider);
        for (const QString &name : categoriesOf(view.rateChart()))
            QCOMPARE(model->rows().at(model->rowOf(name)).stats.provider, provider);
        view.setFilter({}, QStringLiteral("3d"));
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            QCOMPARE(cell(view.proxy(), r, M::TypeColumn), QStringLiteral("3d"));
        QVERIFY(view.proxy()->rowCount() >= 2); // stable-fast-3d and offline-3d at least
        view.setFilter({}, {});
        QCOMPARE(view.proxy()->rowCount(), model->rowCount());

        // Selecting a model shows its record per day.
        QSignalSpy performance(&view, &ModelsView::performanceLoaded);
        const ModelStats &busiest = stats.first();
        QVERIFY(view.selectModel(busiest.model));
        QVERIFY(performance.wait(kWaitMs));
        QCOMPARE(view.selectedModel(), busiest.model);
        const QList<ModelPerformancePoint> points =
            StudioAnalytics::modelPerformance(db, brand.first, busiest.model, context.from, context.to).value();
        const QList<QAbstractSeries *> lines = view.performanceChart()->chart()->series();
        QCOMPARE(lines.size(), 2);
        auto *generations = qobject_cast<QLineSeries *>(lines.at(0));
        auto *success = qobject_cast<QLineSeries *>(lines.at(1));
        QVERIFY(generations && success);
        QCOMPARE(generations->count(), int(points.size()));
        int total = 0, busyDays = 0;
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(int(generations->at(i).y()), points.at(i).generations);
            total += points.at(i).generations;
            busyDays += points.at(i).generations > 0;
        }
        QCOMPARE(total, busiest.generations);
        QCOMPARE(success->count(), busyDays);

        // A click on another row of the table does the same.
        const int other = view.proxy()->rowCount() > 1 ? 1 : 0;
        const QString otherName = view.proxy()->index(other, M::NameColumn).data().toString();
        performance.clear();
        const QRect rect = view.table()->visualRect(view.proxy()->index(other, M::NameColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(performance.wait(kWaitMs));
        QCOMPARE(view.selectedModel(), otherName);

        // A new range reloads, and keeps the model selected.
        loaded.clear();
        performance.clear();
        view.setContext(contextFor(scratch.url(), brand, 20));
        QVERIFY(loaded.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(!performance.isEmpty(), kWaitMs);
        QCOMPARE(view.selectedModel(), otherName);
        QCOMPARE(qobject_cast<QLineSeries *>(view.performanceChart()->chart()->series().at(0))->count(), 21);
        // Another language: the words change, the figures stay.
        QEvent language(QEvent::LanguageChange);
        QApplication::sendEvent(&view, &language);
        QVERIFY(barsOf(view.rateChart()));
        QCOMPARE(view.performanceChart()->chart()->series().size(), 2);
        QCOMPARE(view.model()->headerData(M::GenerationsColumn, Qt::Horizontal).toString(), QStringLiteral("Generations"));
        screenshot(&view, QStringLiteral("ai-models-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    }

    void creditsShowUsageAndQuotas_data() { ScratchDatabase::addDialectRows(); }
    void creditsShowUsageAndQuotas()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fillDemo(scratch.url()));
        {
            QSqlDatabase db = Database::open(scratch.url()).value();
            const auto brand = busiestBrand(db);
            const StudioContext context = contextFor(scratch.url(), brand);
            // The signed-in person: a quota, and a paid job waiting in the queue that holds 4 credits.
            const QString me = Collaboration::currentUserId(db).value();
            QVERIFY(GenerationService::setQuota(db, me, brand.first, 300));
            GenerationRequest request;
            request.brandId = brand.first;
            request.provider = QStringLiteral("openai");
            request.model = QStringLiteral("dall-e-3");
            request.prompt = QStringLiteral("a linen dress on a wooden chair");
            request.seed = 7;
            const auto queued = GenerationService::enqueue(db, request);
            QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
            QCOMPARE(queued->status, QStringLiteral("pending"));

            CreditsView view;
            QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            view.resize(1280, 900);
            view.show();
            QSignalSpy loaded(&view, &StudioView::loaded);
            view.setContext(context);
            QVERIFY(loaded.wait(kWaitMs));

            // Each person's credits, as the service counts them.
            const QList<CreditUsage> usage = StudioAnalytics::creditUsage(db, brand.first, context.from, context.to).value();
            QVERIFY(usage.size() >= 2);
            const QLocale locale;
            using C = CreditUsageModel;
            const CreditUsageModel *model = view.model();
            QCOMPARE(model->rowCount(), int(usage.size()));
            QString withoutQuota;
            for (const CreditUsage &u : usage) {
                const int row = model->rowOf(u.userId);
                QVERIFY2(row >= 0, qPrintable(u.userId));
                QCOMPARE(cell(model, row, C::PersonColumn), u.username);
                QCOMPARE(cell(model, row, C::ChargedColumn), locale.toString(u.charged));
                QCOMPARE(cell(model, row, C::RefundedColumn), locale.toString(u.refunded));
                QCOMPARE(cell(model, row, C::ReservedColumn), locale.toString(u.reserved));
                QCOMPARE(cell(model, row, C::UsedColumn), locale.toString(u.usedThisMonth));
                QCOMPARE(cell(model, row, C::QuotaColumn), u.monthlyCredits ? locale.toString(*u.monthlyCredits) : QStringLiteral("no quota"));
                if (u.monthlyCredits)
                    QCOMPARE(cell(model, row, C::LeftColumn), locale.toString(qint64(*u.monthlyCredits) - u.usedThisMonth - u.reserved));
                else if (withoutQuota.isEmpty() && u.userId != me)
                    withoutQuota = u.userId;
            }
            QVERIFY2(!withoutQuota.isEmpty(), "the demo has authors outside the brand, without a quota");
            // Sorted by credits charged, most first.
            for (int r = 1; r < view.proxy()->rowCount(); ++r)
                QVERIFY(sortValue(view.proxy(), r - 1, C::ChargedColumn).toLongLong() >= sortValue(view.proxy(), r, C::ChargedColumn).toLongLong());

            // The signed-in person's balance, in words.
            const CreditBalance mine = GenerationService::credits(db, me, brand.first).value();
            QCOMPARE(mine.reserved, 4);
            QCOMPARE(view.balanceText(), QStringLiteral("You have used %1 of 300 credits this month; 4 are held by queued jobs.")
                                             .arg(locale.toString(mine.used)));

            // Used against the quota, per person; those without one are named so.
            QAbstractBarSeries *bars = barsOf(view.quotaChart());
            QVERIFY(bars);
            QCOMPARE(bars->count(), 2);
            const QStringList people = categoriesOf(view.quotaChart());
            QCOMPARE(people.size(), usage.size());
            for (const CreditUsage &u : usage) {
                const QString name = u.monthlyCredits ? u.username : QStringLiteral("%1 (no quota)").arg(u.username);
                const int at = int(people.indexOf(name));
                QVERIFY2(at >= 0, qPrintable(name));
                QCOMPARE(bars->barSets().at(0)->at(at), double(u.usedThisMonth));
                QCOMPARE(bars->barSets().at(1)->at(at), double(u.monthlyCredits.value_or(0)));
            }

            // Generations and credits per day, and the totals by model, type and status.
            const GenerationAnalytics analytics = StudioAnalytics::generationAnalytics(db, brand.first, context.from, context.to).value();
            const QList<QAbstractSeries *> lines = view.dailyChart()->chart()->series();
            QCOMPARE(lines.size(), 2);
            auto *generations = qobject_cast<QLineSeries *>(lines.at(0));
            auto *credits = qobject_cast<QLineSeries *>(lines.at(1));
            QVERIFY(generations && credits);
            QCOMPARE(generations->count(), int(analytics.byDay.size()));
            QCOMPARE(int(analytics.byDay.size()), int(context.from.daysTo(context.to)));
            for (int i = 0; i < analytics.byDay.size(); ++i) {
                QCOMPARE(int(generations->at(i).y()), analytics.byDay.at(i).generations);
                QCOMPARE(qint64(credits->at(i).y()), analytics.byDay.at(i).credits);
            }
            QVERIFY(analytics.total.generations > 0);
            QTreeWidget *totals = view.totals();
            QCOMPARE(totals->topLevelItemCount(), 4);
            QCOMPARE(totals->topLevelItem(0)->text(1), locale.toString(analytics.total.generations));
            QCOMPARE(totals->topLevelItem(0)->text(7), locale.toString(analytics.total.credits));
            const QList<GenerationGroup> *groups[] = {&analytics.byModel, &analytics.byType, &analytics.byStatus};
            for (int g = 0; g < 3; ++g) {
                QTreeWidgetItem *section = totals->topLevelItem(g + 1);
                QCOMPARE(section->childCount(), int(groups[g]->size()));
                for (int i = 0; i < groups[g]->size(); ++i) {
                    QCOMPARE(section->child(i)->data(0, Qt::UserRole).toString(), groups[g]->at(i).key);
                    QCOMPARE(section->child(i)->text(1), locale.toString(groups[g]->at(i).generations));
                    QCOMPARE(section->child(i)->text(2), locale.toString(groups[g]->at(i).completed));
                    QCOMPARE(section->child(i)->text(7), locale.toString(groups[g]->at(i).credits));
                }
            }
            screenshot(&view, QStringLiteral("ai-credits-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
            QEvent language(QEvent::LanguageChange);
            QApplication::sendEvent(&view, &language);
            QCOMPARE(view.totals()->topLevelItemCount(), 4);
            QVERIFY(barsOf(view.quotaChart()));
            QVERIFY(view.balanceText().startsWith(QLatin1String("You have used")));

            // An administrator sets a quota from the table: "Set quota…", the number, OK.
            const int row = view.proxy()->mapFromSource(model->index(model->rowOf(withoutQuota), 0)).row();
            view.table()->selectRow(row);
            QVERIFY(view.setQuotaButton()->isEnabled());
            QSignalSpy set(&view, &CreditsView::quotaSet);
            loaded.clear();
            answerNextDialog([](QWidget *dialog) {
                auto *input = qobject_cast<QInputDialog *>(dialog);
                QVERIFY(input);
                input->setIntValue(777);
                input->accept();
            });
            QTest::mouseClick(view.setQuotaButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(set.size(), 1, kWaitMs);
            QVERIFY2(set.first().first().toBool(), qPrintable(view.statusText()));
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
            QCOMPARE(cell(model, model->rowOf(withoutQuota), C::QuotaColumn), locale.toString(777));
            QCOMPARE(*GenerationService::credits(db, withoutQuota, brand.first)->monthlyCredits, 777);
            QVERIFY2(view.statusText().contains(locale.toString(777)), qPrintable(view.statusText()));
            QVERIFY(categoriesOf(view.quotaChart()).contains(model->rows().at(model->rowOf(withoutQuota)).username));
            // The selection stayed on the person.
            QCOMPARE(view.table()->currentIndex().data(CreditUsageModel::UserIdRole).toString(), withoutQuota);

            // A refused quota says why, and changes nothing.
            set.clear();
            view.setQuota(withoutQuota, -5);
            QTRY_COMPARE_WITH_TIMEOUT(set.size(), 1, kWaitMs);
            QVERIFY(!set.first().first().toBool());
            QVERIFY2(view.statusText().contains(QLatin1String("between 0 and 100000000")), qPrintable(view.statusText()));
            QCOMPARE(*GenerationService::credits(db, withoutQuota, brand.first)->monthlyCredits, 777);

            if (!scratch.url().isSqlite()) {
                // On PostgreSQL, a quota is an administrator's act: an editor is told so.
                const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
                const QString editor = QStringLiteral("ed_") + suffix, password = QStringLiteral("correct horse ") + suffix;
                QVERIFY(UserAdmin::add(db, editor, brand.second, QStringLiteral("editor"), password));
                StudioContext asEditor = context;
                asEditor.database.user = editor;
                asEditor.database.password = password;
                CreditsView editorView;
                QSignalSpy editorLoaded(&editorView, &StudioView::loaded);
                editorView.setContext(asEditor);
                QVERIFY(editorLoaded.wait(kWaitMs));
                QSignalSpy refused(&editorView, &CreditsView::quotaSet);
                editorView.setQuota(withoutQuota, 100000);
                QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
                QVERIFY(!refused.first().first().toBool());
                QVERIFY2(editorView.statusText().startsWith(QLatin1String("The quota of ")), qPrintable(editorView.statusText()));
                QCOMPARE(*GenerationService::credits(db, withoutQuota, brand.first)->monthlyCredits, 777);
            }
        }
        Database::closeThreadConnections();
    }

    void cacheClearsEndToEnd_data() { ScratchDatabase::addDialectRows(); }
    void cacheClearsEndToEnd()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const QString brand = QStringLiteral("brand-q");
        AssetStore::clearDiskCache(0); // what the other dialect's run left
        // A result made by the offline renderer, then the same request again: answered from the cache.
        GenerationRequest request;
        request.brandId = brand;
        request.provider = QStringLiteral("offline");
        request.model = QStringLiteral("offline-preview");
        request.prompt = QStringLiteral("a lighthouse at dusk");
        request.seed = 11;
        request.width = 256;
        request.height = 256;
        const auto first = GenerationService::enqueue(db, request);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {first->id}));
        const auto again = GenerationService::enqueue(db, request);
        QVERIFY(again);
        QVERIFY(again->cached);
        const CacheStats stats = GenerationService::cacheStats(db, brand).value();
        QCOMPARE(stats.hits, 1);
        QCOMPARE(stats.misses, 1);
        QVERIFY(stats.bytes > 0);
        QVERIFY(AssetStore::cacheBytes() > 0);

        CacheView view;
        view.resize(900, 600);
        view.show();
        QSignalSpy loaded(&view, &StudioView::loaded);
        QSignalSpy cleared(&view, &CacheView::cleared);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        view.setContext({scratch.url(), brand, brand, today.addDays(-1), today.addDays(1)});
        QVERIFY(loaded.wait(kWaitMs));
        const QLocale locale;
        using F = CacheView::Figure;
        QCOMPARE(view.figure(F::Hits), locale.toString(1));
        QCOMPARE(view.figure(F::Misses), locale.toString(1));
        QCOMPARE(view.figure(F::HitRate), QStringLiteral("%1%").arg(locale.toString(50.0, 'f', 1)));
        QCOMPARE(view.figure(F::ResultBytes), locale.formattedDataSize(stats.bytes));
        QCOMPARE(view.figure(F::CreditsSaved), locale.toString(stats.creditsSaved));
        QCOMPARE(view.figure(F::DiskBytes), locale.formattedDataSize(AssetStore::cacheBytes()));
        QCOMPARE(view.figure(F::DiskFolder), QDir::toNativeSeparators(AssetStore::cacheFolder()));
        screenshot(&view, QStringLiteral("ai-cache-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));

        // The button asks first; Cancel leaves everything as it was.
        auto *button = view.findChild<QPushButton *>(QStringLiteral("clearResults"));
        QVERIFY(button);
        view.daysBox()->setValue(0);
        bool asked = false;
        answerNextDialog([&asked](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(cleared.isEmpty());
        QCOMPARE(GenerationService::cacheStats(db, brand)->bytes, stats.bytes);

        // Older than 30 days: nothing that young goes.
        loaded.clear();
        view.clearCache(30);
        QVERIFY(cleared.wait(kWaitMs));
        // Only this clearing answered: one started by the cancelled dialog would have kept the view busy, so that this
        // one was refused, and its answer would have removed everything (older than 0 days).
        QCOMPARE(cleared.size(), 1);
        QVERIFY(cleared.last().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
        QVERIFY2(view.statusText().startsWith(QLatin1String("Removed 0 entr")), qPrintable(view.statusText()));
        QCOMPARE(view.stats().bytes, stats.bytes);

        // This desktop's disk cache, confirmed through its dialog.
        auto *diskButton = view.findChild<QPushButton *>(QStringLiteral("clearDiskCache"));
        QVERIFY(diskButton);
        loaded.clear();
        answerNextDialog([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QTest::mouseClick(diskButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
        QCOMPARE(AssetStore::cacheBytes(), 0);
        QCOMPARE(view.diskBytes(), 0);
        QCOMPARE(view.figure(F::DiskBytes), locale.formattedDataSize(0));
        QVERIFY2(view.statusText().startsWith(QLatin1String("Freed ")), qPrintable(view.statusText()));
        QCOMPARE(view.stats().bytes, stats.bytes); // the database's results are untouched

        // Everything: the cache answers nothing any more.
        loaded.clear();
        view.clearCache(0);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 3, kWaitMs);
        QVERIFY(cleared.last().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kWaitMs);
        QVERIFY2(view.statusText().startsWith(QLatin1String("Removed 1 entr")), qPrintable(view.statusText()));
        QCOMPARE(view.stats().bytes, 0);
        QCOMPARE(view.figure(F::ResultBytes), locale.formattedDataSize(0));
        QCOMPARE(GenerationService::cacheStats(db, brand)->bytes, 0);
        const auto fresh = GenerationService::enqueue(db, request);
        QVERIFY(fresh);
        QVERIFY(!fresh->cached);
        QCOMPARE(fresh->status, QStringLiteral("pending"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestStudioInsights test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studioinsights.moc"
