#include "experimentservice.h"

#include "analytics/daterange.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "statistics.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <vector>

namespace Atelier {

namespace {

struct Planned final
{
    QString id;
    QString name;
    QString goal;
    QList<QPair<QString, double>> variants; // control first
};

} // namespace

Result<QList<ExperimentResult>> ExperimentService::results(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                           const QString &experiment)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT e.id, e.name, e.goal_event, v.name, v.planned_allocation, v.is_control "
                             "FROM experiments e JOIN experiment_variants v ON v.experiment_id = e.id "
                             "WHERE e.brand_id = ? AND (? = '' OR e.name = ?) "
                             "ORDER BY e.name, v.is_control DESC, v.name"));
    // A null QString would bind as SQL NULL; the filter wants '' for "every experiment".
    const QString only = experiment.isEmpty() ? QStringLiteral("") : experiment;
    q.addBindValue(brand.id);
    q.addBindValue(only);
    q.addBindValue(only);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the experiments"));
    QList<Planned> planned;
    while (q.next()) {
        if (planned.isEmpty() || planned.last().id != q.value(0).toString())
            planned.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}});
        planned.last().variants.append({q.value(3).toString(), q.value(4).value<double>()});
    }
    if (!experiment.isEmpty() && planned.isEmpty())
        return Error{tr("Brand \"%1\" has no experiment \"%2\".").arg(brand.slug, experiment), {}};

    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    const QString experimentProp = dialect.jsonText(QStringLiteral("properties"), QStringLiteral("experiment"));
    const QString variantProp = dialect.jsonText(QStringLiteral("properties"), QStringLiteral("variant"));

    // Each exposed user's first exposure decides the variant (ties in time: the smallest variant name);
    // a conversion is the goal event at or after that moment, before the range ends.
    const QString sql = QStringLiteral(
        "WITH exposures AS ("
        "  SELECT user_id, timestamp AS at, %1 AS variant FROM analytics_events"
        "  WHERE brand_id = ? AND event_type = 'experiment_exposure' AND %2 = ? AND user_id IS NOT NULL"
        "    AND timestamp >= ? AND timestamp < ?),"
        " firsts AS (SELECT user_id, min(at) AS at FROM exposures GROUP BY user_id),"
        " assigned AS ("
        "  SELECT f.user_id, f.at, min(x.variant) AS variant FROM firsts f"
        "  JOIN exposures x ON x.user_id = f.user_id AND x.at = f.at GROUP BY f.user_id, f.at)"
        " SELECT a.variant, count(*),"
        "  sum(CASE WHEN EXISTS (SELECT 1 FROM analytics_events g WHERE g.brand_id = ? AND g.user_id = a.user_id"
        "   AND g.event_type = ? AND g.timestamp >= a.at AND g.timestamp < ?) THEN 1 ELSE 0 END)"
        " FROM assigned a GROUP BY a.variant")
                            .arg(variantProp, experimentProp);

    QList<ExperimentResult> results;
    for (const Planned &p : std::as_const(planned)) {
        QSqlQuery counts(db);
        counts.setForwardOnly(true);
        counts.prepare(sql);
        counts.addBindValue(brand.id);
        counts.addBindValue(p.name);
        counts.addBindValue(start);
        counts.addBindValue(end);
        counts.addBindValue(brand.id);
        counts.addBindValue(p.goal);
        counts.addBindValue(end);
        if (!counts.exec())
            return Database::queryError(counts, tr("Counting the exposures of %1").arg(p.name));
        QHash<QString, QPair<qint64, qint64>> observed;
        while (counts.next())
            observed.insert(counts.value(0).toString(), {counts.value(1).toLongLong(), counts.value(2).toLongLong()});

        ExperimentResult r;
        r.name = p.name;
        r.goalEvent = p.goal;
        double shareTotal = 0;
        for (const auto &[name, share] : p.variants)
            shareTotal += share;
        std::vector<double> exposures, shares;
        for (int i = 0; i < p.variants.size(); ++i) {
            VariantResult v;
            v.name = p.variants.at(i).first;
            v.isControl = i == 0;
            v.expectedShare = shareTotal > 0 ? p.variants.at(i).second / shareTotal : 0;
            v.users = observed.value(v.name).first;
            v.conversions = observed.value(v.name).second;
            v.rate = v.users > 0 ? double(v.conversions) / double(v.users) : 0;
            exposures.push_back(double(v.users));
            shares.push_back(v.expectedShare);
            r.variants.append(v);
        }
        const VariantResult &control = r.variants.first();
        for (VariantResult &v : r.variants) {
            if (v.isControl || control.users == 0 || v.users == 0)
                continue;
            const double xc = double(control.conversions), nc = double(control.users);
            const double xv = double(v.conversions), nv = double(v.users);
            v.pValue = Statistics::twoProportionPValue(xc, nc, xv, nv);
            v.probBeatControl = Statistics::probabilityBBeatsA(1 + xc, 1 + nc - xc, 1 + xv, 1 + nv - xv);
            v.expectedLoss = Statistics::expectedLoss(1 + xc, 1 + nc - xc, 1 + xv, 1 + nv - xv);
            v.hasUplift = control.conversions > 0;
            if (v.hasUplift)
                v.uplift = v.rate / control.rate - 1;
            v.hasInterval = Statistics::relativeUpliftInterval(xc, nc, xv, nv, v.ciLow, v.ciHigh);
        }
        r.srmPValue = Statistics::chiSquarePValue(exposures.data(), shares.data(), int(exposures.size()));
        r.srmFlag = r.srmPValue < 0.001;
        results.append(r);
    }
    return results;
}

} // namespace Atelier
