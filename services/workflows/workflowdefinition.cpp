#include "workflows/workflowdefinition.h"

#include "workflows/cronschedule.h"
#include "workflows/workflowexpressions.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <functional>

namespace Atelier {

namespace {


/// What a parameter holds. Any parameter may instead be a string with {{ expressions }}, decided at run time.
enum class Kind { Text, Number, Integer, Bool, Object, TextList, Json, Expression, Url, DateTime };

struct ParamSpec
{
    const char *name;
    Kind kind;
    bool required;
    double low = 0;
    double high = 0;            // low == high: no range
    const char *choices = nullptr; // "pdf|csv"
};

QList<ParamSpec> paramSpecs(const QString &type)
{
    static const QHash<QString, QList<ParamSpec>> specs = {
        {QStringLiteral("condition"), {{"if", Kind::Expression, true}}},
        {QStringLiteral("delay"),
         {{"seconds", Kind::Number, false, 0, 30 * 86400.0}, {"minutes", Kind::Number, false, 0, 30 * 1440.0},
          {"until", Kind::DateTime, false}}},
        {QStringLiteral("analysis"),
         {{"analysis", Kind::Text, true}, {"from", Kind::Text, false}, {"to", Kind::Text, false},
          {"options", Kind::Object, false}}},
        {QStringLiteral("export_report"),
         {{"folder", Kind::Text, true}, {"format", Kind::Text, true, 0, 0, "pdf|csv"}, {"analyses", Kind::TextList, false}}},
        {QStringLiteral("generate"),
         {{"provider", Kind::Text, true}, {"model", Kind::Text, true}, {"prompt", Kind::Text, false},
          {"template", Kind::Text, false}, {"variables", Kind::Object, false}, {"count", Kind::Integer, false, 1, 16},
          {"collection", Kind::Text, false}}},
        {QStringLiteral("notify"), {{"users", Kind::TextList, true}, {"message", Kind::Text, true}}},
        {QStringLiteral("comment"),
         {{"resource_type", Kind::Text, true}, {"resource_id", Kind::Text, true}, {"text", Kind::Text, true}}},
        {QStringLiteral("webhook"),
         {{"url", Kind::Url, true}, {"body", Kind::Json, false}, {"secret_name", Kind::Text, false},
          {"headers", Kind::Object, false}}},
        {QStringLiteral("set_quota"),
         {{"user", Kind::Text, true}, {"monthly_credits", Kind::Integer, true, 0, 100000000}}},
        {QStringLiteral("set_workflow_status"),
         {{"workflow", Kind::Text, true}, {"status", Kind::Text, true, 0, 0, "active|paused"}}},
    };
    return specs.value(type);
}

QString numberText(double d)
{
    return QString::number(d, 'g', 12);
}

class Checker
{
public:
    explicit Checker(QList<WorkflowProblem> &problems) : m_problems(problems) {}

    void add(const QString &path, const QString &message) { m_problems.append({path, message}); }

    /// Keys of \a object not in \a known are typos.
    void unknownKeys(const QJsonObject &object, const QStringList &known, const QString &path)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                add(path + QLatin1Char('.') + it.key(),
                    WorkflowDefinition::tr("unknown key (a typo?); the keys here are: %1").arg(known.join(QStringLiteral(", "))));
        }
    }

    /// An integer in [low, high] at \a path, or \a fallback when absent.
    int integer(const QJsonObject &object, const QString &key, const QString &path, int low, int high, int fallback)
    {
        if (!object.contains(key))
            return fallback;
        const QJsonValue v = object.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d) {
            add(path + QLatin1Char('.') + key, WorkflowDefinition::tr("should be a whole number"));
            return fallback;
        }
        if (d < low || d > high) {
            add(path + QLatin1Char('.') + key, WorkflowDefinition::tr("%1 is not between %2 and %3").arg(numberText(d)).arg(low).arg(high));
            return fallback;
        }
        return int(d);
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required)
    {
        if (!object.contains(key)) {
            if (required)
                add(path + QLatin1Char('.') + key, WorkflowDefinition::tr("missing"));
            return {};
        }
        const QJsonValue v = object.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            add(path + QLatin1Char('.') + key, WorkflowDefinition::tr("should be a text that is not empty"));
            return {};
        }
        return v.toString();
    }

