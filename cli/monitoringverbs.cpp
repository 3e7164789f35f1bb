// The verbs of performance and monitoring (issue 19): perf queries|cache|advice, health, monitor, alerts list|rules|add-rule|evaluate.
#include "output.h"
#include "verb.h"

#include "monitoring/alertservice.h"
#include "monitoring/cacheservice.h"
#include "monitoring/healthservice.h"
#include "monitoring/monitorround.h"
#include "monitoring/optimizationservice.h"
#include "monitoring/performanceservice.h"
#include "monitoring/querymetrics.h"
#include "monitoring/statementsnapshots.h"
#include "reports/reportsection.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <cmath>

namespace Atelier::Cli {

QList<Verb> monitoringVerbs();

namespace {

ReportTable columns(const QList<std::tuple<const char *, QString, int>> &list)
{
    ReportTable table;
    for (const auto &[key, header, decimals] : list) {
        table.keys.append(QString::fromLatin1(key));
        table.columns.append(header);
        table.decimals.append(decimals);
        table.percent.append(false);
    }
    return table;
}

QVariant orNone(double value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

int perfQueries(Context &c)
{
    auto seconds = PerformanceService::windowSeconds(c.value(QStringLiteral("window")));
    if (!seconds)
        return fail(seconds.error().message, 2);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    auto metrics = PerformanceService::queryMetrics(c.db, to.addSecs(-seconds.value()), to.addSecs(60));
    if (!metrics)
        return fail(metrics.error().message);
    auto server = PerformanceService::serverStatements(c.db, 20);
    if (!server)
        return fail(server.error().message);
    // Over the window from the snapshots when two were kept in it; otherwise the totals since the last reset, said so.
    StatementWindow windowed;
    if (server->available) {
        auto w = StatementSnapshots::window(c.db, to.addSecs(-seconds.value()), to, 20);
        if (!w)
            return fail(w.error().message);
        windowed = w.value();
        if (windowed.available)
            server->top = windowed.top;
    }
    ReportTable table = columns({{"service", CommandLine::tr("Service"), 0},
                                 {"statement", CommandLine::tr("Statement"), 0},
                                 {"database", CommandLine::tr("Database"), 0},
                                 {"calls", CommandLine::tr("Calls"), 0},
                                 {"total_ms", CommandLine::tr("Total ms"), 1},
                                 {"mean_ms", CommandLine::tr("Mean ms"), 1},
                                 {"p50_ms", CommandLine::tr("p50 ms"), 1},
                                 {"p95_ms", CommandLine::tr("p95 ms"), 1},
                                 {"max_ms", CommandLine::tr("Max ms"), 1},
                                 {"rows", CommandLine::tr("Rows"), 0}});
    for (const StatementMetric &m : std::as_const(metrics.value()))
        table.rows.append({m.service, m.statement, m.databaseKind, m.calls, m.totalMs, m.meanMs, m.p50Ms, m.p95Ms, m.maxMs, m.rows});
    if (c.csv() || c.json()) {
        QJsonArray product, top;
        for (const StatementMetric &m : std::as_const(metrics.value()))
            product.append(QJsonObject{{QStringLiteral("service"), m.service}, {QStringLiteral("statement"), m.statement},
                                       {QStringLiteral("database"), m.databaseKind}, {QStringLiteral("calls"), m.calls},
                                       {QStringLiteral("total_ms"), m.totalMs}, {QStringLiteral("mean_ms"), m.meanMs},
                                       {QStringLiteral("p50_ms"), m.p50Ms}, {QStringLiteral("p95_ms"), m.p95Ms},
                                       {QStringLiteral("max_ms"), m.maxMs}, {QStringLiteral("rows"), m.rows},
                                       {QStringLiteral("sql"), jsonText(m.sql)}});
        for (const ServerStatement &s : std::as_const(server->top))
            top.append(QJsonObject{{QStringLiteral("query"), s.query}, {QStringLiteral("calls"), s.calls},
                                   {QStringLiteral("total_ms"), s.totalMs}, {QStringLiteral("mean_ms"), s.meanMs},
                                   {QStringLiteral("rows"), s.rows}, {QStringLiteral("shared_blocks_hit"), s.blocksHit},
                                   {QStringLiteral("shared_blocks_read"), s.blocksRead}});
        print(c, table,
              QJsonObject{{QStringLiteral("window_seconds"), seconds.value()},
                          {QStringLiteral("statements"), product},
                          {QStringLiteral("pg_stat_statements"),
                           QJsonObject{{QStringLiteral("available"), server->available},
                                       {QStringLiteral("advice"), jsonText(server->advice)},
                                       {QStringLiteral("since"), jsonTime(server->since)},
                                       {QStringLiteral("windowed"), windowed.available},
                                       {QStringLiteral("window_advice"), jsonText(windowed.available ? QString() : windowed.advice)},
                                       {QStringLiteral("snapshot_from"), jsonTime(windowed.from)},
                                       {QStringLiteral("snapshot_to"), jsonTime(windowed.to)},
                                       {QStringLiteral("reset_between"), windowed.resetBetween},
                                       {QStringLiteral("top"), top}}}});
        return 0;
    }
    if (table.rows.isEmpty())
        out() << CommandLine::tr("No statement was timed in the last %1.").arg(c.value(QStringLiteral("window"))) << '\n';
    else
        print(c, table);
    out() << '\n';
    if (!server->available) {
        out() << server->advice << '\n';
        return 0;
    }
    if (windowed.available) {
        out() << CommandLine::tr("pg_stat_statements, top statements by total time over the window (snapshots of %1 and %2):")
                     .arg(isoTime(windowed.from), isoTime(windowed.to))
              << '\n';
        if (windowed.resetBetween)
            out() << CommandLine::tr("The statistics were reset between the two snapshots: statements count from the reset.") << '\n';
    } else {
        out() << windowed.advice << '\n';
        out() << CommandLine::tr("pg_stat_statements, top statements by total time (since %1):")
                     .arg(server->since.isValid() ? isoTime(server->since) : CommandLine::tr("the server's start"))
              << '\n';
    }
    ReportTable top = columns({{"calls", CommandLine::tr("Calls"), 0},
                               {"total_ms", CommandLine::tr("Total ms"), 1},
                               {"mean_ms", CommandLine::tr("Mean ms"), 1},
                               {"rows", CommandLine::tr("Rows"), 0},
                               {"shared_blocks_hit", CommandLine::tr("Blocks hit"), 0},
                               {"shared_blocks_read", CommandLine::tr("Blocks read"), 0},
                               {"query", CommandLine::tr("Query"), 0}});
    for (const ServerStatement &s : std::as_const(server->top))
        top.rows.append({s.calls, s.totalMs, s.meanMs, s.rows, s.blocksHit, s.blocksRead, s.query.simplified().left(120)});
    print(c, top);
    return 0;
}

int perfCache(Context &c)
{
    auto stats = CacheService::stats(c.db);
    if (!stats)
        return fail(stats.error().message);
    ReportTable table = columns({{"cache", CommandLine::tr("Cache"), 0},
                                 {"hits", CommandLine::tr("Hits"), 0},
                                 {"misses", CommandLine::tr("Misses"), 0},
                                 {"hit_ratio", CommandLine::tr("Hit ratio"), 2},
                                 {"entries", CommandLine::tr("Entries"), 0},
                                 {"bytes", CommandLine::tr("Bytes"), 0},
                                 {"capacity", CommandLine::tr("Capacity"), 0},
                                 {"evictions", CommandLine::tr("Evictions"), 0},
                                 {"description", CommandLine::tr("What"), 0}});
    table.percent[3] = true;
    for (const CacheFigure &f : std::as_const(stats.value()))
        table.rows.append({f.cache, f.hits, f.misses, orNone(f.ratio()), f.entries < 0 ? QVariant() : QVariant(f.entries),
                           f.bytes < 0 ? QVariant() : QVariant(f.bytes), f.capacity < 0 ? QVariant() : QVariant(f.capacity),
                           f.evictions < 0 ? QVariant() : QVariant(f.evictions), f.description});
    print(c, table);
    return 0;
}

int perfAdvice(Context &c)
{
    if (c.isSet(QStringLiteral("apply"))) {
        auto applied = OptimizationService::apply(c.db, c.value(QStringLiteral("apply")));
        if (!applied)
            return fail(applied.error().message);
        if (c.json()) {
            printJson(QJsonObject{{QStringLiteral("id"), applied->advice.id},
                                  {QStringLiteral("statement"), applied->advice.statement},
                                  {QStringLiteral("milliseconds"), applied->milliseconds},
                                  {QStringLiteral("evidence_before"), applied->advice.evidence},
                                  {QStringLiteral("still_advised"), applied->stillAdvised},
                                  {QStringLiteral("evidence_after"), applied->evidenceAfter},
                                  {QStringLiteral("cost_before"), applied->advice.costBefore < 0 ? QJsonValue() : QJsonValue(applied->advice.costBefore)},
                                  {QStringLiteral("cost_estimated"), applied->advice.costAfter < 0 ? QJsonValue() : QJsonValue(applied->advice.costAfter)},
                                  {QStringLiteral("cost_now"), applied->costNow < 0 ? QJsonValue() : QJsonValue(applied->costNow)}});
            return 0;
        }
        out() << CommandLine::tr("Applied in %1 ms: %2").arg(applied->milliseconds, 0, 'f', 0).arg(applied->advice.statement) << '\n'
              << CommandLine::tr("Before: %1").arg(applied->advice.evidence) << '\n'
              << CommandLine::tr("After:  %1").arg(applied->evidenceAfter) << '\n';
        if (applied->costNow >= 0)
            out() << CommandLine::tr("The statement's estimated cost: %1 before, %2 now (HypoPG estimated %3).")
                         .arg(applied->advice.costBefore, 0, 'f', 0)
                         .arg(applied->costNow, 0, 'f', 0)
                         .arg(applied->advice.costAfter < 0 ? CommandLine::tr("nothing: not installed") : QString::number(applied->advice.costAfter, 'f', 0))
                  << '\n';
        return 0;
    }
    auto advice = OptimizationService::advise(c.db);
    if (!advice)
        return fail(advice.error().message);
    ReportTable table = columns({{"id", CommandLine::tr("ID"), 0},
                                 {"summary", CommandLine::tr("Advice"), 0},
                                 {"evidence", CommandLine::tr("Evidence"), 0},
                                 {"statement", CommandLine::tr("Statement"), 0},
                                 {"applicable", CommandLine::tr("Apply"), 0}});
    QJsonArray json;
    for (const Advice &a : std::as_const(advice.value())) {
        table.rows.append({a.id, a.summary, a.evidence, a.statement, a.applicable ? CommandLine::tr("yes") : CommandLine::tr("no")});
        json.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("kind"), a.kind}, {QStringLiteral("table"), jsonText(a.table)},
                                {QStringLiteral("object"), a.object}, {QStringLiteral("summary"), a.summary},
                                {QStringLiteral("evidence"), a.evidence}, {QStringLiteral("statement"), jsonText(a.statement)},
                                {QStringLiteral("applicable"), a.applicable},
                                {QStringLiteral("cost_before"), a.costBefore < 0 ? QJsonValue() : QJsonValue(a.costBefore)},
                                {QStringLiteral("cost_estimated"), a.costAfter < 0 ? QJsonValue() : QJsonValue(a.costAfter)}});
    }
    if (table.rows.isEmpty() && !c.json() && !c.csv()) {
        out() << CommandLine::tr("No advice: nothing measured calls for a change.") << '\n';
        return 0;
    }
    print(c, table, QJsonObject{{QStringLiteral("advice"), json}});
    return 0;
}

