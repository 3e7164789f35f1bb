#include "analytics/funnelservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <map>
#include <optional>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Ordered funnels on a hand-made dataset (tests/data/funnel/events.tsv explains every user):
/// ties in time, repeated step events, several attempts, users without ids, breakdown and exclusions.
class TestFunnelService final : public QObject
{
    Q_OBJECT
private:
    static FunnelQuery threeSteps()
    {
        FunnelQuery q;
        q.steps = {{QStringLiteral("page_view"), {}}, {QStringLiteral("signup"), {}}, {QStringLiteral("purchase"), {}}};
        q.windowSeconds = 3600;
        return q;
    }
    static QList<qint64> users(const QList<FunnelStepResult> &steps)
    {
        QList<qint64> list;
        for (const FunnelStepResult &s : steps)
            list.append(s.users);
        return list;
    }

    /// An event as the database holds it, read back with its id.
    struct Event
    {
        qint64 id = 0;
        QString type;
        QString user; // empty: none
        qint64 ms = 0;
        QJsonObject properties;
    };

    /// The funnel worked out in C++, straight from the definition the service documents: every step-1
    /// event starts an attempt that takes, step after step, the earliest qualifying event (smallest id on
    /// a tie) no earlier than the previous one, distinct from those taken, up to t1 + window; exclusions
    /// stop an attempt before a step; a user counts with the attempt reaching furthest, then the earliest,
    /// then the smallest id.
    static FunnelResult reference(const QList<Event> &events, qint64 startMs, qint64 endMs, const FunnelQuery &query)
    {
        const int n = int(query.steps.size());
        auto qualifies = [&](const Event &e, int k) {
            if (e.type != query.steps.at(k).event)
                return false;
            for (const auto &[property, value] : query.steps.at(k).filters)
                if (!e.properties.contains(property) || e.properties.value(property).toString() != value)
                    return false;
            return true;
        };
        QHash<QString, QList<Event>> byUser;
        for (const Event &e : events)
            if (!e.user.isEmpty())
                byUser[e.user].append(e);
        struct Chosen
        {
            int r = 0;
            QList<qint64> t;
            QString bk;
        };
        std::map<QString, Chosen> chosen;
        for (auto it = byUser.cbegin(); it != byUser.cend(); ++it) {
            const QList<Event> &mine = it.value();
            std::optional<std::tuple<int, qint64, qint64>> best; // (-r, t1, id1)
            Chosen pick;
            for (const Event &first : mine) {
                if (first.ms < startMs || first.ms >= endMs || !qualifies(first, 0))
                    continue;
                QList<qint64> t{first.ms};
                QList<qint64> taken{first.id};
                for (int k = 1; k < n; ++k) {
                    const Event *next = nullptr;
                    for (const Event &e : mine) {
                        if (e.ms < t.last() || e.ms >= endMs || e.ms > first.ms + query.windowSeconds * 1000 || !qualifies(e, k)
                            || taken.contains(e.id))
                            continue;
                        if (!next || e.ms < next->ms || (e.ms == next->ms && e.id < next->id))
                            next = &e;
                    }
                    if (!next)
                        break;
                    t.append(next->ms);
                    taken.append(next->id);
                }
                int r = int(t.size());
                for (const FunnelExclusion &x : query.exclusions) {
                    if (r < x.toStep)
                        continue;
                    for (const Event &e : mine)
                        if (e.type == x.event && e.ms >= t.at(x.fromStep - 1) && e.ms <= t.at(x.toStep - 1)) {
                            r = x.toStep - 1;
                            break;
                        }
                }
                const auto key = std::make_tuple(-r, first.ms, first.id);
                if (!best || key < *best) {
                    best = key;
                    pick = {r, t, query.breakdown.isEmpty() ? QString() : first.properties.value(query.breakdown).toString()};
                }
            }
            if (best)
                chosen[it.key()] = pick;
        }
        auto tally = [&](const std::optional<QString> &value) {
            QList<FunnelStepResult> steps;
            for (int k = 0; k < n; ++k) {
                FunnelStepResult s;
                s.event = query.steps.at(k).event;
                QList<double> d;
                for (const auto &[user, c] : chosen) {
                    if ((value && c.bk != *value) || c.r <= k)
                        continue;
                    ++s.users;
                    if (k > 0)
                        d.append(double(c.t.at(k) - c.t.at(k - 1)) / 1000.0);
                }
                if (!d.isEmpty()) {
                    std::sort(d.begin(), d.end());
                    double sum = 0;
                    for (double v : std::as_const(d))
                        sum += v;
                    s.meanSecondsFromPrevious = sum / double(d.size());
                    s.medianSecondsFromPrevious = (d.at((d.size() - 1) / 2) + d.at(d.size() / 2)) / 2;
                }
                const qint64 first = steps.isEmpty() ? s.users : steps.first().users;
                const qint64 previous = steps.isEmpty() ? s.users : steps.last().users;
                s.conversionFromStart = first > 0 ? double(s.users) / double(first) : 0;
                s.conversionFromPrevious = previous > 0 ? double(s.users) / double(previous) : 0;
                steps.append(s);
            }
            return steps;
        };
        FunnelResult result;
        result.steps = tally(std::nullopt);
        if (!query.breakdown.isEmpty()) {
            QStringList values;
            for (const auto &[user, c] : chosen)
                if (!values.contains(c.bk))
                    values.append(c.bk);
            for (const QString &v : std::as_const(values))
                result.breakdown.append({v, tally(v)});
            std::sort(result.breakdown.begin(), result.breakdown.end(), [](const auto &a, const auto &b) {
                const qint64 ua = a.second.first().users, ub = b.second.first().users;
                return ua != ub ? ua > ub : a.first < b.first;
            });
        }
        return result;
    }