private:
    QList<WorkflowProblem> &m_problems;
};

/// One parameter's value against its spec; problems named at \a path.
void checkParam(Checker &checker, const ParamSpec &spec, const QJsonValue &value, const QString &path,
                const WorkflowValidation &validation)
{
    // A string holding {{ … }} is decided at run time (its expressions are checked separately), except where
    // the text itself must say something now.
    if (value.isString() && WorkflowExpressions::isTemplate(value.toString()) && spec.kind != Kind::Url
        && spec.kind != Kind::Expression)
        return;
    switch (spec.kind) {
    case Kind::Text:
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            checker.add(path, WorkflowDefinition::tr("should be a text that is not empty"));
            return;
        }
        if (spec.choices) {
            const QStringList choices = QString::fromLatin1(spec.choices).split(QLatin1Char('|'));
            if (!choices.contains(value.toString()))
                checker.add(path, WorkflowDefinition::tr("“%1” is not one of: %2").arg(value.toString(), choices.join(QStringLiteral(", "))));
        }
        return;
    case Kind::Number:
    case Kind::Integer: {
        if (!value.isDouble()) {
            checker.add(path, spec.kind == Kind::Integer ? WorkflowDefinition::tr("should be a whole number") : WorkflowDefinition::tr("should be a number"));
            return;
        }
        const double d = value.toDouble();
        if (spec.kind == Kind::Integer && std::floor(d) != d) {
            checker.add(path, WorkflowDefinition::tr("should be a whole number"));
            return;
        }
        if (spec.low != spec.high && (d < spec.low || d > spec.high))
            checker.add(path, WorkflowDefinition::tr("%1 is not between %2 and %3").arg(numberText(d), numberText(spec.low), numberText(spec.high)));
        return;
    }
    case Kind::Bool:
        if (!value.isBool())
            checker.add(path, WorkflowDefinition::tr("should be true or false"));
        return;
    case Kind::Object:
        if (!value.isObject())
            checker.add(path, WorkflowDefinition::tr("should be an object {…}"));
        return;
    case Kind::TextList: {
        const QJsonArray list = value.toArray();
        if (!value.isArray() || list.isEmpty()) {
            checker.add(path, WorkflowDefinition::tr("should be a list of texts that is not empty"));
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().trimmed().isEmpty())
                checker.add(QStringLiteral("%1[%2]").arg(path).arg(i), WorkflowDefinition::tr("should be a text that is not empty"));
        }
        return;
    }
    case Kind::Json:
        return;
    case Kind::Expression: {
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            checker.add(path, WorkflowDefinition::tr("should be an expression, such as “steps.funnel.conversion < 0.03”"));
            return;
        }
        if (!WorkflowExpressions::isTemplate(value.toString())) { // a bare expression; {{ }} ones are checked below
            const Status compiled = WorkflowExpressions::check(value.toString());
            if (!compiled)
                checker.add(path, compiled.error().message);
        }
        return;
    }
    case Kind::Url: {
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            checker.add(path, WorkflowDefinition::tr("should be a web address (http or https)"));
            return;
        }
        QString url = value.toString().trimmed();
        const qsizetype open = url.indexOf(QLatin1String("{{"));
        if (open >= 0) {
            // The scheme and the host must be written out: an expression may only compute what follows them.
            const QString fixed = url.left(open);
            const qsizetype schemeEnd = fixed.indexOf(QLatin1String("://"));
            if (schemeEnd < 0 || fixed.indexOf(QLatin1Char('/'), schemeEnd + 3) < 0) {
                checker.add(path, WorkflowDefinition::tr("the scheme and the host of the address must be written out, not computed by an expression"));
                return;
            }
            url = fixed;
        }
        const QString problem = WorkflowDefinition::webhookUrlProblem(url, validation);
        if (!problem.isEmpty())
            checker.add(path, problem);
        return;
    }
    case Kind::DateTime: {
        if (!value.isString() || !QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
            checker.add(path, WorkflowDefinition::tr("should be a date and time such as 2026-05-01T09:00:00Z"));
        return;
    }
    }
}