int health(Context &c)
{
    auto checks = HealthService::check(c.db);
    if (!checks)
        return fail(checks.error().message);
    // The history is kept when the connected person may add to it; reading the answer does not depend on it.
    const Status kept = c.isSet(QStringLiteral("record")) ? HealthService::record(c.db, checks.value()) : Status(Done{});
    ReportTable table = columns({{"service", CommandLine::tr("Service"), 0},
                                 {"status", CommandLine::tr("Status"), 0},
                                 {"latency_ms", CommandLine::tr("Latency ms"), 0},
                                 {"detail", CommandLine::tr("Detail"), 0},
                                 {"checked_at", CommandLine::tr("Checked"), 0}});
    bool down = false;
    for (const HealthCheck &h : std::as_const(checks.value())) {
        table.rows.append({h.service, h.status, h.latencyMs < 0 ? QVariant() : QVariant(h.latencyMs), h.detail, isoTime(h.checkedAt)});
        down = down || h.status == QLatin1String("down");
    }
    print(c, table);
    if (!kept)
        return fail(kept.error().message);
    return down ? 3 : 0;
}

int alertsList(Context &c)
{
    auto alerts = AlertService::list(c.db, !c.isSet(QStringLiteral("all")));
    if (!alerts)
        return fail(alerts.error().message);
    ReportTable table = columns({{"raised_at", CommandLine::tr("Raised"), 0},
                                 {"status", CommandLine::tr("Status"), 0},
                                 {"severity", CommandLine::tr("Severity"), 0},
                                 {"name", CommandLine::tr("Name"), 0},
                                 {"metric", CommandLine::tr("Metric"), 0},
                                 {"value", CommandLine::tr("Value"), 2},
                                 {"threshold", CommandLine::tr("Threshold"), 2},
                                 {"message", CommandLine::tr("Message"), 0},
                                 {"resolved_at", CommandLine::tr("Resolved"), 0},
                                 {"id", CommandLine::tr("ID"), 0}});
    for (const AlertRow &a : std::as_const(alerts.value()))
        table.rows.append({isoTime(a.raisedAt), a.status, a.severity, a.name, a.metric, a.hasValue ? QVariant(a.value) : QVariant(),
                           a.threshold, a.message, a.resolvedAt.isValid() ? QVariant(isoTime(a.resolvedAt)) : QVariant(), a.id});
    print(c, table);
    return 0;
}