    static bool near(const std::optional<double> &a, const std::optional<double> &b)
    {
        if (a.has_value() != b.has_value())
            return false;
        return !a || std::abs(*a - *b) <= 1e-6 * std::max(1.0, std::abs(*b));
    }

    /// Where two results differ, or an empty string.
    static QString difference(const FunnelResult &got, const FunnelResult &want)
    {
        auto compare = [](const QString &where, const QList<FunnelStepResult> &a, const QList<FunnelStepResult> &b) -> QString {
            if (a.size() != b.size())
                return QStringLiteral("%1: %2 steps instead of %3").arg(where).arg(a.size()).arg(b.size());
            for (int k = 0; k < a.size(); ++k) {
                const FunnelStepResult &x = a.at(k), &y = b.at(k);
                if (x.users != y.users || !near(x.conversionFromStart, y.conversionFromStart)
                    || !near(x.conversionFromPrevious, y.conversionFromPrevious)
                    || !near(x.meanSecondsFromPrevious, y.meanSecondsFromPrevious)
                    || !near(x.medianSecondsFromPrevious, y.medianSecondsFromPrevious))
                    return QStringLiteral("%1, step %2: users %3 (expected %4), mean %5 (%6), median %7 (%8)")
                        .arg(where)
                        .arg(k + 1)
                        .arg(x.users)
                        .arg(y.users)
                        .arg(x.meanSecondsFromPrevious.value_or(-1))
                        .arg(y.meanSecondsFromPrevious.value_or(-1))
                        .arg(x.medianSecondsFromPrevious.value_or(-1))
                        .arg(y.medianSecondsFromPrevious.value_or(-1));
            }
            return {};
        };
        if (QString d = compare(QStringLiteral("whole funnel"), got.steps, want.steps); !d.isEmpty())
            return d;
        if (got.breakdown.size() != want.breakdown.size())
            return QStringLiteral("%1 breakdown values instead of %2").arg(got.breakdown.size()).arg(want.breakdown.size());
        for (int i = 0; i < got.breakdown.size(); ++i) {
            if (got.breakdown.at(i).first != want.breakdown.at(i).first)
                return QStringLiteral("breakdown value %1 is \"%2\" instead of \"%3\"")
                    .arg(i)
                    .arg(got.breakdown.at(i).first, want.breakdown.at(i).first);
            if (QString d = compare(got.breakdown.at(i).first, got.breakdown.at(i).second, want.breakdown.at(i).second); !d.isEmpty())
                return d;
        }
        return {};
    }

private slots:
    void window()
    {
        QCOMPARE(FunnelService::parseWindow(QStringLiteral("14d")).value(), 14 * 86400);
        QCOMPARE(FunnelService::parseWindow(QStringLiteral("2h")).value(), 7200);
        QCOMPARE(FunnelService::parseWindow(QStringLiteral("90")).value(), 90);
        QVERIFY(!FunnelService::parseWindow(QStringLiteral("0d")).ok());
        QVERIFY(!FunnelService::parseWindow(QStringLiteral("-3d")).ok());
        QVERIFY(!FunnelService::parseWindow(QStringLiteral("two weeks")).ok());
    }

    void matchesHandCountedFunnel_data() { ScratchDatabase::addDialectRows(); }
    void matchesHandCountedFunnel()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/funnel/events.tsv")).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const QDate from(2026, 3, 2), to(2026, 3, 3);