/// The rules that tie parameters of one action type together.
void checkParamRules(Checker &checker, const QString &type, const QJsonObject &params, const QString &path)
{
    if (type == QLatin1String("delay")) {
        int given = 0;
        for (const char *key : {"seconds", "minutes", "until"})
            given += params.contains(QLatin1String(key)) ? 1 : 0;
        if (given != 1)
            checker.add(path, WorkflowDefinition::tr("a delay needs exactly one of seconds, minutes or until"));
    } else if (type == QLatin1String("generate")) {
        const bool prompt = params.contains(QStringLiteral("prompt"));
        const bool templ = params.contains(QStringLiteral("template"));
        if (prompt == templ)
            checker.add(path, WorkflowDefinition::tr("a generation needs either a prompt or a template (not both)"));
        if (params.contains(QStringLiteral("variables")) && !templ)
            checker.add(path + QStringLiteral(".variables"), WorkflowDefinition::tr("variables only go with a template"));
    }
}

const QStringList kTriggerTypes = {QStringLiteral("manual"), QStringLiteral("schedule"), QStringLiteral("event")};
const QStringList kOnError = {QStringLiteral("stop"), QStringLiteral("continue"), QStringLiteral("error_branch")};

WorkflowTrigger parseTrigger(Checker &checker, const QJsonObject &object)
{
    WorkflowTrigger trigger;
    const QString path = QStringLiteral("trigger");
    if (!object.contains(QStringLiteral("type"))) {
        checker.add(path + QStringLiteral(".type"), WorkflowDefinition::tr("missing: one of %1").arg(kTriggerTypes.join(QStringLiteral(", "))));
        return trigger;
    }
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("manual")) {
        trigger.kind = WorkflowTrigger::Kind::Manual;
        checker.unknownKeys(object, {QStringLiteral("type")}, path);
    } else if (type == QLatin1String("schedule")) {
        trigger.kind = WorkflowTrigger::Kind::Schedule;
        checker.unknownKeys(object, {QStringLiteral("type"), QStringLiteral("cron"), QStringLiteral("timezone"),
                                     QStringLiteral("every_seconds"), QStringLiteral("every_minutes")},
                            path);
        const bool cron = object.contains(QStringLiteral("cron"));
        const bool seconds = object.contains(QStringLiteral("every_seconds"));
        const bool minutes = object.contains(QStringLiteral("every_minutes"));
        if (int(cron) + int(seconds) + int(minutes) != 1) {
            checker.add(path, WorkflowDefinition::tr("a schedule needs exactly one of cron, every_seconds or every_minutes"));
        } else if (cron) {
            trigger.cron = checker.text(object, QStringLiteral("cron"), path, true);
            QString zone = QStringLiteral("UTC");
            if (object.contains(QStringLiteral("timezone"))) {
                trigger.timezone = checker.text(object, QStringLiteral("timezone"), path, true);
                if (!trigger.timezone.isEmpty() && trigger.timezone != QLatin1String("UTC")
                    && !QTimeZone(trigger.timezone.toUtf8()).isValid())
                    checker.add(path + QStringLiteral(".timezone"),
                                WorkflowDefinition::tr("unknown time zone “%1” (an IANA name such as Europe/Paris)").arg(trigger.timezone));
                else if (!trigger.timezone.isEmpty())
                    zone = trigger.timezone;
            }
            if (!trigger.cron.isEmpty()) {
                const Result<CronSchedule> schedule = CronSchedule::parse(trigger.cron, zone);
                if (!schedule)
                    checker.add(path + QStringLiteral(".cron"), schedule.error().message);
            }
        } else {
            const QString key = seconds ? QStringLiteral("every_seconds") : QStringLiteral("every_minutes");
            const int unit = seconds ? 1 : 60;
            const int value = checker.integer(object, key, path, 1, 366 * 86400 / unit, 0);
            trigger.everySeconds = value * unit;
        }
        if (object.contains(QStringLiteral("timezone")) && !cron)
            checker.add(path + QStringLiteral(".timezone"), WorkflowDefinition::tr("a time zone only goes with cron"));
    } else if (type == QLatin1String("event")) {
        trigger.kind = WorkflowTrigger::Kind::Event;
        trigger.event = checker.text(object, QStringLiteral("event"), path, true);
        if (!trigger.event.isEmpty() && !WorkflowDefinition::eventNames().contains(trigger.event)) {
            checker.add(path + QStringLiteral(".event"), WorkflowDefinition::tr("unknown event “%1”; the events are: %2")
                                                             .arg(trigger.event, WorkflowDefinition::eventNames().join(QStringLiteral(", "))));
            return trigger;
        }
        const QStringList filterKeys = WorkflowDefinition::eventFilterKeys(trigger.event);
        checker.unknownKeys(object, QStringList{QStringLiteral("type"), QStringLiteral("event")} + filterKeys, path);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!filterKeys.contains(it.key()))
                continue;
            if (it.key() == QLatin1String("threshold")) {
                if (!it.value().isDouble())
                    checker.add(path + QStringLiteral(".threshold"), WorkflowDefinition::tr("should be a number"));
            } else if (it.key() == QLatin1String("percent")) {
                checker.integer(object, it.key(), path, 1, 100, 0);
            } else if (it.key() == QLatin1String("direction")) {
                if (it.value().toString() != QLatin1String("above") && it.value().toString() != QLatin1String("below"))
                    checker.add(path + QStringLiteral(".direction"), WorkflowDefinition::tr("“%1” is not one of: %2")
                                                                          .arg(it.value().toVariant().toString(), QStringLiteral("above, below")));
            } else {
                checker.text(object, it.key(), path, true);
            }
            trigger.filter.insert(it.key(), it.value());
        }
        if (trigger.event == QLatin1String("metric.threshold")) {
            checker.text(object, QStringLiteral("metric"), path, true);
            if (!object.contains(QStringLiteral("threshold")))
                checker.add(path + QStringLiteral(".threshold"), WorkflowDefinition::tr("missing"));
        } else if (trigger.event == QLatin1String("quota.threshold") && !object.contains(QStringLiteral("percent"))) {
            checker.add(path + QStringLiteral(".percent"), WorkflowDefinition::tr("missing"));
        }
    } else {
        checker.add(path + QStringLiteral(".type"), WorkflowDefinition::tr("“%1” is not a trigger type; the types are: %2")
                                                        .arg(object.value(QStringLiteral("type")).toVariant().toString(),
                                                             kTriggerTypes.join(QStringLiteral(", "))));
    }
    return trigger;
}

