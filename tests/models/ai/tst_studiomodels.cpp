#include "ai/creditusagemodel.h"
#include "ai/modelcomparisonmodel.h"
#include "ai/prompttemplatemodel.h"
#include "ai/providerconfigmodel.h"
#include "ai/trainingmodels.h"
#include "../markingtranslator.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <limits>

using namespace Atelier;
using Atelier::Testing::MarkingTranslator;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QString header(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    return model.headerData(column, Qt::Horizontal, role).toString();
}

Qt::Alignment alignment(const QAbstractItemModel &model, int row, int column)
{
    return Qt::Alignment(model.index(row, column).data(Qt::TextAlignmentRole).toInt());
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;

/// Retranslates \a model under a translator that marks every text: the headers are said again (in \a context),
/// and so are the cells when there are rows. The tester watching \a model checks the signals are well formed.
void checkRetranslates(ColumnTableBase &model, const char *context, int column, const QString &source)
{
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), model.columnCount() - 1);
    QCOMPARE(cells.size(), model.rowCount() > 0 ? 1 : 0);
    QCOMPARE(header(model, column), QString::fromLatin1(context) + QLatin1Char('|') + source);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    model.retranslate();
    QCOMPARE(header(model, column), source);
}

QIcon filled(Qt::GlobalColor color)
{
    QPixmap pixmap(8, 8);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

/// The item models of the AI Studio's views, each under QAbstractItemModelTester while it is filled, refilled,
/// emptied and retranslated: headers, cells, alignment and the roles the views and their proxies read.
class TestStudioModels final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void trainingDatasets()
    {
        TrainingDatasetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, TrainingDatasetModel::NameColumn), QStringLiteral("Dataset"));
        QCOMPARE(header(model, TrainingDatasetModel::ImagesColumn), QStringLiteral("Accepted"));
        QCOMPARE(header(model, TrainingDatasetModel::CreatedColumn), QStringLiteral("Made"));
        QCOMPARE(model.columnKey(TrainingDatasetModel::CreatedColumn), QStringLiteral("created_at"));

        TrainingDataset ready;
        ready.id = QStringLiteral("d1");
        ready.name = QStringLiteral("Spring");
        ready.validated = 2;
        ready.total = 4;
        ready.quality = 71.6;
        ready.status = QStringLiteral("ready");
        ready.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        TrainingDataset empty;
        empty.id = QStringLiteral("d2");
        empty.name = QStringLiteral("Empty");
        empty.total = 3;
        empty.status = QStringLiteral("preparing");
        model.setRows({ready, empty});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, TrainingDatasetModel::NameColumn), QStringLiteral("Spring"));
        QCOMPARE(cell(model, 0, TrainingDatasetModel::ImagesColumn), QStringLiteral("2 of 4"));
        QCOMPARE(cell(model, 0, TrainingDatasetModel::QualityColumn), QStringLiteral("72"));
        QCOMPARE(cell(model, 1, TrainingDatasetModel::QualityColumn), QStringLiteral("none accepted"));
        QCOMPARE(cell(model, 0, TrainingDatasetModel::StatusColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(model, 1, TrainingDatasetModel::StatusColumn), QStringLiteral("Preparing: no image accepted"));
        QVERIFY(!cell(model, 0, TrainingDatasetModel::CreatedColumn).isEmpty());
        QVERIFY(cell(model, 1, TrainingDatasetModel::CreatedColumn).isEmpty()); // never made: no date
        QCOMPARE(cell(model, 1, TrainingDatasetModel::NameColumn, TrainingDatasetModel::IdRole), QStringLiteral("d2"));
        QCOMPARE(alignment(model, 0, TrainingDatasetModel::ImagesColumn), kRight);
        QVERIFY(!model.index(0, TrainingDatasetModel::NameColumn).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(TrainingDatasetModel::statusText(QStringLiteral("training")), QStringLiteral("Training"));
        QCOMPARE(TrainingDatasetModel::statusText(QStringLiteral("odd")), QStringLiteral("odd"));

        TrainingDataset made = ready;
        made.id = QStringLiteral("d3");
        made.name = QStringLiteral("Summer");
        const QPersistentModelIndex spring = model.index(0, 0);
        model.insertRowAt(0, made); // what the view does with a dataset just made: the others keep their place
        QCOMPARE(model.rowOf(QStringLiteral("d3")), 0);
        QCOMPARE(spring.row(), 1);
        checkRetranslates(model, "Atelier::TrainingDatasetModel", TrainingDatasetModel::StatusColumn, QStringLiteral("Status"));

        model.setRows({empty});
        QCOMPARE(model.rowOf(QStringLiteral("d1")), -1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        checkRetranslates(model, "Atelier::TrainingDatasetModel", TrainingDatasetModel::NameColumn, QStringLiteral("Dataset"));
    }

    void trainingImages()
    {
        TrainingImageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, TrainingImageModel::NumberColumn), QStringLiteral("#"));
        QCOMPARE(header(model, TrainingImageModel::VerdictColumn), QStringLiteral("Verdict"));

        TrainingImage accepted;
        accepted.source = QStringLiteral("generation:g42");
        accepted.width = 1024;
        accepted.height = 768;
        accepted.accepted = true;
        accepted.quality = 80.4;
        TrainingImage refused;
        refused.source = QStringLiteral("/home/ana/pictures/small.png");
        refused.width = 200;
        refused.height = 100;
        refused.reason = QStringLiteral("smaller than 512 × 512");
        TrainingImage unchecked;
        unchecked.source = QStringLiteral("/home/ana/pictures/old.jpg");
        model.setRows({accepted, refused, unchecked});
        QCOMPARE(cell(model, 0, TrainingImageModel::NumberColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 2, TrainingImageModel::NumberColumn), QStringLiteral("3"));
        QCOMPARE(alignment(model, 2, TrainingImageModel::NumberColumn), kRight);
        QCOMPARE(cell(model, 0, TrainingImageModel::ImageColumn), QStringLiteral("Generation g42"));
        QCOMPARE(cell(model, 1, TrainingImageModel::ImageColumn), QStringLiteral("small.png"));
        QCOMPARE(cell(model, 1, TrainingImageModel::ImageColumn, Qt::ToolTipRole), QDir::toNativeSeparators(refused.source));
        QCOMPARE(cell(model, 0, TrainingImageModel::SizeColumn), QStringLiteral("1024 × 768"));
        QCOMPARE(cell(model, 2, TrainingImageModel::SizeColumn), QString());
        QCOMPARE(cell(model, 0, TrainingImageModel::VerdictColumn), QStringLiteral("Accepted"));
        QCOMPARE(cell(model, 1, TrainingImageModel::VerdictColumn), QStringLiteral("Refused: smaller than 512 × 512"));
        QCOMPARE(cell(model, 1, TrainingImageModel::VerdictColumn, Qt::ToolTipRole), QStringLiteral("Refused: smaller than 512 × 512"));
        QCOMPARE(cell(model, 2, TrainingImageModel::VerdictColumn), QStringLiteral("Not checked: recorded before images were checked"));
        QCOMPARE(cell(model, 0, TrainingImageModel::QualityColumn), QStringLiteral("80"));
        QCOMPARE(cell(model, 1, TrainingImageModel::QualityColumn), QString());
        QVERIFY(!model.index(0, TrainingImageModel::SizeColumn).data(Qt::ToolTipRole).isValid());

        // The verdict's icons come from the view's style; without them, none.
        QVERIFY(!model.index(0, TrainingImageModel::VerdictColumn).data(Qt::DecorationRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVerdictIcons(filled(Qt::green), filled(Qt::red));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
        const QIcon yes = model.index(0, TrainingImageModel::VerdictColumn).data(Qt::DecorationRole).value<QIcon>();
        const QIcon no = model.index(1, TrainingImageModel::VerdictColumn).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(yes.pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::green));
        QCOMPARE(no.pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::red));
        QVERIFY(!model.index(2, TrainingImageModel::VerdictColumn).data(Qt::DecorationRole).isValid()); // not checked
        QVERIFY(!model.index(0, TrainingImageModel::ImageColumn).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.rowOf(QStringLiteral("generation:g42")), -1); // images have no key

        checkRetranslates(model, "Atelier::TrainingImageModel", TrainingImageModel::QualityColumn, QStringLiteral("Quality"));
        model.setRows({refused});
        QCOMPARE(cell(model, 0, TrainingImageModel::NumberColumn), QStringLiteral("1"));
        model.setRows({});
        checkRetranslates(model, "Atelier::TrainingImageModel", TrainingImageModel::ImageColumn, QStringLiteral("Image"));
    }

    void customModels()
    {
        CustomModelTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, CustomModelTableModel::RegisteredColumn), QStringLiteral("Used as"));

        CustomModel training;
        training.id = QStringLiteral("m1");
        training.name = QStringLiteral("acme/brand-style");
        training.baseModel = QStringLiteral("ostris/flux-dev-lora-trainer:e440");
        training.datasetId = QStringLiteral("d1");
        training.status = QStringLiteral("training");
        CustomModel failed = training;
        failed.id = QStringLiteral("m2");
        failed.datasetId = QStringLiteral("d9");
        failed.status = QStringLiteral("failed");
        failed.error = QStringLiteral("CUDA out of memory");
        model.setRows({training, failed});
        QCOMPARE(cell(model, 0, CustomModelTableModel::DatasetColumn), QStringLiteral("d1")); // not named yet: its id
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDatasetNames({{QStringLiteral("d1"), QStringLiteral("Spring")}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 0, CustomModelTableModel::DatasetColumn), QStringLiteral("Spring"));
        model.nameDataset(QStringLiteral("d9"), QStringLiteral("Autumn"));
        QCOMPARE(cell(model, 0, CustomModelTableModel::DatasetColumn), QStringLiteral("Spring"));
        QCOMPARE(cell(model, 1, CustomModelTableModel::DatasetColumn), QStringLiteral("Autumn"));
        QCOMPARE(cell(model, 0, CustomModelTableModel::NameColumn), QStringLiteral("acme/brand-style"));
        QCOMPARE(cell(model, 0, CustomModelTableModel::BaseColumn, Qt::ToolTipRole), training.baseModel);
        QCOMPARE(cell(model, 0, CustomModelTableModel::StatusColumn), QStringLiteral("Training"));
        QCOMPARE(cell(model, 1, CustomModelTableModel::StatusColumn), QStringLiteral("Failed"));
        QCOMPARE(cell(model, 1, CustomModelTableModel::ErrorColumn), QStringLiteral("CUDA out of memory"));
        QCOMPARE(cell(model, 1, CustomModelTableModel::ErrorColumn, Qt::ToolTipRole), QStringLiteral("CUDA out of memory"));
        QVERIFY(!model.index(1, CustomModelTableModel::StatusColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(cell(model, 1, 0, CustomModelTableModel::IdRole), QStringLiteral("m2"));

        // A poll's answer changes its row only.
        CustomModel done = training;
        done.status = QStringLiteral("ready");
        done.registeredModel = QStringLiteral("acme/brand-style:0f1e");
        done.trainedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        changed.clear();
        model.update(done);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(cell(model, 0, CustomModelTableModel::StatusColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(model, 0, CustomModelTableModel::RegisteredColumn), QStringLiteral("acme/brand-style:0f1e"));
        QVERIFY(!cell(model, 0, CustomModelTableModel::TrainedColumn).isEmpty());
        CustomModel stranger = done;
        stranger.id = QStringLiteral("m7");
        model.update(stranger); // not shown: nothing
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(CustomModelTableModel::statusText(QStringLiteral("ready")), QStringLiteral("Ready"));

        checkRetranslates(model, "Atelier::CustomModelTableModel", CustomModelTableModel::ErrorColumn, QStringLiteral("Error"));
        model.setRows({failed});
        QCOMPARE(cell(model, 0, CustomModelTableModel::DatasetColumn), QStringLiteral("Autumn")); // names kept over a refill
        model.setRows({});
        checkRetranslates(model, "Atelier::CustomModelTableModel", CustomModelTableModel::NameColumn, QStringLiteral("Model"));
    }

    void providers()
    {
        ProviderConfigModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, ProviderConfigModel::KeyColumn), QStringLiteral("API key"));
        QCOMPARE(model.columnOf(u"base_url"), int(ProviderConfigModel::BaseUrlColumn));

        ProviderConfig openai;
        openai.name = QStringLiteral("openai");
        openai.baseUrl = QStringLiteral("https://api.openai.com");
        openai.hasKey = true;
        openai.concurrency = 3;
        openai.perMinute = 0.5;
        ProviderConfig local;
        local.name = QStringLiteral("automatic1111");
        local.baseUrl = QStringLiteral("http://127.0.0.1:7860");
        ProviderConfig offline;
        offline.name = QStringLiteral("offline");
        ProviderConfig stability;
        stability.name = QStringLiteral("stability");
        model.setRows({openai, local, offline, stability});
        QCOMPARE(cell(model, 0, ProviderConfigModel::ProviderColumn), ProviderSettings::displayName(QStringLiteral("openai")));
        QCOMPARE(cell(model, 0, ProviderConfigModel::KeyColumn), QStringLiteral("Stored (encrypted)"));
        QCOMPARE(cell(model, 1, ProviderConfigModel::KeyColumn), QStringLiteral("None (optional)"));
        QCOMPARE(cell(model, 2, ProviderConfigModel::KeyColumn), QStringLiteral("Not needed"));
        QCOMPARE(cell(model, 3, ProviderConfigModel::KeyColumn), QStringLiteral("None"));
        QCOMPARE(cell(model, 0, ProviderConfigModel::BaseUrlColumn), QStringLiteral("https://api.openai.com"));
        QCOMPARE(cell(model, 2, ProviderConfigModel::BaseUrlColumn), QStringLiteral("On this desktop"));
        QCOMPARE(cell(model, 0, ProviderConfigModel::ConcurrencyColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, ProviderConfigModel::RateColumn), QStringLiteral("0.5 a minute"));
        QCOMPARE(alignment(model, 0, ProviderConfigModel::RateColumn), kRight);
        QVERIFY(!model.index(0, ProviderConfigModel::KeyColumn).data(Qt::TextAlignmentRole).isValid());
        // The view finds a provider by its name under Qt::UserRole.
        QCOMPARE(model.match(model.index(0, 0), Qt::UserRole, QStringLiteral("offline")).first().row(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("automatic1111")), 1);

        checkRetranslates(model, "Atelier::ProviderConfigModel", ProviderConfigModel::RateColumn, QStringLiteral("Rate"));
        model.setRows({offline});
        model.setRows({});
        checkRetranslates(model, "Atelier::ProviderConfigModel", ProviderConfigModel::ProviderColumn, QStringLiteral("Provider"));
    }

    void promptTemplates()
    {
        PromptTemplateModel model;
        PromptTemplateFilter filter;
        filter.setSourceModel(&model);
        filter.setSortRole(PromptTemplateModel::SortRole);
        filter.setDynamicSortFilter(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, PromptTemplateModel::SuccessColumn), QStringLiteral("Success rate"));

        PromptTemplate flat;
        flat.id = QStringLiteral("t1");
        flat.name = QStringLiteral("Flat lay");
        flat.category = QStringLiteral("Product");
        flat.prompt = QStringLiteral("A flat lay of {item} on linen");
        flat.variables = {QStringLiteral("item")};
        flat.usageCount = 4;
        flat.successRate = 0.75;
        flat.brandId = QStringLiteral("b1");
        PromptTemplate hero;
        hero.id = QStringLiteral("t2");
        hero.name = QStringLiteral("hero shot");
        hero.category = QStringLiteral("Campaign");
        hero.prompt = QStringLiteral("{item} seen from {angle}, dramatic light");
        hero.variables = {QStringLiteral("item"), QStringLiteral("angle")};
        model.setRows({flat, hero});
        QCOMPARE(cell(model, 0, PromptTemplateModel::NameColumn), QStringLiteral("Flat lay"));
        QCOMPARE(cell(model, 1, PromptTemplateModel::NameColumn), QStringLiteral("hero shot (every brand)"));
        QCOMPARE(cell(model, 0, PromptTemplateModel::NameColumn, Qt::ToolTipRole), flat.prompt);
        QCOMPARE(cell(model, 1, PromptTemplateModel::VariablesColumn), QStringLiteral("{item}, {angle}"));
        QCOMPARE(cell(model, 0, PromptTemplateModel::UsageColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, 0, PromptTemplateModel::SuccessColumn), QStringLiteral("75 %"));
        QCOMPARE(cell(model, 1, PromptTemplateModel::SuccessColumn), QStringLiteral("not used yet"));
        QVERIFY(!cell(model, 1, PromptTemplateModel::SuccessColumn, Qt::ToolTipRole).isEmpty());
        QVERIFY(!model.index(1, PromptTemplateModel::CategoryColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(alignment(model, 0, PromptTemplateModel::UsageColumn), kRight);
        QCOMPARE(cell(model, 1, PromptTemplateModel::NameColumn, PromptTemplateModel::SortRole), QStringLiteral("hero shot"));
        QCOMPARE(model.index(1, PromptTemplateModel::VariablesColumn).data(PromptTemplateModel::SortRole).toInt(), 2);
        QCOMPARE(model.index(1, PromptTemplateModel::SuccessColumn).data(PromptTemplateModel::SortRole).toDouble(), -1.0);
        QCOMPARE(cell(model, 1, 0, PromptTemplateModel::IdRole), QStringLiteral("t2"));

        // Sorted on the raw value (the name without "(every brand)", lower case), filtered by category and words.
        filter.sort(PromptTemplateModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(cell(filter, 0, PromptTemplateModel::NameColumn), QStringLiteral("Flat lay"));
        filter.sort(PromptTemplateModel::SuccessColumn, Qt::AscendingOrder);
        QCOMPARE(cell(filter, 0, PromptTemplateModel::NameColumn, PromptTemplateModel::IdRole), QStringLiteral("t2"));
        filter.setCategory(QStringLiteral("Product"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setCategory({});
        filter.setWords(QStringLiteral("  DRAMATIC   item "));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(cell(filter, 0, 0, PromptTemplateModel::IdRole), QStringLiteral("t2"));
        filter.setWords(QStringLiteral("linen campaign"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setWords({});
        QCOMPARE(filter.rowCount(), 2);

        checkRetranslates(model, "Atelier::PromptTemplateModel", PromptTemplateModel::CategoryColumn, QStringLiteral("Category"));
        model.setRows({hero});
        QCOMPARE(filter.rowCount(), 1);
        model.setRows({});
        QCOMPARE(filter.rowCount(), 0);
        checkRetranslates(model, "Atelier::PromptTemplateModel", PromptTemplateModel::NameColumn, QStringLiteral("Name"));

        PromptTemplateFilter alone; // no source: accepts nothing, no crash
        QCOMPARE(alone.rowCount(), 0);
    }

    void creditUsage()
    {
        CreditUsageModel model;
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(CreditUsageModel::SortRole);
        sorted.setDynamicSortFilter(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, CreditUsageModel::ReservedColumn), QStringLiteral("Held now"));
        QCOMPARE(header(model, CreditUsageModel::LeftColumn, Qt::ToolTipRole),
                 QStringLiteral("The quota less what was used this month and what is held now"));
        QVERIFY(!model.headerData(CreditUsageModel::PersonColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());

        CreditUsage over;
        over.userId = QStringLiteral("u1");
        over.username = QStringLiteral("Ana");
        over.charged = 120;
        over.refunded = 8;
        over.reserved = 20;
        over.monthlyCredits = 100;
        over.usedThisMonth = 90;
        CreditUsage unlimited;
        unlimited.userId = QStringLiteral("u2");
        unlimited.username = QStringLiteral("ben");
        unlimited.charged = 7;
        model.setRows({over, unlimited});
        QCOMPARE(cell(model, 0, CreditUsageModel::PersonColumn), QStringLiteral("Ana"));
        QCOMPARE(cell(model, 0, CreditUsageModel::PersonColumn, Qt::ToolTipRole), QStringLiteral("u1"));
        QCOMPARE(cell(model, 0, CreditUsageModel::ChargedColumn), QStringLiteral("120"));
        QCOMPARE(cell(model, 0, CreditUsageModel::QuotaColumn), QStringLiteral("100"));
        QCOMPARE(cell(model, 1, CreditUsageModel::QuotaColumn), QStringLiteral("no quota"));
        QCOMPARE(cell(model, 0, CreditUsageModel::LeftColumn), QStringLiteral("-10"));
        QCOMPARE(cell(model, 1, CreditUsageModel::LeftColumn), QStringLiteral("—"));
        QVERIFY(cell(model, 0, CreditUsageModel::LeftColumn, Qt::ToolTipRole).startsWith(QLatin1String("Over the quota")));
        QVERIFY(!model.index(1, CreditUsageModel::LeftColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(alignment(model, 0, CreditUsageModel::PersonColumn), kLeft);
        QCOMPARE(alignment(model, 0, CreditUsageModel::UsedColumn), kRight);
        QCOMPARE(model.index(1, CreditUsageModel::QuotaColumn).data(CreditUsageModel::SortRole).toLongLong(), -1);
        QCOMPARE(model.index(1, CreditUsageModel::LeftColumn).data(CreditUsageModel::SortRole).toLongLong(),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(cell(model, 1, CreditUsageModel::LeftColumn, CreditUsageModel::UserIdRole), QStringLiteral("u2"));

        sorted.sort(CreditUsageModel::LeftColumn, Qt::DescendingOrder); // no quota: no limit, first
        QCOMPARE(cell(sorted, 0, 0, CreditUsageModel::UserIdRole), QStringLiteral("u2"));
        sorted.sort(CreditUsageModel::ChargedColumn, Qt::DescendingOrder);
        QCOMPARE(cell(sorted, 0, 0, CreditUsageModel::UserIdRole), QStringLiteral("u1"));
        sorted.sort(CreditUsageModel::PersonColumn, Qt::DescendingOrder); // "ben" after "Ana" whatever the case
        QCOMPARE(cell(sorted, 0, 0, CreditUsageModel::UserIdRole), QStringLiteral("u2"));

        checkRetranslates(model, "Atelier::CreditUsageModel", CreditUsageModel::UsedColumn, QStringLiteral("Used this month"));
        model.setRows({unlimited});
        QCOMPARE(model.rowOf(QStringLiteral("u2")), 0);
        model.setRows({});
        checkRetranslates(model, "Atelier::CreditUsageModel", CreditUsageModel::PersonColumn, QStringLiteral("Person"));
    }

    void modelComparison()
    {
        ModelComparisonModel model;
        ModelFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ModelComparisonModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(model, ModelComparisonModel::P95Column), QStringLiteral("p95 time"));
        QCOMPARE(header(model, ModelComparisonModel::PriceColumn, Qt::ToolTipRole), QStringLiteral("Credits a result costs, from the registry"));

        AiModel dalle{QStringLiteral("1"), QStringLiteral("dall-e-3"), QStringLiteral("openai"), QStringLiteral("2d"), 4, 0.04, 12, 82, true};
        AiModel mesh{QStringLiteral("2"), QStringLiteral("stable-fast-3d"), QStringLiteral("stability"), QStringLiteral("3d"), 10, 0.1, 30, 70, false};
        ModelStats dalleStats;
        dalleStats.model = QStringLiteral("dall-e-3");
        dalleStats.generations = 10;
        dalleStats.completed = 8;
        dalleStats.failed = 2;
        dalleStats.successRate = 0.8;
        dalleStats.p50Ms = 1500;
        dalleStats.p95Ms = 12500;
        dalleStats.meanCredits = 4;
        dalleStats.meanQuality = 77.26;
        ModelStats gone;
        gone.model = QStringLiteral("old-model");
        gone.provider = QStringLiteral("replicate");
        gone.generations = 3;
        model.setRows({dalle, mesh}, {dalleStats, gone});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("old-model")), 2);
        QCOMPARE(cell(model, 0, ModelComparisonModel::ProviderColumn), QStringLiteral("openai")); // the registry's, the record had none
        QCOMPARE(cell(model, 0, ModelComparisonModel::AvgSecondsColumn), QStringLiteral("12 s"));
        QCOMPARE(cell(model, 0, ModelComparisonModel::SuccessColumn), QStringLiteral("80.0%"));
        QCOMPARE(cell(model, 0, ModelComparisonModel::SuccessColumn, Qt::ToolTipRole), QStringLiteral("8 completed, 2 failed"));
        QCOMPARE(cell(model, 0, ModelComparisonModel::P50Column), QStringLiteral("1.50 s"));
        QCOMPARE(cell(model, 0, ModelComparisonModel::P95Column), QStringLiteral("12.5 s"));
        QCOMPARE(cell(model, 0, ModelComparisonModel::MeanQualityColumn), QStringLiteral("77.3"));
        QCOMPARE(cell(model, 1, ModelComparisonModel::ActiveColumn), QStringLiteral("retired"));
        QCOMPARE(cell(model, 1, ModelComparisonModel::SuccessColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 1, ModelComparisonModel::GenerationsColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, 2, ModelComparisonModel::ProviderColumn), QStringLiteral("replicate"));
        QCOMPARE(cell(model, 2, ModelComparisonModel::TypeColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 2, ModelComparisonModel::ActiveColumn), QStringLiteral("not in the registry"));
        QVERIFY(cell(model, 2, ModelComparisonModel::PriceColumn, Qt::ToolTipRole).contains(QLatin1String("no longer in the registry")));
        QCOMPARE(alignment(model, 0, ModelComparisonModel::ActiveColumn), kLeft);
        QCOMPARE(alignment(model, 0, ModelComparisonModel::PriceColumn), kRight);
        QCOMPARE(model.index(2, ModelComparisonModel::PriceColumn).data(ModelComparisonModel::SortRole).toInt(), -1);
        QCOMPARE(model.index(0, ModelComparisonModel::P95Column).data(ModelComparisonModel::SortRole).toDouble(), 12500.0);
        QCOMPARE(cell(model, 1, 0, ModelComparisonModel::NameRole), QStringLiteral("stable-fast-3d"));
        QCOMPARE(cell(model, 1, 0, ModelComparisonModel::TypeRole), QStringLiteral("3d"));
        QCOMPARE(ModelComparisonModel::percentText(0.935), QStringLiteral("93.5%"));
        QCOMPARE(ModelComparisonModel::secondsText(950), QStringLiteral("0.95 s"));

        proxy.sort(ModelComparisonModel::GenerationsColumn, Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, ModelComparisonModel::NameColumn), QStringLiteral("dall-e-3"));
        proxy.setCriteria(QStringLiteral("stability"), {});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setCriteria({}, QStringLiteral("2d"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ModelComparisonModel::NameColumn), QStringLiteral("dall-e-3"));
        proxy.setCriteria(QStringLiteral("openai"), QStringLiteral("3d"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setCriteria({}, {});
        QCOMPARE(proxy.rowCount(), 3);

        checkRetranslates(model, "Atelier::ModelComparisonModel", ModelComparisonModel::GenerationsColumn, QStringLiteral("Generations"));
        model.setRows({mesh}, {});
        QCOMPARE(proxy.rowCount(), 1);
        model.setRows({}, {});
        QCOMPARE(proxy.rowCount(), 0);
        checkRetranslates(model, "Atelier::ModelComparisonModel", ModelComparisonModel::NameColumn, QStringLiteral("Model"));
    }
};

QTEST_MAIN(TestStudioModels)
#include "tst_studiomodels.moc"