        FunnelQuery query = threeSteps();
        query.breakdown = QStringLiteral("channel");
        const auto f = FunnelService::compute(db.value(), brand.value(), from, to, query);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QCOMPARE(users(f->steps), (QList<qint64>{6, 4, 3}));
        QCOMPARE(f->steps.at(1).conversionFromStart, 4.0 / 6.0);
        QCOMPARE(f->steps.at(2).conversionFromPrevious, 3.0 / 4.0);
        QVERIFY(!f->steps.at(0).medianSecondsFromPrevious.has_value());
        QCOMPARE(*f->steps.at(1).meanSecondsFromPrevious, 900.0);
        QCOMPARE(*f->steps.at(1).medianSecondsFromPrevious, 450.0);
        QCOMPARE(*f->steps.at(2).meanSecondsFromPrevious, 1120.0);
        QCOMPARE(*f->steps.at(2).medianSecondsFromPrevious, 900.0);
        // Time to convert, step 1 to 3: u4 in 20 min, u1 in 40 min, u5 in 56 min.
        QCOMPARE(f->timeToConvert, (QList<qint64>{0, 0, 1, 2, 0, 0, 0, 0, 0}));
        QCOMPARE(f->breakdown.size(), 3);
        QCOMPARE(f->breakdown.at(0).first, QStringLiteral("email"));
        QCOMPARE(users(f->breakdown.at(0).second), (QList<qint64>{3, 3, 3}));
        QCOMPARE(f->breakdown.at(1).first, QStringLiteral("social"));
        QCOMPARE(users(f->breakdown.at(1).second), (QList<qint64>{2, 1, 0}));
        QCOMPARE(f->breakdown.at(2).first, QString());
        QCOMPARE(users(f->breakdown.at(2).second), (QList<qint64>{1, 0, 0}));

        // A refund between signup and purchase stops u1's attempt before the purchase.
        query = threeSteps();
        query.exclusions = {{QStringLiteral("refund"), 2, 3}};
        const auto excluded = FunnelService::compute(db.value(), brand.value(), from, to, query);
        QVERIFY(excluded.ok());
        QCOMPARE(users(excluded->steps), (QList<qint64>{6, 4, 2}));

        // Repeated step types take distinct events, even at the same instant.
        FunnelQuery twice;
        twice.steps = {{QStringLiteral("page_view"), {}}, {QStringLiteral("page_view"), {}}};
        twice.windowSeconds = 3600;
        const auto repeated = FunnelService::compute(db.value(), brand.value(), from, to, twice);
        QVERIFY(repeated.ok());
        QCOMPARE(users(repeated->steps), (QList<qint64>{6, 2}));
        QCOMPARE(*repeated->steps.at(1).medianSecondsFromPrevious, 150.0); // u5: 300 s, u7: 0 s

        // A property filter on a step.
        FunnelQuery filtered = threeSteps();
        filtered.steps[0].filters = {{QStringLiteral("channel"), QStringLiteral("social")}};
        const auto social = FunnelService::compute(db.value(), brand.value(), from, to, filtered);
        QVERIFY(social.ok());
        QCOMPARE(users(social->steps), (QList<qint64>{3, 2, 0})); // u2, u3, u5 (whose social view leads to signup)

