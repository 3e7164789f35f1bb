#include "analytics/segmentservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
/// Criteria written with single quotes, which read better in C++ than escaped double quotes.
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}
} // namespace

/// Segments on the hand-made channels dataset (tests/data/channels/events.tsv): u1 (FR, social then email,
/// buys once), u2 (DE, ads, buys once), u3 (FR, social), u4 (US, no channel).
class TestSegmentService final : public QObject
{
    Q_OBJECT
private slots:
    void countsAndLists_data() { ScratchDatabase::addDialectRows(); }
    void countsAndLists()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/channels/events.tsv")).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const QDate from(2026, 3, 2), to(2026, 3, 3);
        auto size = [&](const char *criteria) {
            const auto n = SegmentService::count(db.value(), brand.value(), from, to, json(criteria));
            return n.ok() ? n.value() : -1;
        };
        QCOMPARE(size("{'all': [{'property': 'country', 'op': 'eq', 'value': 'FR'}]}"), 2);
        QCOMPARE(size("{'any': [{'property': 'country', 'op': 'in', 'value': ['DE', 'US']}, {'event': 'purchase', 'op': 'at_least', 'count': 1}]}"), 3);
        QCOMPARE(size("{'all': [{'property': 'country', 'op': 'eq', 'value': 'FR'}, {'event': 'purchase', 'op': 'at_most', 'count': 0}]}"), 1);
        QCOMPARE(size("{'all': [{'event': 'purchase', 'op': 'exactly', 'count': 1, 'within_days': 1}]}"), 2);
        QCOMPARE(size("{'all': [{'any': [{'property': 'channel', 'op': 'eq', 'value': 'ads'}, {'property': 'channel', 'op': 'eq', 'value': 'email'}]}, {'property': 'country', 'op': 'neq', 'value': 'DE'}]}"), 1);
        QCOMPARE(size("{'all': [{'property': 'channel', 'op': 'exists'}]}"), 3);
        // Values are bound: SQL in a value is only a value nobody has.
        const QJsonObject injection{{QStringLiteral("all"),
                                     QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("country")},
                                                            {QStringLiteral("op"), QStringLiteral("eq")},
                                                            {QStringLiteral("value"), QStringLiteral("FR' OR '1'='1")}}}}};
        QCOMPARE(SegmentService::count(db.value(), brand.value(), from, to, injection).value(), 0);

        const QJsonObject either = json("{'any': [{'property': 'country', 'op': 'in', 'value': ['DE', 'US']}, {'event': 'purchase', 'op': 'at_least', 'count': 1}]}");
        const auto all = SegmentService::users(db.value(), brand.value(), from, to, either, 10, 0);
        QVERIFY(all.ok());
        QCOMPARE(all.value(), (QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u4")}));
        QCOMPARE(SegmentService::users(db.value(), brand.value(), from, to, either, 2, 1).value(),
                 (QStringList{QStringLiteral("u2"), QStringLiteral("u4")}));

        const auto created = SegmentService::create(db.value(), brand.value(), from, to, QStringLiteral("Buyers or abroad"), either);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->userCount, 3);
        const auto listed = SegmentService::list(db.value(), brand.value());
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("Buyers or abroad"));
        QCOMPARE(listed->first().criteria, either);
        QCOMPARE(listed->first().userCount, 3);

        // A damaged criteria column (invalid text on SQLite; jsonb of the wrong type on PostgreSQL) is an error naming the
        // row, not a segment of everyone.
        QSqlQuery damage(db.value());
        QVERIFY(damage.exec(QStringLiteral("UPDATE analytics_segments SET criteria = %1 WHERE id = '%2'")
                                .arg(dialect == QLatin1String("sqlite") ? QStringLiteral("'{\"all\": ['") : QStringLiteral("'[1]'"),
                                     created->id)));
        const auto damaged = SegmentService::list(db.value(), brand.value());
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().message.contains(created->id) && damaged.error().message.contains(QLatin1String("criteria")),
                 qPrintable(damaged.error().message));
    }

    void refusesMalformedCriteria_data()
    {
        QTest::addColumn<QString>("criteria");
        QTest::addColumn<QString>("where");
        QTest::newRow("operator") << "{'all': [{'property': 'country', 'op': 'like', 'value': 'F%'}]}"
                                  << "criteria.all[0].op: unknown operator \"like\"";
        QTest::newRow("property") << "{'all': [{'property': 'password', 'op': 'eq', 'value': 'x'}]}"
                                  << "criteria.all[0].property: unknown property \"password\"";
        QTest::newRow("empty group") << "{'any': []}" << "criteria.any: expected a non-empty list";
        QTest::newRow("count") << "{'all': [{'event': 'purchase', 'op': 'at_least', 'count': 1.5}]}"
                               << "criteria.all[0].count";
        QTest::newRow("unknown leaf") << "{'all': [{'foo': 1}]}" << "criteria.all[0]: expected \"all\", \"any\"";
        QTest::newRow("extra field") << "{'all': [{'property': 'country', 'op': 'eq', 'value': 'FR', 'extra': 1}]}"
                                     << "criteria.all[0]: unknown field \"extra\"";
        QTest::newRow("nested") << "{'all': [{'any': [{'event': 'buy now; drop', 'op': 'at_least', 'count': 1}]}]}"
                                << "criteria.all[0].any[0].event";
        QTest::newRow("value type") << "{'all': [{'property': 'country', 'op': 'in', 'value': 'FR'}]}"
                                    << "criteria.all[0].value: expected a list";
    }
    void refusesMalformedCriteria()
    {
        QFETCH(QString, criteria);
        QFETCH(QString, where);
        const auto result = SegmentService::validate(json(criteria.toUtf8().constData()));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(where), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSegmentService)
#include "tst_segmentservice.moc"