int alertsRules(Context &c)
{
    auto rules = AlertService::rules(c.db);
    if (!rules)
        return fail(rules.error().message);
    ReportTable table = columns({{"name", CommandLine::tr("Name"), 0},
                                 {"metric", CommandLine::tr("Metric"), 0},
                                 {"comparison", CommandLine::tr("Comparison"), 0},
                                 {"threshold", CommandLine::tr("Threshold"), 2},
                                 {"duration_minutes", CommandLine::tr("Minutes"), 0},
                                 {"severity", CommandLine::tr("Severity"), 0},
                                 {"enabled", CommandLine::tr("Enabled"), 0},
                                 {"brand_id", CommandLine::tr("Brand"), 0},
                                 {"id", CommandLine::tr("ID"), 0}});
    for (const AlertRule &r : std::as_const(rules.value()))
        table.rows.append({r.name, r.metric, r.comparison, r.threshold, r.durationMinutes, r.severity, r.enabled,
                           r.brandId.isEmpty() ? QVariant() : QVariant(r.brandId), r.id});
    print(c, table);
    return 0;
}

int alertsAddRule(Context &c)
{
    AlertRule rule;
    rule.name = c.value(QStringLiteral("name"));
    rule.metric = c.value(QStringLiteral("metric"));
    bool above = c.isSet(QStringLiteral("above")), below = c.isSet(QStringLiteral("below"));
    if (above == below)
        return fail(CommandLine::tr("Give exactly one of --above N and --below N."), 2);
    bool ok = false;
    rule.comparison = above ? QStringLiteral("above") : QStringLiteral("below");
    rule.threshold = c.value(rule.comparison).toDouble(&ok);
    if (!ok || !std::isfinite(rule.threshold))
        return fail(CommandLine::tr("--%1: \"%2\" is not a number.").arg(rule.comparison, c.value(rule.comparison)), 2);
    auto minutes = c.integer(QStringLiteral("minutes"), 5, 1, 10080);
    if (!minutes)
        return fail(minutes.error().message, 2);
    rule.durationMinutes = int(minutes.value());
    if (c.isSet(QStringLiteral("severity")))
        rule.severity = c.value(QStringLiteral("severity"));
    if (c.brand)
        rule.brandId = c.brand->id;
    auto added = AlertService::addRule(c.db, rule);
    if (!added)
        return fail(added.error().message, added.error().code == ErrorCode::InvalidInput ? 2 : 1);
    out() << CommandLine::tr("Alert rule \"%1\" added (%2).").arg(added->name, added->id) << '\n';
    return 0;
}