        // Nothing in range: zeros, never NaN.
        const auto empty = FunnelService::compute(db.value(), brand.value(), QDate(2025, 1, 1), QDate(2025, 1, 2), threeSteps());
        QVERIFY(empty.ok());
        QCOMPARE(users(empty->steps), (QList<qint64>{0, 0, 0}));
        QCOMPARE(empty->steps.at(2).conversionFromStart, 0.0);
    }

    /// Random small datasets, dense in ties and repeats, against the reference above: distinct and
    /// repeated step types, filters, breakdowns, exclusions and windows of every size.
    void agreesWithReferenceOnRandomData_data() { ScratchDatabase::addDialectRows(); }
    void agreesWithReferenceOnRandomData()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QRandomGenerator random(20260601);
        const QStringList types = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("x")};
        const QStringList channels = {QStringLiteral("email"), QStringLiteral("social"), QString()};
        // Around the start of the range [2026-03-02, 2026-03-03) and, for a fifth of the events, around its end.
        const QDateTime early(QDate(2026, 3, 1), QTime(23, 50), Qt::UTC), late(QDate(2026, 3, 2), QTime(23, 20), Qt::UTC);
        QByteArray text;
        for (int u = 0; u < 60; ++u) {
            const int count = int(random.bounded(14));
            for (int i = 0; i < count; ++i) {
                const QString brand = random.bounded(10) == 0 ? QStringLiteral("b2") : QStringLiteral("b1");
                const QString user = random.bounded(15) == 0 ? QStringLiteral("-") : QStringLiteral("u%1").arg(u);
                // Minutes on a coarse grid, so that many events share their instant; some fall outside the range.
                const QDateTime &base = random.bounded(5) == 0 ? late : early;
                const QDateTime at = base.addSecs(qint64(random.bounded(30)) * 120 * (random.bounded(4) == 0 ? 11 : 1));
                const QString channel = channels.at(int(random.bounded(3)));
                const QString properties = channel.isEmpty() ? QStringLiteral("{}")
                                                             : QStringLiteral("{\"channel\":\"%1\"}").arg(channel);
                text += QStringLiteral("%1\t%2\t%3\ts\t%4\t%5\n")
                            .arg(brand, types.at(int(random.bounded(types.size()))), user,
                                 at.toString(Qt::ISODateWithMs), properties)
                            .toUtf8();
            }
        }
        QVERIFY(Testing::loadEventText(db.value(), text).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        const SqlDialect sql = SqlDialect::of(db.value());
        QList<Event> events;
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT id, event_type, user_id, timestamp, properties FROM analytics_events "
                                      "WHERE brand_id = 'b1'")));
        while (q.next())
            events.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           sql.toDateTime(q.value(3)).toMSecsSinceEpoch(),
                           QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
        QVERIFY(events.size() > 300);

        const QDate from(2026, 3, 2), to(2026, 3, 3);
        const qint64 startMs = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 endMs = QDateTime(to, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const QList<qint64> windows = {1, 120, 600, 1800, 86400};
        int repeatedCases = 0;
        for (int round = 0; round < 120; ++round) {
            FunnelQuery query;
            const int n = 1 + int(random.bounded(4));
            const bool distinct = round % 2 == 0;
            QStringList pool = types.mid(0, 3);
            for (int k = 0; k < n; ++k) {
                const QString type = distinct && k < 3 ? pool.takeAt(int(random.bounded(pool.size())))
                                                       : types.at(int(random.bounded(3)));
                FunnelStep step{type, {}};
                if (random.bounded(4) == 0)
                    step.filters = {{QStringLiteral("channel"), channels.at(int(random.bounded(2)))}};
                query.steps.append(step);
            }
            query.windowSeconds = windows.at(int(random.bounded(windows.size())));
            if (random.bounded(3) == 0)
                query.breakdown = QStringLiteral("channel");
            if (n >= 2 && random.bounded(3) == 0) {
                const int fromStep = 1 + int(random.bounded(n - 1));
                query.exclusions = {{types.at(int(random.bounded(types.size()))), fromStep,
                                     fromStep + 1 + int(random.bounded(n - fromStep))}};
            }
            QStringList names;
            for (const FunnelStep &step : std::as_const(query.steps))
                names << step.event + (step.filters.isEmpty() ? QString() : QStringLiteral("[%1]").arg(step.filters.first().second));
            QSet<QString> seen;
            for (const FunnelStep &step : std::as_const(query.steps))
                seen.insert(step.event);
            repeatedCases += seen.size() < query.steps.size() ? 1 : 0;
            const auto got = FunnelService::compute(db.value(), brand.value(), from, to, query);
            QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
            const QString d = difference(got.value(), reference(events, startMs, endMs, query));
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("round %1, steps %2, window %3 s, breakdown \"%4\", %5 exclusion(s): %6")
                                                 .arg(round)
                                                 .arg(names.join(QLatin1String(" > ")))
                                                 .arg(query.windowSeconds)
                                                 .arg(query.breakdown)
                                                 .arg(query.exclusions.size())
                                                 .arg(d)));
            // Every converter is in exactly one time-to-convert bucket.
            if (n > 1) {
                qint64 converters = 0;
                for (qint64 c : got->timeToConvert)
                    converters += c;
                QCOMPARE(converters, got->steps.last().users);
            }
        }
        QVERIFY(repeatedCases > 10);
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        const QDate from(2026, 3, 1), to(2026, 3, 2);
        FunnelQuery q = threeSteps();
        q.windowSeconds = 0;
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("window")));
        q = threeSteps();
        for (int i = 0; i < 20; ++i)
            q.steps.append({QStringLiteral("page_view"), {}});
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("1 to 20 steps")));
        q = threeSteps();
        q.steps[1].event = QStringLiteral("signup' OR 1=1 --");
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("Step 2")));
        q = threeSteps();
        q.steps[0].filters = {{QStringLiteral("properties->>'x'"), QStringLiteral("1")}};
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("unknown property")));
        q = threeSteps();
        q.breakdown = QStringLiteral("password");
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("breakdown")));
        q = threeSteps();
        q.exclusions = {{QStringLiteral("refund"), 3, 2}};
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("Exclusion")));
        QVERIFY(!FunnelService::compute(db.value(), brand, to, from, threeSteps()).ok());
    }
};

QTEST_GUILESS_MAIN(TestFunnelService)
#include "tst_funnelservice.moc"