WorkflowAction parseAction(Checker &checker, const QJsonValue &value, int index, const WorkflowValidation &validation)
{
    WorkflowAction action;
    const QString path = QStringLiteral("actions[%1]").arg(index);
    if (!value.isObject()) {
        checker.add(path, WorkflowDefinition::tr("an action should be an object {\"id\": …, \"type\": …, \"params\": {…}}"));
        return action;
    }
    const QJsonObject object = value.toObject();
    checker.unknownKeys(object, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("params"), QStringLiteral("retry"),
                                 QStringLiteral("timeout_seconds"), QStringLiteral("on_error"), QStringLiteral("next"),
                                 QStringLiteral("else"), QStringLiteral("error")},
                        path);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    action.id = checker.text(object, QStringLiteral("id"), path, true);
    if (!action.id.isEmpty() && !idPattern.match(action.id).hasMatch())
        checker.add(path + QStringLiteral(".id"),
                    WorkflowDefinition::tr("“%1” is not an id: 1 to 64 letters, digits, “_” or “-”").arg(action.id));
    action.type = checker.text(object, QStringLiteral("type"), path, true);
    const bool knownType = WorkflowDefinition::actionTypes().contains(action.type);
    if (!action.type.isEmpty() && !knownType)
        checker.add(path + QStringLiteral(".type"), WorkflowDefinition::tr("unknown action type “%1”; the types are: %2")
                                                        .arg(action.type, WorkflowDefinition::actionTypes().join(QStringLiteral(", "))));

    // Parameters.
    const QString paramsPath = path + QStringLiteral(".params");
    if (object.contains(QStringLiteral("params")) && !object.value(QStringLiteral("params")).isObject())
        checker.add(paramsPath, WorkflowDefinition::tr("should be an object {…}"));
    action.params = object.value(QStringLiteral("params")).toObject();
    if (knownType) {
        const QList<ParamSpec> specs = paramSpecs(action.type);
        QStringList known;
        for (const ParamSpec &spec : specs) {
            const QString key = QLatin1String(spec.name);
            known.append(key);
            if (!action.params.contains(key)) {
                if (spec.required)
                    checker.add(paramsPath + QLatin1Char('.') + key, WorkflowDefinition::tr("missing: “%1” actions need it").arg(action.type));
                continue;
            }
            checkParam(checker, spec, action.params.value(key), paramsPath + QLatin1Char('.') + key, validation);
        }
        for (auto it = action.params.begin(); it != action.params.end(); ++it) {
            if (!known.contains(it.key()))
                checker.add(paramsPath + QLatin1Char('.') + it.key(),
                            WorkflowDefinition::tr("unknown parameter for “%1” actions (a typo?); their parameters are: %2")
                                .arg(action.type, known.join(QStringLiteral(", "))));
        }
        checkParamRules(checker, action.type, action.params, paramsPath);
    }
    for (const auto &[place, message] : WorkflowExpressions::templateProblems(action.params, paramsPath))
        checker.add(place, message);

    // Retries, timeout, errors.
    if (object.contains(QStringLiteral("retry"))) {
        const QString retryPath = path + QStringLiteral(".retry");
        if (!object.value(QStringLiteral("retry")).isObject()) {
            checker.add(retryPath, WorkflowDefinition::tr("should be an object {\"max_tries\": 3, \"wait_seconds\": 1}"));
        } else {
            const QJsonObject retry = object.value(QStringLiteral("retry")).toObject();
            checker.unknownKeys(retry, {QStringLiteral("max_tries"), QStringLiteral("wait_seconds"), QStringLiteral("backoff"),
                                        QStringLiteral("max_wait_seconds")},
                                retryPath);
            action.retry.maxTries = checker.integer(retry, QStringLiteral("max_tries"), retryPath, 1, 10, action.retry.maxTries);
            action.retry.waitSeconds = checker.integer(retry, QStringLiteral("wait_seconds"), retryPath, 0, 3600, action.retry.waitSeconds);
            action.retry.maxWaitSeconds = checker.integer(retry, QStringLiteral("max_wait_seconds"), retryPath, 0, 86400,
                                                          action.retry.maxWaitSeconds);
            if (retry.contains(QStringLiteral("backoff"))) {
                const QJsonValue backoff = retry.value(QStringLiteral("backoff"));
                if (!backoff.isDouble())
                    checker.add(retryPath + QStringLiteral(".backoff"), WorkflowDefinition::tr("should be a number"));
                else if (backoff.toDouble() < 1 || backoff.toDouble() > 10)
                    checker.add(retryPath + QStringLiteral(".backoff"),
                                WorkflowDefinition::tr("%1 is not between %2 and %3").arg(numberText(backoff.toDouble())).arg(1).arg(10));
                else
                    action.retry.backoff = backoff.toDouble();
            }
        }
    }
    action.timeoutSeconds = checker.integer(object, QStringLiteral("timeout_seconds"), path, 1, 86400, action.timeoutSeconds);
    if (object.contains(QStringLiteral("on_error"))) {
        const int which = kOnError.indexOf(object.value(QStringLiteral("on_error")).toString());
        if (which < 0)
            checker.add(path + QStringLiteral(".on_error"), WorkflowDefinition::tr("“%1” is not one of: %2")
                                                                .arg(object.value(QStringLiteral("on_error")).toVariant().toString(),
                                                                     kOnError.join(QStringLiteral(", "))));
        else
            action.onError = WorkflowAction::OnError(which);
    }
    action.next = checker.text(object, QStringLiteral("next"), path, false);
    action.elseNext = checker.text(object, QStringLiteral("else"), path, false);
    action.errorNext = checker.text(object, QStringLiteral("error"), path, false);
    if (!action.elseNext.isEmpty() && action.type != QLatin1String("condition"))
        checker.add(path + QStringLiteral(".else"), WorkflowDefinition::tr("only a condition has an else branch"));
    if (action.onError == WorkflowAction::OnError::ErrorBranch && !object.contains(QStringLiteral("error")))
        checker.add(path + QStringLiteral(".error"), WorkflowDefinition::tr("missing: on_error error_branch needs the id of the action to go to"));
    if (object.contains(QStringLiteral("error")) && action.onError != WorkflowAction::OnError::ErrorBranch)
        checker.add(path + QStringLiteral(".error"), WorkflowDefinition::tr("an error branch needs \"on_error\": \"error_branch\""));
    return action;
}