int alertsEvaluate(Context &c)
{
    auto done = AlertService::evaluate(c.db);
    if (!done)
        return fail(done.error().message);
    out() << CommandLine::tr("%1 rules evaluated: %2 alerts raised, %3 resolved.").arg(done->rules).arg(done->raised).arg(done->resolved) << '\n';
    return 0;
}

/// `atelier monitor`: every interval, the health checks kept and the alert rules evaluated (and this process's timings
/// kept), until stopped — what a desktop or a server runs beside the workflow runner so that alerts raise and resolve on
/// their own. Each round is its own transactions: stopping it between or within rounds leaves nothing half-written.
int monitor(Context &c)
{
    auto interval = c.integer(QStringLiteral("interval"), 60, 10, 3600);
    if (!interval)
        return fail(interval.error().message, 2);
    const bool once = c.isSet(QStringLiteral("once"));
    // The rounds are shared with the open consoles and the other monitors of the database (MonitorRound::claim): each
    // is done by one of them per interval. --once does its round whatever the others did.
    const QString holder = QStringLiteral("atelier monitor %1 on %2").arg(QCoreApplication::applicationPid()).arg(QHostInfo::localHostName());
    for (;;) {
        QElapsedTimer round;
        round.start();
        auto done = MonitorRound::run(c.db, holder, int(interval.value()), MonitorRound::retentionSetting(), once);
        if (!done)
            return fail(done.error().message);
        QStringList states;
        for (const HealthCheck &h : std::as_const(done->checks))
            states << h.service + QLatin1Char(' ') + h.status;
        const QString at = isoTime(QDateTime::currentDateTimeUtc());
        if (!done->ran)
            out() << CommandLine::tr("%1: another console or monitor of this database made this round.").arg(at) << Qt::endl;
        else if (!done->evaluated)
            out() << CommandLine::tr("%1: %2; the alert rules are evaluated by the administrator's console or monitor.")
                         .arg(at, states.isEmpty() ? CommandLine::tr("checks made by another console") : states.join(QStringLiteral(", ")))
                  << Qt::endl;
        else
            out() << CommandLine::tr("%1: %2; %3 rules evaluated, %4 alerts raised, %5 resolved.")
                         .arg(at, states.isEmpty() ? CommandLine::tr("checks made by another console") : states.join(QStringLiteral(", ")))
                         .arg(done->alerts.rules)
                         .arg(done->alerts.raised)
                         .arg(done->alerts.resolved)
                  << Qt::endl;
        QueryMetrics::flush(c.db, false);
        if (once)
            return 0;
        const qint64 left = interval.value() * 1000 - round.elapsed();
        if (left > 0)
            QThread::msleep(quint64(left)); // a command-line loop between rounds, not a test or the console
    }
}

} // namespace

