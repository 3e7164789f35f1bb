#include "core/database.h"
#include "core/migrator.h"
#include "scratchdatabase.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Both dialects define the same tables, columns and named indexes, and the schema has every model of
/// the requirements.
class TestSchemaParity final : public QObject
{
    Q_OBJECT
private:
    using Columns = QMap<QString, QStringList>;

    static Columns sqliteColumns(const QSqlDatabase &db, QSet<QString> &indexes)
    {
        Columns result;
        for (const QString &table : db.tables()) {
            if (table.startsWith(QLatin1String("sqlite_")))
                continue;
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (q.next())
                result[table].append(q.value(1).toString());
            result[table].sort();
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
        while (q.next())
            indexes.insert(q.value(0).toString());
        return result;
    }

    static Columns postgresColumns(const QSqlDatabase &db, QSet<QString> &indexes)
    {
        Columns result;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema()"));
        while (q.next())
            result[q.value(0).toString()].append(q.value(1).toString());
        for (auto &columns : result)
            columns.sort();
        q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%_idx'"));
        while (q.next())
            indexes.insert(q.value(0).toString());
        return result;
    }

private slots:
    void dialectsMatch()
    {
        ScratchDatabase lite(QStringLiteral("sqlite"));
        ScratchDatabase pg(QStringLiteral("postgresql"));
        if (pg.skip())
            QSKIP(qPrintable(pg.problem()));
        QVERIFY2(pg.problem().isEmpty(), qPrintable(pg.problem()));
        auto liteDb = Database::open(lite.url());
        auto pgDb = Database::open(pg.url());
        QVERIFY(liteDb.ok() && pgDb.ok());
        QVERIFY(Migrator::migrate(liteDb.value()).ok());
        QVERIFY(Migrator::migrate(pgDb.value()).ok());
        QSet<QString> liteIndexes, pgIndexes;
        const Columns a = sqliteColumns(liteDb.value(), liteIndexes);
        const Columns b = postgresColumns(pgDb.value(), pgIndexes);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.begin(); it != a.end(); ++it)
            QVERIFY2(it.value() == b.value(it.key()),
                     qPrintable(QStringLiteral("%1: sqlite [%2] vs postgresql [%3]")
                                    .arg(it.key(), it.value().join(QLatin1Char(',')), b.value(it.key()).join(QLatin1Char(',')))));
        QCOMPARE(liteIndexes, pgIndexes);
    }

