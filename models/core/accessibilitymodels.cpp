#include "accessibilitymodels.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace Atelier {

namespace {

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;
/// The trend's text gives this many of the newest scores.
constexpr int kTrendText = 8;

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}

} // namespace

QList<AccessibilityTrend> AccessibilityTrend::fromReports(const QList<StoredAccessibilityReport> &reports)
{
    QList<StoredAccessibilityReport> sorted = reports;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const StoredAccessibilityReport &a, const StoredAccessibilityReport &b) { return a.created < b.created; });
    QMap<QString, AccessibilityTrend> byPage;
    for (const StoredAccessibilityReport &r : std::as_const(sorted)) {
        AccessibilityTrend &t = byPage[r.page];
        t.page = r.page;
        t.scores.append(r.score);
        QStringList where;
        for (const char *key : {"theme", "language"})
            if (const QString v = r.issues.value(QLatin1String(key)).toString(); !v.isEmpty())
                where.append(v);
        t.points.append(QStringLiteral("%1 (%2): %3")
                            .arg(QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat), where.join(QLatin1String(", ")),
                                 scoreText(r.score)));
        t.latest = r;
    }
    return byPage.values();
}

QList<AccessibilityFinding> AccessibilityFinding::fromReport(const StoredAccessibilityReport &report)
{
    QList<AccessibilityFinding> out;
    for (const QJsonValue &v : report.issues.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray r = o.value(QStringLiteral("rect")).toArray();
        out.append({o.value(QStringLiteral("rule")).toString(), o.value(QStringLiteral("impact")).toInt(),
                    o.value(QStringLiteral("widget")).toString(), o.value(QStringLiteral("message")).toString(),
                    r.size() == 4 ? QRect(r.at(0).toInt(), r.at(1).toInt(), r.at(2).toInt(), r.at(3).toInt()) : QRect()});
    }
    std::stable_sort(out.begin(), out.end(), [](const AccessibilityFinding &a, const AccessibilityFinding &b) { return a.impact > b.impact; });
    return out;
}

AccessibilityScoresModel::AccessibilityScoresModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const AccessibilityTrend &t) { return t.page; }, {.key = PageRole, .sort = SortRole}, parent)
{
}

AccessibilityScoresModel::~AccessibilityScoresModel() = default;

std::span<const AccessibilityScoresModel::TableColumn> AccessibilityScoresModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "page",
         .header = QT_TR_NOOP("Page"),
         .display = [](const AccessibilityTrend &t) { return t.page; },
         .sort = [](const AccessibilityTrend &t) -> QVariant { return t.page; },
         .alignment = Qt::AlignLeft | Qt::AlignVCenter},
        {.key = "score",
         .header = QT_TR_NOOP("Score"),
         .display = [](const AccessibilityTrend &t) { return scoreText(t.latest.score); },
         .sort = [](const AccessibilityTrend &t) -> QVariant { return t.latest.score; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("The latest audit's score, 0–100")},
        {.key = "issues",
         .header = QT_TR_NOOP("Issues"),
         .display = [](const AccessibilityTrend &t) {
             return QLocale().toString(t.latest.issues.value(QStringLiteral("issues")).toArray().size());
         },
         .sort = [](const AccessibilityTrend &t) -> QVariant { return t.latest.issues.value(QStringLiteral("issues")).toArray().size(); },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("What the latest audit found")},
        {.key = "trend",
         .header = QT_TR_NOOP("Score over time"),
         .display = [](const AccessibilityTrend &t) {
             QStringList newest;
             for (qsizetype i = std::max<qsizetype>(0, t.scores.size() - kTrendText); i < t.scores.size(); ++i)
                 newest.append(scoreText(t.scores.at(i)));
             return newest.join(QStringLiteral(" → "));
         },
         .toolTip = QT_TR_NOOP("Every stored audit of the page, oldest first")},
        {.key = "runs",
         .header = QT_TR_NOOP("Audits"),
         .display = [](const AccessibilityTrend &t) { return QLocale().toString(t.scores.size()); },
         .sort = [](const AccessibilityTrend &t) -> QVariant { return t.scores.size(); },
         .alignment = kNumber},
        {.key = "latest",
         .header = QT_TR_NOOP("Latest audit"),
         .display = [](const AccessibilityTrend &t) { return QLocale().toString(t.latest.created.toLocalTime(), QLocale::ShortFormat); },
         .sort = [](const AccessibilityTrend &t) -> QVariant { return t.latest.created; }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant AccessibilityScoresModel::data(const QModelIndex &index, int role) const
{
    if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const AccessibilityTrend &t = rows().at(index.row());
        if (role == TrendRole)
            return QVariant::fromValue(t.scores);
        if (role == Qt::ToolTipRole && index.column() == TrendColumn)
            return t.points.join(QLatin1Char('\n'));
    }
    return ColumnTableModel::data(index, role);
}

AccessibilityIssuesModel::AccessibilityIssuesModel(QObject *parent)
    : ColumnTableModel(columnTable(), nullptr, {.key = -1, .sort = SortRole}, parent)
{
}

AccessibilityIssuesModel::~AccessibilityIssuesModel() = default;

QString AccessibilityIssuesModel::impactName(int impact)
{
    if (impact >= 10)
        return tr("Critical");
    if (impact >= 7)
        return tr("Serious");
    return tr("Moderate");
}

std::span<const AccessibilityIssuesModel::TableColumn> AccessibilityIssuesModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "impact",
         .header = QT_TR_NOOP("Impact"),
         .display = [](const AccessibilityFinding &f) { return impactName(f.impact); },
         .sort = [](const AccessibilityFinding &f) -> QVariant { return f.impact; }},
        {.key = "rule",
         .header = QT_TR_NOOP("Rule"),
         .display = [](const AccessibilityFinding &f) { return f.rule; },
         .sort = [](const AccessibilityFinding &f) -> QVariant { return f.rule; }},
        {.key = "widget",
         .header = QT_TR_NOOP("Widget"),
         .display = [](const AccessibilityFinding &f) { return f.widget.section(QLatin1Char('/'), -2); },
         .sort = [](const AccessibilityFinding &f) -> QVariant { return f.widget; }},
        {.key = "message",
         .header = QT_TR_NOOP("Message"),
         .display = [](const AccessibilityFinding &f) { return f.message; },
         .sort = [](const AccessibilityFinding &f) -> QVariant { return f.message.toLower(); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant AccessibilityIssuesModel::data(const QModelIndex &index, int role) const
{
    if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const AccessibilityFinding &f = rows().at(index.row());
        if (role == WidgetRole)
            return f.widget;
        if (role == Qt::ToolTipRole && index.column() == WidgetColumn)
            return f.widget;
        if (role == Qt::ToolTipRole && index.column() == MessageColumn)
            return f.message;
    }
    return ColumnTableModel::data(index, role);
}

} // namespace Atelier