QList<Verb> monitoringVerbs()
{
    return {
        {.path = QStringLiteral("perf queries"),
         .usage = "[--window 1h|24h|7d] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the statements the product timed over a window, and pg_stat_statements' top ones"),
         .options = {option("window", QT_TRANSLATE_NOOP("CommandLine", "How far back: a number of hours or days (1h, 24h, 7d)."),
                            QT_TRANSLATE_NOOP("CommandLine", "window"), "CommandLine", QStringLiteral("24h"))},
         .formats = dataFormats(),
         .run = perfQueries},
        {.path = QStringLiteral("perf cache"),
         .usage = "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "hit ratios of the result cache and of the database's cache"),
         .formats = dataFormats(),
         .run = perfCache},
        {.path = QStringLiteral("perf advice"),
         .usage = "[--apply ID] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "optimisation advice with its evidence; --apply runs one (administrators)"),
         .options = {option("apply", QT_TRANSLATE_NOOP("CommandLine", "Apply this advice (its ID) and measure again."),
                            QT_TRANSLATE_NOOP("CommandLine", "ID"))},
         .formats = dataFormats(),
         .run = perfAdvice},
        {.path = QStringLiteral("health"),
         .usage = "[--record] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "each service healthy, degraded or down (exit code 3 when one is down)"),
         .options = {flag("record", QT_TRANSLATE_NOOP("CommandLine", "Keep the checks in the health history."))},
         .formats = dataFormats(),
         .run = health},
        {.path = QStringLiteral("alerts list"),
         .usage = "[--all] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "open alerts (--all: resolved ones too)"),
         .options = {flag("all", QT_TRANSLATE_NOOP("CommandLine", "Resolved alerts too."))},
         .formats = dataFormats(),
         .run = alertsList},
        {.path = QStringLiteral("alerts rules"),
         .usage = "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the alert rules"),
         .formats = dataFormats(),
         .run = alertsRules},
        {.path = QStringLiteral("alerts add-rule"),
         .usage = "--name NAME --metric METRIC (--above N | --below N) [--minutes N] [--severity info|warning|critical] [--brand SLUG]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "add an alert rule on a metric"),
         .options = {option("name", QT_TRANSLATE_NOOP("CommandLine", "The rule's name."), QT_TRANSLATE_NOOP("CommandLine", "name")),
                     option("metric", QT_TRANSLATE_NOOP("CommandLine", "query_p95_ms, query_mean_ms, query_calls (optionally :SERVICE), health_down:SERVICE, health_latency_ms:SERVICE."),
                            QT_TRANSLATE_NOOP("CommandLine", "metric")),
                     option("above", QT_TRANSLATE_NOOP("CommandLine", "Raise when the metric is above this value."), QT_TRANSLATE_NOOP("CommandLine", "n")),
                     option("below", QT_TRANSLATE_NOOP("CommandLine", "Raise when the metric is below this value."), QT_TRANSLATE_NOOP("CommandLine", "n")),
                     option("minutes", QT_TRANSLATE_NOOP("CommandLine", "Over how many minutes the metric is measured (default 5)."),
                            QT_TRANSLATE_NOOP("CommandLine", "n")),
                     option("severity", QT_TRANSLATE_NOOP("CommandLine", "info, warning or critical (default warning)."),
                            QT_TRANSLATE_NOOP("CommandLine", "severity"))},
         .brand = BrandOption::Optional,
         .run = alertsAddRule},
        {.path = QStringLiteral("monitor"),
         .usage = "[--interval SECONDS] [--once]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "keep the health history and evaluate the alert rules every interval, until stopped"),
         .options = {option("interval", QT_TRANSLATE_NOOP("CommandLine", "Seconds between rounds, 10 to 3600 (default 60)."),
                            QT_TRANSLATE_NOOP("CommandLine", "seconds")),
                     flag("once", QT_TRANSLATE_NOOP("CommandLine", "One round, then stop."))},
         .run = monitor},
        {.path = QStringLiteral("alerts evaluate"),
         .what = QT_TRANSLATE_NOOP("CommandLine", "evaluate the alert rules now: raise and resolve alerts"),
         .run = alertsEvaluate},
    };
}

} // namespace Atelier::Cli