    void hasEveryModel_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("columns");
        QTest::newRow("AnalyticsEvent") << "analytics_events" << "id,event_type,user_id,session_id,properties,timestamp,brand_id";
        QTest::newRow("AnalyticsFunnel") << "analytics_funnels" << "id,name,steps,brand_id,created_at";
        QTest::newRow("AnalyticsCohort") << "analytics_cohorts" << "id,cohort_date,period,retention,revenue,brand_id";
        QTest::newRow("AnalyticsSegment") << "analytics_segments" << "id,name,criteria,user_count,brand_id";
        QTest::newRow("AnalyticsCorrelation") << "analytics_correlations" << "id,metric1,metric2,correlation,significance,brand_id";
        QTest::newRow("AnalyticsPrediction") << "analytics_predictions" << "id,type,value,confidence,period,brand_id,created_at";
        QTest::newRow("AIGeneration") << "ai_generations"
                                      << "id,type,prompt,model,parameters,status,result_url,thumbnail_url,credits,cost_cents,"
                                         "duration,quality,user_id,brand_id,created_at,completed_at";
        QTest::newRow("AIModel") << "ai_models" << "id,name,provider,type,cost_per_generation,avg_time,quality,is_active,metadata";
        QTest::newRow("AIPromptTemplate") << "ai_prompt_templates"
                                          << "id,name,category,prompt,variables,success_rate,usage_count,user_id,brand_id,created_at";
        QTest::newRow("AICollection") << "ai_collections" << "id,name,description,user_id,brand_id,is_shared,created_at";
        QTest::newRow("AICollection link") << "ai_collection_generations" << "collection_id,generation_id,brand_id";
        QTest::newRow("AIVersion") << "ai_versions" << "id,generation_id,version,prompt,parameters,result_url,quality,created_at";
        QTest::newRow("AITrainingDataset") << "ai_training_datasets" << "id,name,images,validated,total,quality,status,brand_id,created_at";
        QTest::newRow("AICustomModel") << "ai_custom_models"
                                       << "id,name,base_model,dataset_id,accuracy,status,cost_cents,brand_id,created_at,trained_at";
        QTest::newRow("SharedResource") << "shared_resources"
                                        << "id,resource_type,resource_id,shared_with,permissions,created_by,brand_id,created_at";
        QTest::newRow("Comment") << "comments" << "id,resource_type,resource_id,content,author_id,brand_id,created_at,updated_at";
        QTest::newRow("Annotation") << "annotations" << "id,resource_type,resource_id,type,position,content,author_id,brand_id,created_at";
        QTest::newRow("SecurityAudit") << "security_audits"
                                       << "id,action,resource_type,resource_id,user_id,ip_address,user_agent,metadata,created_at";
        QTest::newRow("Watermark") << "watermarks" << "id,resource_type,resource_id,type,data,created_at";
        QTest::newRow("Translation") << "translations" << "id,key,language,value,context,created_at,updated_at";
        QTest::newRow("AccessibilityReport") << "accessibility_reports" << "id,page,score,issues,user_id,created_at";
        QTest::newRow("Workflow") << "workflows" << "id,name,description,trigger,actions,status,brand_id,created_at";
        QTest::newRow("WorkflowExecution") << "workflow_executions" << "id,workflow_id,status,result,started_at,completed_at";
        QTest::newRow("AICost") << "ai_costs" << "id,generation_id,user_id,brand_id,provider,model,credits,cost_cents";
        QTest::newRow("PromptTemplate") << "prompt_templates" << "id,name,content,variables";
        QTest::newRow("DesignDNA") << "design_dna" << "id,name,embedding,parameters,brand_id";
        QTest::newRow("UserQuota") << "user_quotas" << "id,user_id,brand_id,monthly_credits,credits_used";
        QTest::newRow("Experiment") << "experiments" << "id,name,status,brand_id";
        QTest::newRow("Experiment variant") << "experiment_variants" << "id,experiment_id,name,is_control,planned_allocation,brand_id";
        QTest::newRow("Conversion") << "conversions" << "id,user_id,experiment_id,variant,brand_id,converted_at";
        QTest::newRow("Attribution") << "attributions" << "id,conversion_id,channel,model,weight,brand_id";
        QTest::newRow("MonitoringMetric") << "monitoring_metrics" << "id,name,value,unit,recorded_at";
        QTest::newRow("ServiceHealth") << "service_health" << "id,service,status,checked_at";
        QTest::newRow("Alert") << "alerts" << "id,name,severity,status,created_at";
        QTest::newRow("Brand") << "brands" << "id,slug,name,industry";
        QTest::newRow("User") << "users" << "id,username,display_name";
        QTest::newRow("BrandMembership") << "brand_memberships" << "user_id,brand_id,role";
    }
    void hasEveryModel()
    {
        QFETCH(QString, table);
        QFETCH(QString, columns);
        ScratchDatabase lite(QStringLiteral("sqlite"));
        auto db = Database::open(lite.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSet<QString> unused;
        const Columns all = sqliteColumns(db.value(), unused);
        QVERIFY2(all.contains(table), qPrintable(table));
        for (const QString &column : columns.split(QLatin1Char(',')))
            QVERIFY2(all.value(table).contains(column), qPrintable(table + QLatin1Char('.') + column));
    }

    void enforcesUniqueAndForeignKeys()
    {
        ScratchDatabase lite(QStringLiteral("sqlite"));
        auto db = Database::open(lite.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b1', 'one', 'One', 'home')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b2', 'one', 'Two', 'home')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO analytics_events (event_type, brand_id) VALUES ('x', 'nope')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO translations (id, key, language, value) VALUES ('t1', 'k', 'fr', 'v')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO translations (id, key, language, value) VALUES ('t2', 'k', 'fr', 'w')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO brand_memberships (user_id, brand_id, role) VALUES ('u', 'b1', 'owner')")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schemaparity.moc"