/// Edges naming ids that exist, and no cycle through next/else/error edges and the implicit order.
void checkGraph(Checker &checker, const WorkflowDefinition &definition)
{
    const QList<WorkflowAction> &actions = definition.actions;
    QHash<QString, int> firstIndex;
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i].id.isEmpty())
            continue;
        if (firstIndex.contains(actions[i].id))
            checker.add(QStringLiteral("actions[%1].id").arg(i),
                        WorkflowDefinition::tr("“%1” is already the id of actions[%2]").arg(actions[i].id).arg(firstIndex.value(actions[i].id)));
        else
            firstIndex.insert(actions[i].id, i);
    }
    bool edgesOk = true;
    struct Edge { int to; QString key; };
    QList<QList<Edge>> edges(actions.size());
    for (int i = 0; i < actions.size(); ++i) {
        const std::pair<QString, QString> named[] = {{QStringLiteral("next"), actions[i].next},
                                                     {QStringLiteral("else"), actions[i].elseNext},
                                                     {QStringLiteral("error"), actions[i].errorNext}};
        for (const auto &[key, target] : named) {
            if (target.isEmpty())
                continue;
            if (!firstIndex.contains(target)) {
                checker.add(QStringLiteral("actions[%1].%2").arg(i).arg(key), WorkflowDefinition::tr("no action has the id “%1”").arg(target));
                edgesOk = false;
                continue;
            }
            edges[i].append({firstIndex.value(target), key});
        }
        if (actions[i].next.isEmpty() && i + 1 < actions.size())
            edges[i].append({i + 1, QString()});
    }
    if (!edgesOk)
        return;
    // Depth-first search: an edge back to an action on the current path closes a cycle.
    QList<int> state(actions.size(), 0); // 0 unseen, 1 on the path, 2 done
    QList<int> stack;
    bool reported = false;
    std::function<void(int)> visit = [&](int node) {
        state[node] = 1;
        stack.append(node);
        for (const Edge &edge : edges[node]) {
            if (reported)
                break;
            if (state[edge.to] == 1) {
                QStringList chain;
                for (qsizetype k = stack.indexOf(edge.to); k < stack.size(); ++k)
                    chain.append(actions[stack[k]].id);
                chain.append(actions[edge.to].id);
                checker.add(edge.key.isEmpty() ? QStringLiteral("actions[%1]").arg(node)
                                               : QStringLiteral("actions[%1].%2").arg(node).arg(edge.key),
                            WorkflowDefinition::tr("this makes a cycle: %1").arg(chain.join(QStringLiteral(" → "))));
                reported = true;
            } else if (state[edge.to] == 0) {
                visit(edge.to);
            }
        }
        stack.removeLast();
        state[node] = 2;
    };
    for (int i = 0; i < actions.size() && !reported; ++i) {
        if (state[i] == 0)
            visit(i);
    }
}

bool isForbiddenAddress(const QHostAddress &address)
{
    QHostAddress a = address;
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped); // also reads ::ffff:a.b.c.d
    if (mapped)
        a = QHostAddress(v4);
    if (a.isLoopback() || a.isLinkLocal() || a.isUniqueLocalUnicast() || a.isSiteLocal() || a.isMulticast()
        || a.isBroadcast() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
        return true;
    static const char *const subnets[] = {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                                          "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15",
                                          "::/128", "::1/128", "fc00::/7", "fe80::/10", "64:ff9b::/96"};
    for (const char *subnet : subnets) {
        const auto [network, length] = QHostAddress::parseSubnet(QLatin1String(subnet));
        if (a.isInSubnet(network, length))
            return true;
    }
    return false;
}

} // namespace

QStringList WorkflowDefinition::actionTypes()
{
    return {QStringLiteral("condition"), QStringLiteral("delay"), QStringLiteral("analysis"), QStringLiteral("export_report"),
            QStringLiteral("generate"), QStringLiteral("notify"), QStringLiteral("comment"), QStringLiteral("webhook"),
            QStringLiteral("set_quota"), QStringLiteral("set_workflow_status")};
}

QStringList WorkflowDefinition::eventNames()
{
    return {QStringLiteral("anomaly.detected"), QStringLiteral("metric.threshold"), QStringLiteral("experiment.significant"),
            QStringLiteral("generation.completed"), QStringLiteral("generation.failed"), QStringLiteral("quota.threshold"),
            QStringLiteral("comment.mention"), QStringLiteral("share.created"), QStringLiteral("workflow.failed"),
            QStringLiteral("alert.raised"), QStringLiteral("alert.resolved")};
}

QStringList WorkflowDefinition::eventFilterKeys(const QString &event)
{
    static const QHash<QString, QStringList> keys = {
        {QStringLiteral("anomaly.detected"), {QStringLiteral("metric")}},
        {QStringLiteral("metric.threshold"), {QStringLiteral("metric"), QStringLiteral("threshold"), QStringLiteral("direction")}},
        {QStringLiteral("experiment.significant"), {QStringLiteral("experiment")}},
        {QStringLiteral("generation.completed"), {QStringLiteral("provider"), QStringLiteral("model")}},
        {QStringLiteral("generation.failed"), {QStringLiteral("provider"), QStringLiteral("model")}},
        {QStringLiteral("quota.threshold"), {QStringLiteral("percent")}},
        {QStringLiteral("comment.mention"), {QStringLiteral("user")}},
        {QStringLiteral("share.created"), {QStringLiteral("resource_type")}},
        {QStringLiteral("workflow.failed"), {QStringLiteral("workflow")}},
        {QStringLiteral("alert.raised"), {QStringLiteral("rule"), QStringLiteral("metric"), QStringLiteral("severity")}},
        {QStringLiteral("alert.resolved"), {QStringLiteral("rule"), QStringLiteral("metric"), QStringLiteral("severity")}},
    };
    return keys.value(event);
}

QString WorkflowDefinition::webhookUrlProblem(const QString &url, const WorkflowValidation &validation)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return tr("“%1” is not a web address").arg(url);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("“%1” is not an http or https address").arg(url);
    const QString host = parsed.host(QUrl::FullyEncoded).toLower();
    if (host.isEmpty())
        return tr("“%1” has no host").arg(url);
    for (const QString &allowed : validation.allowedHosts) {
        if (allowed.trimmed().compare(host, Qt::CaseInsensitive) == 0)
            return {};
    }
    const QString bare = host.endsWith(QLatin1Char('.')) ? host.chopped(1) : host;
    QHostAddress address;
    const bool literal = address.setAddress(bare);
    if (bare == QLatin1String("localhost") || bare.endsWith(QLatin1String(".localhost"))
        || (literal && isForbiddenAddress(address)))
        return tr("%1 is a loopback, private or link-local address; a brand admin may allow it with "
                  "“atelier workflow allow-host %1”").arg(bare);
    return {};
}

Result<WorkflowDefinition> WorkflowDefinition::parse(const QJsonObject &trigger, const QJsonArray &actions,
                                                     const WorkflowValidation &validation, QList<WorkflowProblem> *problems)
{
    QList<WorkflowProblem> found;
    Checker checker(found);
    WorkflowDefinition definition;
    definition.trigger = parseTrigger(checker, trigger);
    if (actions.isEmpty())
        checker.add(QStringLiteral("actions"), tr("a workflow needs at least one action"));
    for (int i = 0; i < actions.size(); ++i)
        definition.actions.append(parseAction(checker, actions.at(i), i, validation));
    checkGraph(checker, definition);
    if (problems)
        *problems = found;
    if (found.isEmpty())
        return definition;
    QStringList lines;
    for (qsizetype i = 0; i < found.size() && i < 5; ++i)
        lines.append(found[i].path.isEmpty() ? found[i].message : found[i].path + QStringLiteral(": ") + found[i].message);
    if (found.size() > 5)
        lines.append(tr("and %n more problem(s)", nullptr, int(found.size() - 5)));
    return Error{lines.join(QLatin1Char('\n')), {}, ErrorCode::InvalidInput};
}

Result<WorkflowDefinition> WorkflowDefinition::parse(const QByteArray &json, const WorkflowValidation &validation,
                                                     QList<WorkflowProblem> *problems)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QString problem;
    QString place;
    if (parseError.error != QJsonParseError::NoError)
        problem = tr("not JSON: %1 (at character %2)").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject())
        problem = tr("a definition should be an object {\"trigger\": {…}, \"actions\": […]}");
    else if (!document.object().value(QStringLiteral("trigger")).isObject())
        place = QStringLiteral("trigger"), problem = tr("missing, or not an object {\"type\": …}");
    else if (!document.object().value(QStringLiteral("actions")).isArray())
        place = QStringLiteral("actions"), problem = tr("missing, or not a list […]");
    if (!problem.isEmpty()) {
        if (problems)
            *problems = {{place, problem}};
        return Error{place.isEmpty() ? problem : place + QStringLiteral(": ") + problem, {}, ErrorCode::InvalidInput};
    }
    // Other keys (name, description, status… as `workflow show --format json` prints them) are not the
    // definition's: the caller reads them.
    const QJsonObject object = document.object();
    return parse(object.value(QStringLiteral("trigger")).toObject(), object.value(QStringLiteral("actions")).toArray(),
                 validation, problems);
}

QJsonObject WorkflowDefinition::triggerJson() const
{
    QJsonObject object;
    switch (trigger.kind) {
    case WorkflowTrigger::Kind::Manual:
        object.insert(QStringLiteral("type"), QStringLiteral("manual"));
        break;
    case WorkflowTrigger::Kind::Schedule:
        object.insert(QStringLiteral("type"), QStringLiteral("schedule"));
        if (!trigger.cron.isEmpty()) {
            object.insert(QStringLiteral("cron"), trigger.cron);
            if (!trigger.timezone.isEmpty())
                object.insert(QStringLiteral("timezone"), trigger.timezone);
        } else {
            object.insert(QStringLiteral("every_seconds"), trigger.everySeconds);
        }
        break;
    case WorkflowTrigger::Kind::Event:
        object = trigger.filter;
        object.insert(QStringLiteral("type"), QStringLiteral("event"));
        object.insert(QStringLiteral("event"), trigger.event);
        break;
    }
    return object;
}

QJsonArray WorkflowDefinition::actionsJson() const
{
    QJsonArray array;
    const WorkflowRetry defaults;
    for (const WorkflowAction &action : actions) {
        QJsonObject object{{QStringLiteral("id"), action.id}, {QStringLiteral("type"), action.type},
                           {QStringLiteral("params"), action.params}};
        if (action.retry.maxTries != defaults.maxTries || action.retry.waitSeconds != defaults.waitSeconds
            || action.retry.backoff != defaults.backoff || action.retry.maxWaitSeconds != defaults.maxWaitSeconds)
            object.insert(QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_tries"), action.retry.maxTries},
                                                               {QStringLiteral("wait_seconds"), action.retry.waitSeconds},
                                                               {QStringLiteral("backoff"), action.retry.backoff},
                                                               {QStringLiteral("max_wait_seconds"), action.retry.maxWaitSeconds}});
        if (action.timeoutSeconds != WorkflowAction().timeoutSeconds)
            object.insert(QStringLiteral("timeout_seconds"), action.timeoutSeconds);
        if (action.onError != WorkflowAction::OnError::Stop)
            object.insert(QStringLiteral("on_error"), kOnError.at(int(action.onError)));
        if (!action.next.isEmpty())
            object.insert(QStringLiteral("next"), action.next);
        if (!action.elseNext.isEmpty())
            object.insert(QStringLiteral("else"), action.elseNext);
        if (!action.errorNext.isEmpty())
            object.insert(QStringLiteral("error"), action.errorNext);
        array.append(object);
    }
    return array;
}

QJsonObject WorkflowDefinition::toJson() const
{
    return {{QStringLiteral("trigger"), triggerJson()}, {QStringLiteral("actions"), actionsJson()}};
}

int WorkflowDefinition::indexOf(const QString &id) const
{
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i].id == id)
            return i;
    }
    return -1;
}

int WorkflowDefinition::following(int index, const QString &outcome) const
{
    if (index < 0 || index >= actions.size())
        return -1;
    const WorkflowAction &action = actions[index];
    if (outcome == QLatin1String("else"))
        return action.elseNext.isEmpty() ? -1 : indexOf(action.elseNext);
    if (outcome == QLatin1String("error"))
        return action.errorNext.isEmpty() ? -1 : indexOf(action.errorNext);
    if (!action.next.isEmpty())
        return indexOf(action.next);
    return index + 1 < actions.size() ? index + 1 : -1;
}

} // namespace Atelier
