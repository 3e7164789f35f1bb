#include "demogenerator.h"

#include "core/database.h"
#include "core/eventbulkwriter.h"
#include "core/rowinserter.h"
#include "core/sqldialect.h"
#include "demoimages.h"
#include "security/audittrail.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSet>
#include <QStandardPaths>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace Atelier {

namespace {

constexpr qint64 kDayMs = 86400000;

/// Deterministic randomness: raw mt19937_64 output turned into numbers by our own formulas,
/// because the standard distributions differ between library implementations.
class Rng final
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    quint64 below(quint64 n) { return m_engine() % n; }
    bool chance(double p) { return unit() < p; }
    double normal()
    {
        const double u1 = std::max(unit(), 1e-12);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * unit());
    }
    double exponential(double mean) { return -mean * std::log(std::max(1.0 - unit(), 1e-12)); }
    template<typename W>
    int weighted(const W &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = unit() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct BrandSpec final
{
    const char *slug;
    const char *name;
    const char *industry;
};

// Six brands per industry: a brand has five peers, the fewest a benchmark may show without singling one out.
const BrandSpec kBrands[] = {
    {"lumiere-paris", "Lumière Paris", "fashion"},    {"nordwear", "Nordwear", "fashion"},
    {"urban-thread", "Urban Thread", "fashion"},      {"sole-studio", "Sole Studio", "fashion"},
    {"maison-vega", "Maison Vega", "fashion"},        {"thread-and-co", "Thread & Co", "fashion"},
    {"glow-lab", "Glow Lab", "beauty"},               {"petal-skin", "Petal Skin", "beauty"},
    {"verde-cosmetics", "Verde Cosmetics", "beauty"}, {"aurora-beauty", "Aurora Beauty", "beauty"},
    {"lune-apothecary", "Lune Apothecary", "beauty"}, {"bloom-skincare", "Bloom Skincare", "beauty"},
    {"oak-and-ash", "Oak & Ash", "home"},             {"casa-clara", "Casa Clara", "home"},
    {"nest-living", "Nest Living", "home"},           {"linea-home", "Linea Home", "home"},
    {"kiln-and-clay", "Kiln & Clay", "home"},         {"terra-house", "Terra House", "home"},
};
const char *const kIndustries[] = {"fashion", "beauty", "home"};

const char *const kChannels[] = {"organic", "paid_search", "social", "email", "referral", "direct"};
const char *const kCountries[] = {"FR", "US", "DE", "GB", "ES", "IT", "CA", "BE", "CH", "NL"};
const char *const kDevices[] = {"desktop", "mobile", "tablet"};
const char *const kPages[] = {"/", "/products", "/products/new", "/collections/summer", "/about", "/blog", "/sale"};
// Hour-of-day traffic shape (UTC): quiet nights, a lunch bump and an evening peak.
const double kHourWeights[24] = {0.3, 0.2, 0.15, 0.12, 0.12, 0.2, 0.4, 0.7, 1.0, 1.2, 1.3, 1.4,
                                 1.6, 1.5, 1.3, 1.2, 1.2, 1.3, 1.5, 1.8, 2.0, 1.8, 1.2, 0.6};
// Monday … Sunday.
const double kWeekdayWeights[7] = {1.0, 1.05, 1.05, 1.0, 0.95, 1.25, 1.35};

struct BrandModel final
{
    QByteArray id;
    QString slug;
    QString name;
    QString industry;
    double size = 1;
    double growth = 0;
    double signupRate = 0.25;
    double purchaseBoost = 1;
    double orderValue = 60;
    std::vector<double> channelWeights;
    std::vector<double> countryWeights;
    std::vector<double> deviceWeights;
    std::vector<double> dayCumulative; // visitor arrival per day, cumulative
    qint64 budget = 0;
};

struct ExperimentModel final
{
    QString id;
    QString name;
    QByteArray jsonName;
    std::vector<QString> variants;
    std::vector<double> planned;
    std::vector<double> actual;   // assignment used (may drift from the plan)
    std::vector<double> purchaseLift;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

const char *browserFor(const char *device, Rng &rng)
{
    if (qstrcmp(device, "desktop") == 0) {
        static const char *const b[] = {"Chrome", "Firefox", "Safari", "Edge"};
        static const double w[] = {0.55, 0.15, 0.18, 0.12};
        return b[rng.weighted(w)];
    }
    static const char *const b[] = {"Safari", "Chrome", "Samsung Internet"};
    static const double w[] = {0.5, 0.42, 0.08};
    return b[rng.weighted(w)];
}

const char *osFor(const char *device, const char *browser, Rng &rng)
{
    if (qstrcmp(device, "desktop") == 0) {
        if (qstrcmp(browser, "Safari") == 0)
            return "macOS";
        static const char *const o[] = {"Windows", "macOS", "Linux"};
        static const double w[] = {0.68, 0.26, 0.06};
        return o[rng.weighted(w)];
    }
    if (qstrcmp(browser, "Safari") == 0)
        return "iOS";
    return rng.chance(0.9) ? "Android" : "iOS";
}

/// Builds the JSON text of an event's properties without a JSON library: this runs a million times.
QByteArray properties(const char *channel, const char *country, const char *device, const char *browser, const char *os,
                      const char *page)
{
    QByteArray json;
    json.reserve(160);
    json.append("{\"channel\":\"").append(channel).append("\",\"country\":\"").append(country);
    json.append("\",\"device\":\"").append(device).append("\",\"browser\":\"").append(browser);
    json.append("\",\"os\":\"").append(os).append("\",\"page\":\"").append(page).append("\"}");
    return json;
}

QByteArray withExtra(const QByteArray &base, const QByteArray &extra)
{
    QByteArray json = base;
    json.chop(1);
    json.append(',').append(extra).append('}');
    return json;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
/// Any JSON value as text (a step's input or output may be a scalar).
QString valueJson(const QJsonValue &v)
{
    return json(QJsonArray{v}).mid(1).chopped(1);
}

class Generator final
{
public:
    Generator(const QSqlDatabase &db, const DemoOptions &options, const DemoGenerator::Progress &progress,
              const std::atomic_bool *cancel)
        : m_db(db), m_dialect(SqlDialect::of(db)), m_options(options), m_progress(progress), m_cancel(cancel),
          m_rng(options.seed), m_rows(db)
    {
        const QDateTime end = options.end.isValid() ? options.end.toUTC() : QDateTime::currentDateTimeUtc();
        m_endMs = end.toMSecsSinceEpoch();
        // Whole days: an end at midnight gives exactly `days` days; a mid-day end makes today the last, partial one.
        m_startMs = ((m_endMs + kDayMs - 1) / kDayMs - options.days) * kDayMs;
    }

    Result<DemoReport> run()
    {
        if (auto s = brands(); !s) return s.error();
        if (auto s = people(); !s) return s.error();
        if (auto s = experiments(); !s) return s.error();
        QElapsedTimer events;
        events.start();
        if (auto s = eventsAll(); !s) return s.error();
        m_report.eventMilliseconds = events.elapsed();
        if (auto s = conversions(); !s) return s.error();
        if (auto s = aiStudio(); !s) return s.error();
        if (auto s = collaboration(); !s) return s.error();
        if (auto s = operations(); !s) return s.error();
        return m_report;
    }

private:
    QVariant at(qint64 ms) const { return m_dialect.timeValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    Status insert(const char *table, const QStringList &columns, const QVariantList &values)
    {
        return m_rows.insert(QString::fromLatin1(table), columns, values);
    }
    QString nextId(const char *prefix) { return QStringLiteral("%1_%2").arg(QLatin1String(prefix)).arg(++m_ids, 6, 10, QLatin1Char('0')); }

    Status brands()
    {
        const int days = m_options.days;
        double totalSize = 0;
        for (const BrandSpec &spec : kBrands) {
            BrandModel b;
            b.slug = QString::fromLatin1(spec.slug);
            b.id = QByteArray("brand_") + spec.slug;
            b.name = QString::fromUtf8(spec.name);
            b.industry = QString::fromLatin1(spec.industry);
            b.size = 0.5 + m_rng.unit();
            b.growth = 0.2 + 1.2 * m_rng.unit(); // growth over the whole period
            b.signupRate = 0.18 + 0.14 * m_rng.unit();
            b.purchaseBoost = 0.8 + 0.5 * m_rng.unit();
            b.orderValue = b.industry == QLatin1String("fashion") ? 85 : b.industry == QLatin1String("beauty") ? 42 : 230;
            for (size_t i = 0; i < std::size(kChannels); ++i)
                b.channelWeights.push_back(0.2 + m_rng.unit() * (i == 2 && b.industry == QLatin1String("beauty") ? 3 : 1));
            for (size_t i = 0; i < std::size(kCountries); ++i)
                b.countryWeights.push_back(std::pow(m_rng.unit(), 2.0) + (i == 0 ? 1.0 : 0.05));
            const double mobile = b.industry == QLatin1String("home") ? 0.4 : 0.62;
            b.deviceWeights = {1.0 - mobile - 0.07, mobile, 0.07};
            // Anomalous days: a campaign spike and an outage, per brand.
            const int spike = 20 + int(m_rng.below(quint64(std::max(1, days - 40))));
            const int outage = 20 + int(m_rng.below(quint64(std::max(1, days - 40))));
            double running = 0;
            for (int d = 0; d < days; ++d) {
                const qint64 dayNumber = m_startMs / kDayMs + d;
                const int weekday = int((dayNumber + 3) % 7); // 1970-01-01 was a Thursday
                double w = (1.0 + b.growth * d / std::max(1, days - 1)) * kWeekdayWeights[weekday];
                if (d == spike) w *= 2.6;
                if (d == outage && outage != spike) w *= 0.25;
                running += w;
                b.dayCumulative.push_back(running);
            }
            totalSize += b.size;
            m_brands.push_back(b);
            if (auto s = insert("brands", {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("name"),
                                           QStringLiteral("industry"), QStringLiteral("created_at")},
                                {QString::fromLatin1(b.id), b.slug, b.name, b.industry, at(m_startMs - 30 * kDayMs)});
                !s)
                return s;
        }
        qint64 assigned = 0;
        for (size_t i = 0; i < m_brands.size(); ++i) {
            m_brands[i].budget = i + 1 == m_brands.size() ? m_options.events - assigned
                                                          : qint64(double(m_options.events) * m_brands[i].size / totalSize);
            assigned += m_brands[i].budget;
        }
        m_report.brands = int(m_brands.size());
        return Done{};
    }

    Status people()
    {
        struct Person { const char *id; const char *username; const char *name; const char *role; };
        static const Person kPeople[] = {
            {"user_ana", "ana", "Ana Moreau", "admin"},      {"user_ben", "ben", "Ben Carter", "analyst"},
            {"user_chloe", "chloe", "Chloé Dubois", "editor"}, {"user_david", "david", "David Okafor", "viewer"},
            {"user_emma", "emma", "Emma Rossi", "analyst"},  {"user_farid", "farid", "Farid Haddad", "editor"},
        };
        for (const Person &p : kPeople) {
            if (auto s = insert("users", {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("display_name"),
                                          QStringLiteral("email"), QStringLiteral("created_at")},
                                {QString::fromLatin1(p.id), QString::fromLatin1(p.username), QString::fromUtf8(p.name),
                                 QStringLiteral("%1@example.com").arg(QLatin1String(p.username)), at(m_startMs - 30 * kDayMs)});
                !s)
                return s;
            m_people.append(QString::fromLatin1(p.id));
        }
        // Ana administers every brand; the others work on the brands of one or two industries.
        for (size_t b = 0; b < m_brands.size(); ++b) {
            for (int i = 0; i < int(std::size(kPeople)); ++i) {
                const int industry = int(std::find_if(std::begin(kIndustries), std::end(kIndustries),
                                                      [&](const char *name) { return m_brands[b].industry == QLatin1String(name); })
                                         - std::begin(kIndustries));
                const bool member = i == 0 || industry == (i - 1) % 3 || (i == 4 && b % 2 == 0);
                if (!member)
                    continue;
                if (auto s = insert("brand_memberships", {QStringLiteral("user_id"), QStringLiteral("brand_id"),
                                                          QStringLiteral("role"), QStringLiteral("created_at")},
                                    {QString::fromLatin1(kPeople[i].id), QString::fromLatin1(m_brands[b].id),
                                     QString::fromLatin1(kPeople[i].role), at(m_startMs - 30 * kDayMs)});
                    !s)
                    return s;
                if (auto s = insert("user_quotas", {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("brand_id"),
                                                    QStringLiteral("monthly_credits"), QStringLiteral("credits_used"),
                                                    QStringLiteral("credits_reserved"), QStringLiteral("period_start")},
                                    {nextId("quota"), QString::fromLatin1(kPeople[i].id), QString::fromLatin1(m_brands[b].id),
                                     i == 0 ? 5000 : 1500, 0, 0, at((m_endMs / kDayMs - 29) * kDayMs)});
                    !s)
                    return s;
            }
        }
        m_report.people = int(std::size(kPeople));
        return Done{};
    }

    Status experiments()
    {
        for (size_t b = 0; b < m_brands.size(); ++b) {
            const BrandModel &brand = m_brands[b];
            ExperimentModel e;
            e.id = nextId("exp");
            e.startMs = (m_endMs / kDayMs - std::min(60, m_options.days)) * kDayMs;
            e.endMs = m_endMs;
            if (b % 3 == 2) {
                e.name = QStringLiteral("homepage_hero");
                e.variants = {QStringLiteral("control"), QStringLiteral("video"), QStringLiteral("carousel")};
                e.planned = {0.5, 0.25, 0.25};
                e.actual = e.planned;
                e.purchaseLift = {1.0, 1.3, 0.95};
            } else {
                e.name = QStringLiteral("checkout_button");
                e.variants = {QStringLiteral("control"), QStringLiteral("one_click")};
                e.planned = {0.5, 0.5};
                // One brand's assignment drifted from the plan: a sample-ratio mismatch to catch.
                e.actual = brand.slug == QLatin1String("glow-lab") ? std::vector<double>{0.56, 0.44} : e.planned;
                e.purchaseLift = {1.0, 1.35};
            }
            e.jsonName = e.name.toUtf8();
            if (auto s = insert("experiments", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                                                QStringLiteral("status"), QStringLiteral("goal_event"), QStringLiteral("brand_id"),
                                                QStringLiteral("started_at"), QStringLiteral("ended_at"), QStringLiteral("created_at")},
                                {e.id, e.name, QStringLiteral("Demo experiment on %1").arg(brand.name), QStringLiteral("running"),
                                 QStringLiteral("purchase"), QString::fromLatin1(brand.id), at(e.startMs), QVariant(),
                                 at(e.startMs - kDayMs)});
                !s)
                return s;
            for (size_t v = 0; v < e.variants.size(); ++v) {
                if (auto s = insert("experiment_variants", {QStringLiteral("id"), QStringLiteral("experiment_id"),
                                                            QStringLiteral("name"), QStringLiteral("is_control"),
                                                            QStringLiteral("planned_allocation"), QStringLiteral("brand_id")},
                                    {nextId("var"), e.id, e.variants[v], v == 0, e.planned[v], QString::fromLatin1(brand.id)});
                    !s)
                    return s;
            }
            m_experiments.push_back(e);
            ++m_report.experiments;
        }
        return Done{};
    }

    qint64 sampleDayStart(const BrandModel &b)
    {
        const double x = m_rng.unit() * b.dayCumulative.back();
        const auto it = std::upper_bound(b.dayCumulative.begin(), b.dayCumulative.end(), x);
        const qint64 d = std::min<qint64>(it - b.dayCumulative.begin(), qint64(b.dayCumulative.size()) - 1);
        return m_startMs + d * kDayMs;
    }

    qint64 sampleTimeOfDay()
    {
        const int hour = m_rng.weighted(kHourWeights);
        return hour * 3600000LL + qint64(m_rng.unit() * 3600000.0);
    }

    Status eventsAll()
    {
        auto writer = EventBulkWriter::start(m_db, true);
        if (!writer)
            return writer.error();
        m_writer = writer.value();
        qint64 written = 0;
        int lastPercent = -1;
        for (size_t b = 0; b < m_brands.size(); ++b) {
            BrandModel &brand = m_brands[b];
            qint64 left = brand.budget;
            qint64 visitor = 0;
            while (left > 0) {
                if ((visitor & 255) == 0 && cancelled()) {
                    m_writer->abort();
                    return Error{DemoGenerator::tr("Demo generation was cancelled; nothing was written."), {}};
                }
                const qint64 before = left;
                if (auto s = simulateVisitor(b, visitor++, left); !s) {
                    m_writer->abort();
                    return s;
                }
                if (left < before)
                    ++m_report.visitors;
                written += before - left;
                const int percent = int(written * 90 / std::max<qint64>(1, m_options.events));
                if (percent != lastPercent && m_progress) {
                    lastPercent = percent;
                    m_progress(percent);
                }
            }
        }
        m_report.events = written;
        auto finished = m_writer->finish();
        m_writer.reset();
        return finished;
    }

    Status record(const BrandModel &brand, const char *type, const QByteArray &user, const QByteArray &session,
                const QByteArray &props, qint64 ms, qint64 &left)
    {
        if (left <= 0 || ms >= m_endMs)
            return Done{};
        --left;
        m_event.eventType = QByteArray::fromRawData(type, qstrlen(type));
        m_event.userId = user;
        m_event.sessionId = session;
        m_event.properties = props;
        m_event.timestampMs = ms;
        m_event.brandId = brand.id;
        return m_writer->add(m_event);
    }

    Status simulateVisitor(size_t brandIndex, qint64 visitorIndex, qint64 &left)
    {
        BrandModel &brand = m_brands[brandIndex];
        const ExperimentModel &experiment = m_experiments[brandIndex];
        const bool bot = m_rng.chance(0.02);
        // Zero-padded ids sort in the order they are generated, so index inserts append instead of scattering.
        const QByteArray visitorKey = QByteArray::number(qulonglong(brandIndex)).rightJustified(2, '0') + '-'
                                      + QByteArray::number(visitorIndex).rightJustified(7, '0');
        const QByteArray user = bot ? QByteArray() : QByteArray("u") + visitorKey;
        const char *firstChannel = kChannels[m_rng.weighted(brand.channelWeights)];
        const char *country = kCountries[m_rng.weighted(brand.countryWeights)];
        const char *device = kDevices[m_rng.weighted(brand.deviceWeights)];
        const char *browser = browserFor(device, m_rng);
        const char *os = osFor(device, browser, m_rng);
        // Mobile shoppers browse more and buy less; desktop converts best.
        const double deviceFactor = qstrcmp(device, "desktop") == 0 ? 1.25 : qstrcmp(device, "mobile") == 0 ? 0.8 : 1.0;

        qint64 t = sampleDayStart(brand) + sampleTimeOfDay();
        const int sessions = bot ? 1 : 1 + int(m_rng.exponential(0.9));
        bool signedUp = false;
        int variant = -1;
        for (int s = 0; s < sessions && t < m_endMs && left > 0; ++s) {
            const QByteArray session = QByteArray("s") + visitorKey + '-' + QByteArray::number(s);
            const char *channel = s == 0 ? firstChannel : (m_rng.chance(0.45) ? firstChannel : kChannels[m_rng.below(6)]);
            const int views = 1 + int(m_rng.exponential(bot ? 0.5 : 2.0));
            for (int v = 0; v < views; ++v) {
                const char *page = kPages[v == 0 ? m_rng.below(3) : m_rng.below(std::size(kPages))];
                if (auto r = record(brand, "page_view", user, bot ? QByteArray() : session,
                                  properties(channel, country, device, browser, os, page), t, left);
                    !r)
                    return r;
                t += 5000 + qint64(m_rng.exponential(60000));
            }
            if (bot)
                break;
            const QByteArray props = properties(channel, country, device, browser, os, "/checkout");
            if (!signedUp && m_rng.chance(brand.signupRate)) {
                signedUp = true;
                if (auto r = record(brand, "signup", user, session, properties(channel, country, device, browser, os, "/signup"),
                                  t, left);
                    !r)
                    return r;
                t += 10000 + qint64(m_rng.exponential(90000));
            }
            double lift = 1.0;
            if (signedUp && t >= experiment.startMs && t < experiment.endMs) {
                if (variant < 0) {
                    variant = m_rng.weighted(experiment.actual);
                    const QByteArray extra = "\"experiment\":\"" + experiment.jsonName + "\",\"variant\":\""
                                             + experiment.variants[size_t(variant)].toUtf8() + '"';
                    if (auto r = record(brand, "experiment_exposure", user, session, withExtra(props, extra), t, left); !r)
                        return r;
                    t += 1000;
                }
                lift = experiment.purchaseLift[size_t(variant)];
            }
            if (signedUp && m_rng.chance(0.3 * deviceFactor)) {
                if (auto r = record(brand, "add_to_cart", user, session, props, t, left); !r)
                    return r;
                t += 20000 + qint64(m_rng.exponential(120000));
                if (m_rng.chance(0.55)) {
                    if (auto r = record(brand, "checkout", user, session, props, t, left); !r)
                        return r;
                    t += 30000 + qint64(m_rng.exponential(90000));
                    if (m_rng.chance(std::min(0.95, 0.5 * brand.purchaseBoost * lift))) {
                        const double revenue = std::round(brand.orderValue * std::exp(0.45 * m_rng.normal() - 0.1) * 100) / 100;
                        const QByteArray extra = "\"revenue\":" + QByteArray::number(revenue, 'f', 2);
                        const qint64 purchaseAt = t;
                        const bool counted = left > 0 && purchaseAt < m_endMs;
                        if (auto r = record(brand, "purchase", user, session, withExtra(props, extra), purchaseAt, left); !r)
                            return r;
                        if (counted && variant >= 0) {
                            if (auto r = conversion(brand, brandIndex, size_t(variant), user, revenue, purchaseAt, firstChannel,
                                                    channel);
                                !r)
                                return r;
                        }
                        t += 5000;
                    }
                }
            }
            // The next visit comes days later, if at all.
            t += qint64(m_rng.exponential(6.0 * kDayMs)) + 3600000;
        }
        return Done{};
    }

    /// Conversions are kept aside while events stream in: PostgreSQL takes no other statement during COPY.
    struct PendingConversion final
    {
        QString brandId;
        size_t experiment;
        size_t variant;
        QString user;
        double revenue;
        qint64 ms;
        const char *firstChannel;
        const char *lastChannel;
    };

    Status conversion(const BrandModel &brand, size_t experiment, size_t variant, const QByteArray &user, double revenue,
                      qint64 ms, const char *firstChannel, const char *lastChannel)
    {
        m_conversions.push_back({QString::fromLatin1(brand.id), experiment, variant, QString::fromLatin1(user), revenue, ms,
                                 firstChannel, lastChannel});
        return Done{};
    }

    Status conversions()
    {
        QList<QVariantList> conversionRows, attributionRows;
        for (const PendingConversion &c : m_conversions) {
            const ExperimentModel &e = m_experiments[c.experiment];
            const QString id = nextId("conv");
            conversionRows.append({id, c.user, e.id, e.variants[c.variant], QStringLiteral("purchase"),
                                   int(std::lround(c.revenue * 100)), c.brandId, at(c.ms)});
            const QString first = QString::fromLatin1(c.firstChannel), last = QString::fromLatin1(c.lastChannel);
            attributionRows.append({nextId("attr"), id, first, QStringLiteral("first_touch"), 1.0, c.brandId, at(c.ms)});
            attributionRows.append({nextId("attr"), id, last, QStringLiteral("last_touch"), 1.0, c.brandId, at(c.ms)});
            const bool same = first == last;
            for (const QString &channel : same ? QStringList{first} : QStringList{first, last})
                attributionRows.append({nextId("attr"), id, channel, QStringLiteral("linear"), same ? 1.0 : 0.5, c.brandId, at(c.ms)});
        }
        m_conversions.clear();
        if (auto s = m_rows.insertMany(QStringLiteral("conversions"),
                                       {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("experiment_id"),
                                        QStringLiteral("variant"), QStringLiteral("event_type"), QStringLiteral("value_cents"),
                                        QStringLiteral("brand_id"), QStringLiteral("converted_at")},
                                       conversionRows);
            !s)
            return s;
        return m_rows.insertMany(QStringLiteral("attributions"),
                                 {QStringLiteral("id"), QStringLiteral("conversion_id"), QStringLiteral("channel"),
                                  QStringLiteral("model"), QStringLiteral("weight"), QStringLiteral("brand_id"),
                                  QStringLiteral("created_at")},
                                 attributionRows);
    }

    Status aiStudio()
    {
        struct ModelSpec { const char *name; const char *provider; const char *type; double cost; int avg; double quality; };
        static const ModelSpec kModels[] = {
            {"dall-e-3", "openai", "2d", 0.04, 12, 88},           {"gpt-image-1", "openai", "2d", 0.063, 20, 92},
            {"stable-image-core", "stability", "2d", 0.03, 6, 80}, {"stable-image-ultra", "stability", "2d", 0.08, 10, 90},
            {"sd3.5-large", "stability", "2d", 0.065, 9, 86},     {"stable-fast-3d", "stability", "3d", 0.10, 15, 74},
            {"sdxl", "replicate", "2d", 0.012, 8, 78},            {"animate-diff", "replicate", "animation", 0.05, 45, 70},
            {"a1111-local", "automatic1111", "2d", 0.0, 25, 74},  {"offline-preview", "offline", "2d", 0.0, 1, 0},
        };
        // The catalogue (migration 0009) registers the providers' models already; the demo adds the rest.
        QSet<QString> registered;
        {
            QSqlQuery existing(m_db);
            if (!existing.exec(QStringLiteral("SELECT name FROM ai_models")))
                return Database::queryError(existing, DemoGenerator::tr("Reading the models"));
            while (existing.next())
                registered.insert(existing.value(0).toString());
        }
        for (const ModelSpec &m : kModels) {
            if (registered.contains(QString::fromLatin1(m.name)))
                continue;
            QJsonObject meta{{QStringLiteral("label"), m.provider == QByteArrayView("offline")
                                                            ? QStringLiteral("offline preview — not AI")
                                                            : QString::fromLatin1(m.name)}};
            if (auto s = insert("ai_models", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("provider"),
                                              QStringLiteral("type"), QStringLiteral("cost_per_generation"),
                                              QStringLiteral("avg_time"), QStringLiteral("quality"), QStringLiteral("is_active"),
                                              QStringLiteral("metadata")},
                                {QStringLiteral("model_") + QString::fromLatin1(m.name), QString::fromLatin1(m.name),
                                 QString::fromLatin1(m.provider), QString::fromLatin1(m.type), m.cost, m.avg, m.quality, true,
                                 json(meta)});
                !s)
                return s;
        }

        struct TemplateSpec { const char *name; const char *category; const char *prompt; const char *vars; };
        static const TemplateSpec kTemplates[] = {
            {"Product on marble", "product", "{product} on a white marble table, soft daylight, {style} photography", "product,style"},
            {"Minimal logo", "logo", "minimal flat logo for {brand}, {color} palette, vector", "brand,color"},
            {"Lifestyle portrait", "portrait", "portrait of a {person} wearing {product}, golden hour, 85mm", "person,product"},
            {"Seasonal banner", "banner", "{season} sale banner for {brand}, bold typography, {color} tones", "season,brand,color"},
        };
        QStringList templateIds;
        for (const TemplateSpec &t : kTemplates) {
            QJsonArray vars;
            for (const QString &v : QString::fromLatin1(t.vars).split(QLatin1Char(',')))
                vars.append(v);
            const QString id = nextId("tpl");
            templateIds.append(id);
            if (auto s = insert("ai_prompt_templates", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
                                                        QStringLiteral("prompt"), QStringLiteral("variables"),
                                                        QStringLiteral("success_rate"), QStringLiteral("usage_count"),
                                                        QStringLiteral("created_at")},
                                {id, QString::fromLatin1(t.name), QString::fromLatin1(t.category), QString::fromLatin1(t.prompt),
                                 json(vars), 0.7 + 0.25 * m_rng.unit(), int(m_rng.below(200)), at(m_startMs)});
                !s)
                return s;
            if (auto s = insert("prompt_templates", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("content"),
                                                     QStringLiteral("variables"), QStringLiteral("created_at")},
                                {nextId("ptpl"), QString::fromLatin1(t.name), QString::fromLatin1(t.prompt), json(vars),
                                 at(m_startMs)});
                !s)
                return s;
        }

        static const char *const kSubjects[] = {"linen summer dress", "leather sneaker", "vitamin C serum", "rose face oil",
                                                "oak dining table", "ceramic vase", "wool throw blanket", "silk scarf"};
        static const char *const kStyles[] = {"editorial", "pastel", "cinematic", "studio", "watercolor", "bauhaus"};
        const int perBrand = m_options.generationsPerBrand;
        int done = 0;
        for (size_t b = 0; b < m_brands.size(); ++b) {
            const BrandModel &brand = m_brands[b];
            const QString brandId = QString::fromLatin1(brand.id);
            const QList<QColor> palette = {QColor::fromHsv(int(b * 30) % 360, 160, 220), QColor::fromHsv(int(b * 30 + 40) % 360, 120, 180),
                                           QColor::fromHsv(int(b * 30 + 180) % 360, 90, 240), QColor(40, 40, 48),
                                           QColor(245, 240, 232)};
            QString collectionId = nextId("col");
            const QString owner = m_people.at(int(b % 3) + 1 < m_people.size() ? 2 : 0);
            if (auto s = insert("ai_collections", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                                                   QStringLiteral("user_id"), QStringLiteral("brand_id"),
                                                   QStringLiteral("is_shared"), QStringLiteral("created_at")},
                                {collectionId, QStringLiteral("%1 — campaign picks").arg(brand.name),
                                 QStringLiteral("Selected visuals for the next campaign"), owner, brandId, b % 2 == 0,
                                 at(m_endMs - 20 * kDayMs)});
                !s)
                return s;
            for (int g = 0; g < perBrand; ++g) {
                if (cancelled())
                    return Error{DemoGenerator::tr("Demo generation was cancelled; nothing was written."), {}};
                const QString id = nextId("gen");
                const ModelSpec &model = kModels[m_rng.below(std::size(kModels) - 1)];
                const QString type = QString::fromLatin1(model.type);
                const QString prompt = QStringLiteral("%1, %2 style, for %3")
                                           .arg(QLatin1String(kSubjects[m_rng.below(std::size(kSubjects))]),
                                                QLatin1String(kStyles[m_rng.below(std::size(kStyles))]), brand.name);
                const quint64 seed = m_rng.below(1u << 31);
                const bool failed = m_rng.chance(0.08);
                const qint64 created = m_endMs - qint64(m_rng.unit() * 60) * kDayMs - qint64(m_rng.unit() * kDayMs);
                const int duration = std::max(1, int(model.avg * (0.6 + 0.8 * m_rng.unit())));
                const int credits = int(std::lround(model.cost * 100));
                QJsonObject params{{QStringLiteral("seed"), qint64(seed)}, {QStringLiteral("width"), 1024},
                                   {QStringLiteral("height"), 1024}, {QStringLiteral("steps"), 30}};
                QVariant resultUrl, thumbUrl;
                if (!failed) {
                    const QImage image = DemoImages::render(seed, palette, 256);
                    const QByteArray bytes = DemoImages::png(image);
                    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                    if (auto s = insert("ai_assets", {QStringLiteral("brand_id"), QStringLiteral("sha256"),
                                                      QStringLiteral("mime_type"), QStringLiteral("width"),
                                                      QStringLiteral("height"), QStringLiteral("data"),
                                                      QStringLiteral("created_at")},
                                        {brandId, sha, QStringLiteral("image/png"), image.width(), image.height(), bytes,
                                         at(created)});
                        !s)
                        return s;
                    resultUrl = QStringLiteral("asset:") + sha;
                    thumbUrl = resultUrl;
                }
                const QString author = m_people.at(int((b + size_t(g)) % size_t(m_people.size())));
                if (auto s = insert("ai_generations",
                                    {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("prompt"), QStringLiteral("model"),
                                     QStringLiteral("parameters"), QStringLiteral("status"), QStringLiteral("result_url"),
                                     QStringLiteral("thumbnail_url"), QStringLiteral("error"), QStringLiteral("credits"),
                                     QStringLiteral("cost_cents"), QStringLiteral("duration"), QStringLiteral("quality"),
                                     QStringLiteral("rating"), QStringLiteral("starred"), QStringLiteral("user_id"),
                                     QStringLiteral("brand_id"), QStringLiteral("created_at"), QStringLiteral("completed_at"),
                                     QStringLiteral("provider")},
                                    {id, type, prompt, QString::fromLatin1(model.name), json(params),
                                     failed ? QStringLiteral("failed") : QStringLiteral("completed"), resultUrl, thumbUrl,
                                     failed ? QVariant(QStringLiteral("rate limited by the provider")) : QVariant(),
                                     failed ? 0 : credits, failed ? 0 : credits, duration,
                                     failed ? QVariant() : QVariant(model.quality * (0.85 + 0.15 * m_rng.unit())),
                                     failed ? QVariant() : QVariant(1 + int(m_rng.below(5))), !failed && m_rng.chance(0.2),
                                     author, brandId, at(created), at(created + duration * 1000LL), QString::fromLatin1(model.provider)});
                    !s)
                    return s;
                if (!failed) {
                    if (auto s = insert("ai_costs", {QStringLiteral("id"), QStringLiteral("generation_id"), QStringLiteral("user_id"),
                                                     QStringLiteral("brand_id"), QStringLiteral("provider"), QStringLiteral("model"),
                                                     QStringLiteral("kind"), QStringLiteral("credits"), QStringLiteral("cost_cents"),
                                                     QStringLiteral("created_at")},
                                        {nextId("cost"), id, author, brandId, QString::fromLatin1(model.provider),
                                         QString::fromLatin1(model.name), QStringLiteral("charge"), credits, credits,
                                         at(created + duration * 1000LL)});
                        !s)
                        return s;
                    if (auto s = insert("ai_versions", {QStringLiteral("id"), QStringLiteral("generation_id"),
                                                        QStringLiteral("version"), QStringLiteral("prompt"),
                                                        QStringLiteral("parameters"), QStringLiteral("result_url"),
                                                        QStringLiteral("quality"), QStringLiteral("brand_id"),
                                                        QStringLiteral("created_at")},
                                        {nextId("ver"), id, 1, prompt, json(params), resultUrl, model.quality, brandId,
                                         at(created + duration * 1000LL)});
                        !s)
                        return s;
                    if (g % 3 == 0) {
                        if (auto s = insert("ai_collection_generations", {QStringLiteral("collection_id"),
                                                                          QStringLiteral("generation_id"),
                                                                          QStringLiteral("brand_id"), QStringLiteral("added_at")},
                                            {collectionId, id, brandId, at(created + 3600000)});
                            !s)
                            return s;
                    }
                    m_generations.append({id, brandId});
                }
                ++m_report.generations;
                if (m_progress)
                    m_progress(90 + 8 * ++done / std::max(1, perBrand * int(m_brands.size())));
            }
            const QString datasetId = nextId("ds");
            QJsonArray images;
            for (int i = 0; i < 24; ++i)
                images.append(QStringLiteral("dataset/%1/%2.png").arg(brand.slug).arg(i, 3, 10, QLatin1Char('0')));
            if (auto s = insert("ai_training_datasets", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("images"),
                                                         QStringLiteral("validated"), QStringLiteral("total"),
                                                         QStringLiteral("quality"), QStringLiteral("status"),
                                                         QStringLiteral("brand_id"), QStringLiteral("created_at")},
                                {datasetId, QStringLiteral("%1 product shots").arg(brand.name), json(images), 20, 24,
                                 70 + 25 * m_rng.unit(), QStringLiteral("ready"), brandId, at(m_endMs - 40 * kDayMs)});
                !s)
                return s;
            if (auto s = insert("ai_custom_models", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("base_model"),
                                                     QStringLiteral("dataset_id"), QStringLiteral("accuracy"),
                                                     QStringLiteral("status"), QStringLiteral("cost_cents"),
                                                     QStringLiteral("brand_id"), QStringLiteral("created_at"),
                                                     QStringLiteral("trained_at")},
                                {nextId("cm"), QStringLiteral("%1 style v1").arg(brand.slug), QStringLiteral("sdxl"), datasetId,
                                 0.8 + 0.15 * m_rng.unit(), QStringLiteral("ready"), 250, brandId, at(m_endMs - 35 * kDayMs),
                                 at(m_endMs - 35 * kDayMs + 3 * 3600000)});
                !s)
                return s;
            QJsonArray embedding;
            for (int i = 0; i < 16; ++i)
                embedding.append(std::round(m_rng.normal() * 1000) / 1000);
            if (auto s = insert("design_dna", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("embedding"),
                                               QStringLiteral("parameters"), QStringLiteral("brand_id"), QStringLiteral("created_at")},
                                {nextId("dna"), QStringLiteral("%1 visual identity").arg(brand.name), json(embedding),
                                 json(QJsonObject{{QStringLiteral("primary"), palette.at(0).name()},
                                                  {QStringLiteral("secondary"), palette.at(1).name()}}),
                                 brandId, at(m_startMs)});
                !s)
                return s;
        }
        return Done{};
    }

    Status collaboration()
    {
        static const char *const kRemarks[] = {"Love the lighting on this one.", "Can we try a warmer palette?",
                                               "Approved for the newsletter.", "The logo is too small here.",
                                               "@ben can you check the numbers behind this?"};
        for (int i = 0; i < m_generations.size(); i += 3) {
            const auto &[generation, brandId] = m_generations.at(i);
            const QString author = m_people.at(i % m_people.size());
            const QString commentId = nextId("cmt");
            const qint64 when = m_endMs - qint64(m_rng.unit() * 10 * kDayMs);
            const QStringList cols = {QStringLiteral("id"), QStringLiteral("resource_type"), QStringLiteral("resource_id"),
                                      QStringLiteral("parent_id"), QStringLiteral("content"), QStringLiteral("resolved"),
                                      QStringLiteral("author_id"), QStringLiteral("brand_id"), QStringLiteral("created_at"),
                                      QStringLiteral("updated_at")};
            if (auto s = insert("comments", cols, {commentId, QStringLiteral("ai_generation"), generation, QVariant(),
                                                   QString::fromLatin1(kRemarks[i % 5]), false, author, brandId, at(when), at(when)});
                !s)
                return s;
            if (i % 2 == 0) {
                if (auto s = insert("comments", cols, {nextId("cmt"), QStringLiteral("ai_generation"), generation, commentId,
                                                       QStringLiteral("Agreed, updating it now."), false,
                                                       m_people.at((i + 1) % m_people.size()), brandId, at(when + 3600000),
                                                       at(when + 3600000)});
                    !s)
                    return s;
            }
            if (i % 4 == 0) {
                const QJsonObject rect{{QStringLiteral("x"), 0.2}, {QStringLiteral("y"), 0.3},
                                       {QStringLiteral("width"), 0.25}, {QStringLiteral("height"), 0.2}};
                if (auto s = insert("annotations", {QStringLiteral("id"), QStringLiteral("resource_type"),
                                                    QStringLiteral("resource_id"), QStringLiteral("type"),
                                                    QStringLiteral("position"), QStringLiteral("content"),
                                                    QStringLiteral("author_id"), QStringLiteral("brand_id"),
                                                    QStringLiteral("created_at")},
                                    {nextId("ann"), QStringLiteral("ai_generation"), generation,
                                     i % 8 == 0 ? QStringLiteral("issue") : QStringLiteral("suggestion"), json(rect),
                                     QStringLiteral("Crop tighter around the product"), author, brandId, at(when)});
                    !s)
                    return s;
            }
            // Through the audit trail, so the demo's history is chained like any other.
            AuditRecord audit;
            audit.id = nextId("aud");
            audit.action = i % 5 == 0 ? QStringLiteral("export") : QStringLiteral("view");
            audit.resourceType = QStringLiteral("ai_generation");
            audit.resourceId = generation;
            audit.userId = author;
            audit.brandId = brandId;
            audit.ipAddress = QStringLiteral("10.0.0.%1").arg(10 + i % 50);
            audit.userAgent = QStringLiteral("Atelier/%1 (Linux)").arg(QLatin1String(ATELIER_VERSION));
            audit.metadata = json(QJsonObject{{QStringLiteral("source"), QStringLiteral("demo")}});
            audit.createdAtMs = when;
            if (auto s = AuditTrail::append(m_db, audit); !s)
                return s;
        }
        if (!m_generations.isEmpty()) {
            const auto &[generation, brandId] = m_generations.first();
            if (auto s = insert("shared_resources", {QStringLiteral("id"), QStringLiteral("resource_type"),
                                                     QStringLiteral("resource_id"), QStringLiteral("shared_with"),
                                                     QStringLiteral("permissions"), QStringLiteral("created_by"),
                                                     QStringLiteral("brand_id"), QStringLiteral("created_at")},
                                {nextId("share"), QStringLiteral("ai_generation"), generation,
                                 json(QJsonArray{m_people.at(1), m_people.at(3)}),
                                 json(QJsonObject{{m_people.at(1), QStringLiteral("comment")}, {m_people.at(3), QStringLiteral("view")}}),
                                 m_people.at(0), brandId, at(m_endMs - kDayMs)});
                !s)
                return s;
        }
        struct Text { const char *key; const char *en; const char *fr; };
        static const Text kTexts[] = {
            {"kpi.events", "Events", "Événements"},           {"kpi.active_users", "Active users", "Utilisateurs actifs"},
            {"kpi.conversion_rate", "Conversion rate", "Taux de conversion"}, {"kpi.revenue", "Revenue", "Chiffre d'affaires"},
            {"kpi.generations", "Generations", "Générations"}, {"funnel.signup", "Sign-up", "Inscription"},
            {"funnel.purchase", "Purchase", "Achat"},         {"studio.collection", "Collection", "Collection"},
            {"studio.prompt", "Prompt", "Invite"},            {"report.title", "Monthly report", "Rapport mensuel"},
        };
        for (const Text &t : kTexts) {
            for (const auto &[language, value] : {std::pair{"en", t.en}, std::pair{"fr", t.fr}}) {
                if (auto s = insert("translations", {QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("language"),
                                                     QStringLiteral("value"), QStringLiteral("context"),
                                                     QStringLiteral("created_at"), QStringLiteral("updated_at")},
                                    {nextId("tr"), QString::fromLatin1(t.key), QString::fromLatin1(language),
                                     QString::fromUtf8(value), QStringLiteral("console"), at(m_startMs), at(m_startMs)});
                    !s)
                    return s;
            }
        }
        return Done{};
    }

    /// A definition as `workflow create --file` takes it (docs/workflows.md).
    static QJsonObject definition(const QJsonObject &trigger, const QJsonArray &actions)
    {
        return {{QStringLiteral("trigger"), trigger}, {QStringLiteral("actions"), actions}};
    }

    /// A step as it ran: its input, then its output or its error.
    struct DemoStep
    {
        QString id;
        QJsonValue input;
        QJsonValue output;
        QString error;
        QString errorCode;
        qint64 durationMs = 1000;
    };

    /// One execution of \a workflowId that ran \a steps from \a startedMs; it failed when its last step has an error.
    Status execution(const QString &brandId, const QString &workflowId, int version, const QString &triggerKind,
                     const QJsonObject &payload, qint64 scheduledMs, qint64 startedMs, const QList<DemoStep> &steps)
    {
        const QString id = nextId("wfx");
        qint64 t = startedMs;
        QJsonObject outputs;
        QString error, errorCode, currentStep;
        QList<QVariantList> runs;
        for (const DemoStep &step : steps) {
            runs.append({nextId("wfs"), id, brandId, step.id, 1, step.error.isEmpty() ? QStringLiteral("completed") : QStringLiteral("failed"),
                         valueJson(step.input), step.error.isEmpty() ? QVariant(valueJson(step.output)) : QVariant(),
                         step.error.isEmpty() ? QVariant() : QVariant(step.error),
                         step.errorCode.isEmpty() ? QVariant() : QVariant(step.errorCode), at(t), at(t + step.durationMs)});
            t += step.durationMs + 200;
            currentStep = step.id;
            if (!step.error.isEmpty()) {
                error = step.error;
                errorCode = step.errorCode;
                break;
            }
            outputs.insert(step.id, step.output);
        }
        const bool failed = !error.isEmpty();
        const QJsonObject result = failed ? QJsonObject{{QStringLiteral("step"), currentStep}, {QStringLiteral("error"), error}}
                                          : QJsonObject{{QStringLiteral("steps"), outputs}};
        if (auto s = insert("workflow_executions",
                            {QStringLiteral("id"), QStringLiteral("workflow_id"), QStringLiteral("status"), QStringLiteral("result"),
                             QStringLiteral("brand_id"), QStringLiteral("started_at"), QStringLiteral("completed_at"),
                             QStringLiteral("version"), QStringLiteral("trigger_kind"), QStringLiteral("trigger_payload"),
                             QStringLiteral("run_as_id"), QStringLiteral("attempt"), QStringLiteral("scheduled_for"),
                             QStringLiteral("current_step"), QStringLiteral("error"), QStringLiteral("error_code"), QStringLiteral("created_at")},
                            {id, workflowId, failed ? QStringLiteral("failed") : QStringLiteral("completed"), json(result), brandId,
                             at(startedMs), at(t), version, triggerKind, payload.isEmpty() ? QVariant() : QVariant(json(payload)),
                             m_people.at(0), 1, scheduledMs > 0 ? at(scheduledMs) : QVariant(), currentStep,
                             failed ? QVariant(error) : QVariant(), errorCode.isEmpty() ? QVariant() : QVariant(errorCode),
                             at(scheduledMs > 0 ? scheduledMs : startedMs)});
            !s)
            return s;
        for (const QVariantList &run : std::as_const(runs))
            if (auto s = insert("workflow_step_runs",
                                {QStringLiteral("id"), QStringLiteral("execution_id"), QStringLiteral("brand_id"), QStringLiteral("step_id"),
                                 QStringLiteral("attempt"), QStringLiteral("status"), QStringLiteral("input"), QStringLiteral("output"),
                                 QStringLiteral("error"), QStringLiteral("error_code"), QStringLiteral("started_at"),
                                 QStringLiteral("ended_at")},
                                run);
                !s)
                return s;
        return Done{};
    }

    /// A workflow with its versions (the last one current), run as and owned by the brands' admin.
    Status workflow(const QString &id, const QString &brandId, const QString &name, const QString &description, const QString &status,
                    const QList<QJsonObject> &versions, qint64 createdMs)
    {
        const QJsonObject &current = versions.last();
        if (auto s = insert("workflows", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                                          QStringLiteral("trigger"), QStringLiteral("actions"), QStringLiteral("status"),
                                          QStringLiteral("brand_id"), QStringLiteral("created_at"), QStringLiteral("version"),
                                          QStringLiteral("owner_id"), QStringLiteral("run_as_id"), QStringLiteral("misfire"),
                                          QStringLiteral("updated_at")},
                            {id, name, description, json(current.value(QLatin1String("trigger")).toObject()),
                             json(current.value(QLatin1String("actions")).toArray()), status, brandId, at(createdMs),
                             int(versions.size()), m_people.at(0), m_people.at(0), QStringLiteral("skip"),
                             at(createdMs + (versions.size() - 1) * 3 * kDayMs)});
            !s)
            return s;
        for (int v = 0; v < versions.size(); ++v)
            if (auto s = insert("workflow_versions", {QStringLiteral("workflow_id"), QStringLiteral("version"), QStringLiteral("trigger"),
                                                      QStringLiteral("actions"), QStringLiteral("saved_by"), QStringLiteral("saved_at"),
                                                      QStringLiteral("brand_id")},
                                {id, v + 1, json(versions[v].value(QLatin1String("trigger")).toObject()),
                                 json(versions[v].value(QLatin1String("actions")).toArray()), m_people.at(0),
                                 at(createdMs + v * 3 * kDayMs), brandId});
                !s)
                return s;
        return Done{};
    }

    /// Every brand's workflows (docs/workflows.md): a weekly report export, an anomaly alert to a webhook, a low-quota
    /// notice and a nightly batch of product images, with a few weeks of executions, failures included.
    Status workflows(size_t b)
    {
        const BrandModel &brand = m_brands[b];
        const QString brandId = QString::fromLatin1(brand.id);
        const qint64 created = m_endMs - 35 * kDayMs;
        const qint64 today = m_endMs / kDayMs * kDayMs;
        const QString paris = QStringLiteral("Europe/Paris");
        const QString admin = QStringLiteral("ana");

        // The weekly report: first as CSV, then as a PDF with retries.
        const QString reportId = nextId("wf");
        const QJsonObject weekly{{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("cron"), QStringLiteral("0 7 * * 1")},
                                 {QStringLiteral("timezone"), paris}};
        // An absolute folder (the engine writes nowhere else): the documents of whoever made the demo.
        QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (documents.isEmpty())
            documents = QDir::homePath();
        const QString folder = QDir(documents).filePath(QStringLiteral("Atelier/reports/%1").arg(brand.slug));
        auto exportStep = [&](const QString &format) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("export")}, {QStringLiteral("type"), QStringLiteral("export_report")},
                               {QStringLiteral("params"), QJsonObject{{QStringLiteral("folder"), folder}, {QStringLiteral("format"), format}}},
                               {QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_tries"), 3}, {QStringLiteral("wait_seconds"), 60}}},
                               {QStringLiteral("on_error"), QStringLiteral("stop")}};
        };
        if (auto s = workflow(reportId, brandId, QStringLiteral("Weekly report"), QStringLiteral("Exports the weekly KPI report every Monday morning"),
                              QStringLiteral("active"),
                              {definition(weekly, {exportStep(QStringLiteral("csv"))}), definition(weekly, {exportStep(QStringLiteral("pdf"))})},
                              created);
            !s)
            return s;
        // Mondays 07:00 Paris (05:00 or 06:00 UTC): 06:00 UTC is close enough for the history.
        for (int w = 4; w >= 1; --w) {
            qint64 monday = today - 7 * w * kDayMs;
            while (int((monday / kDayMs + 3) % 7) != 0) // 1970-01-01 was a Thursday: 0 is a Monday
                monday += kDayMs;
            const qint64 due = monday + 6 * 3600000;
            const bool fails = w == 3 && b % 4 == 0;
            const QString file = QStringLiteral("%1/report-%2.pdf").arg(folder, QDateTime::fromMSecsSinceEpoch(due, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")));
            DemoStep step{QStringLiteral("export"), QJsonObject{{QStringLiteral("folder"), folder}, {QStringLiteral("format"), QStringLiteral("pdf")}},
                          QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("bytes"), 180000 + int(m_rng.below(40000))}}, {}, {}, 42000};
            if (fails) {
                step.error = QStringLiteral("Writing %1 failed: No space left on device").arg(file);
            }
            if (auto s = execution(brandId, reportId, w == 4 ? 1 : 2, QStringLiteral("schedule"), {}, due, due + 800, {step}); !s)
                return s;
        }

        // The anomaly alert: a signed webhook, then a note in the admin's inbox.
        const QString alertId = nextId("wf");
        const QString hook = QStringLiteral("https://hooks.example.com/atelier/%1").arg(brand.slug);
        const QJsonArray alertActions{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("ping")}, {QStringLiteral("type"), QStringLiteral("webhook")},
                        {QStringLiteral("params"),
                         QJsonObject{{QStringLiteral("url"), hook},
                                     {QStringLiteral("body"), QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                                          {QStringLiteral("metric"), QStringLiteral("{{ trigger.metric }}")},
                                                                          {QStringLiteral("day"), QStringLiteral("{{ trigger.day }}")}}}}},
                        {QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_tries"), 3}, {QStringLiteral("wait_seconds"), 5}}},
                        {QStringLiteral("timeout_seconds"), 30},
                        {QStringLiteral("on_error"), QStringLiteral("continue")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("tell")}, {QStringLiteral("type"), QStringLiteral("notify")},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("users"), QJsonArray{admin}},
                                                               {QStringLiteral("message"),
                                                                QStringLiteral("Anomaly on {{ trigger.metric }} ({{ trigger.day }})")}}}}};
        const QJsonObject anomaly{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), QStringLiteral("anomaly.detected")},
                                  {QStringLiteral("metric"), QStringLiteral("revenue")}};
        if (auto s = workflow(alertId, brandId, QStringLiteral("Revenue anomaly alert"),
                              QStringLiteral("Calls the brand's alert webhook when the daily revenue is anomalous"), QStringLiteral("active"),
                              {definition(anomaly, alertActions)}, created + kDayMs);
            !s)
            return s;
        for (int i = 0; i < 3; ++i) {
            const qint64 started = today - (25 - 8 * i) * kDayMs + 9 * 3600000;
            const QString day = QDateTime::fromMSecsSinceEpoch(started - kDayMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
            const QJsonObject payload{{QStringLiteral("metric"), QStringLiteral("revenue")}, {QStringLiteral("day"), day},
                                      {QStringLiteral("value"), 1200 + int(m_rng.below(800))}, {QStringLiteral("expected"), 4100}};
            const QJsonObject body{{QStringLiteral("brand"), brand.slug}, {QStringLiteral("metric"), QStringLiteral("revenue")},
                                   {QStringLiteral("day"), day}};
            DemoStep ping{QStringLiteral("ping"), QJsonObject{{QStringLiteral("url"), hook}, {QStringLiteral("body"), body}},
                          QJsonObject{{QStringLiteral("status"), 200}}, {}, {}, 350};
            if (i == 1 && b % 3 == 0) {
                ping.error = QStringLiteral("The webhook answered 503 Service Unavailable three times");
                ping.errorCode = QStringLiteral("server_error");
            }
            DemoStep tell{QStringLiteral("tell"),
                          QJsonObject{{QStringLiteral("users"), QJsonArray{admin}},
                                      {QStringLiteral("message"), QStringLiteral("Anomaly on revenue (%1)").arg(day)}},
                          QJsonObject{{QStringLiteral("notified"), 1}}, {}, {}, 40};
            QList<DemoStep> steps{ping};
            if (ping.error.isEmpty())
                steps.append(tell);
            if (auto s = execution(brandId, alertId, 1, QStringLiteral("event"), payload, 0, started, steps); !s)
                return s;
        }

        // The low-quota notice.
        const QString quotaId = nextId("wf");
        const QJsonObject quota{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), QStringLiteral("quota.threshold")},
                                {QStringLiteral("percent"), 80}};
        const QJsonArray quotaActions{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("notice")}, {QStringLiteral("type"), QStringLiteral("notify")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("users"), QJsonArray{admin}},
                                                   {QStringLiteral("message"),
                                                    QStringLiteral("{{ trigger.user }} has used {{ trigger.percent }} % of the month's credits")}}}}};
        if (auto s = workflow(quotaId, brandId, QStringLiteral("Low quota notice"),
                              QStringLiteral("Tells the admin when someone has used 80 % of their monthly credits"), QStringLiteral("active"),
                              {definition(quota, quotaActions)}, created + 2 * kDayMs);
            !s)
            return s;
        {
            const qint64 started = today - 6 * kDayMs + 15 * 3600000;
            DemoStep notice{QStringLiteral("notice"),
                            QJsonObject{{QStringLiteral("users"), QJsonArray{admin}},
                                        {QStringLiteral("message"), QStringLiteral("chloe has used 82 % of the month's credits")}},
                            QJsonObject{{QStringLiteral("notified"), 1}}, {}, {}, 30};
            if (auto s = execution(brandId, quotaId, 1, QStringLiteral("event"),
                                   {{QStringLiteral("user"), QStringLiteral("chloe")}, {QStringLiteral("percent"), 82}}, 0, started, {notice});
                !s)
                return s;
        }

        // The nightly batch of product images (paused on every other brand).
        const QString batchId = nextId("wf");
        const QJsonObject nightly{{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("cron"), QStringLiteral("30 2 * * *")},
                                  {QStringLiteral("timezone"), paris}};
        const QJsonObject variables{{QStringLiteral("product"), QStringLiteral("ceramic vase")}, {QStringLiteral("style"), QStringLiteral("studio")}};
        const QJsonArray batchActions{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("images")}, {QStringLiteral("type"), QStringLiteral("generate")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("offline")},
                                                   {QStringLiteral("model"), QStringLiteral("offline-preview")},
                                                   {QStringLiteral("template"), QStringLiteral("Product on marble")},
                                                   {QStringLiteral("variables"), variables},
                                                   {QStringLiteral("count"), 4}}},
            {QStringLiteral("timeout_seconds"), 600}}};
        if (auto s = workflow(batchId, brandId, QStringLiteral("Nightly product images"),
                              QStringLiteral("Queues four product visuals every night"), b % 2 == 0 ? QStringLiteral("active") : QStringLiteral("paused"),
                              {definition(nightly, batchActions)}, created + 3 * kDayMs);
            !s)
            return s;
        for (int n = 14; n >= 1; --n) {
            const qint64 due = today - n * kDayMs + 30 * 60000; // 02:30 Paris is 00:30 UTC in winter
            QJsonArray queued;
            for (int k = 0; k < 4; ++k)
                queued.append(QStringLiteral("demo-batch-%1-%2-%3").arg(brand.slug).arg(n).arg(k));
            DemoStep images{QStringLiteral("images"), batchActions.at(0).toObject().value(QLatin1String("params")),
                            QJsonObject{{QStringLiteral("queued"), queued}}, {}, {}, 1500};
            if (n == 9 && b % 5 == 1) {
                images.error = QStringLiteral("The brand's monthly credits are used up");
                images.errorCode = QStringLiteral("quota_exceeded");
            }
            if (auto s = execution(brandId, batchId, 1, QStringLiteral("schedule"), {}, due, due + 1200, {images}); !s)
                return s;
        }
        return Done{};
    }

    Status operations()
    {
        for (size_t b = 0; b < m_brands.size(); ++b) {
            if (auto s = workflows(b); !s)
                return s;
        }
        static const char *const kServices[] = {"database", "openai", "stability", "replicate"};
        for (int i = 0; i < 4; ++i) {
            if (auto s = insert("service_health", {QStringLiteral("id"), QStringLiteral("service"), QStringLiteral("status"),
                                                   QStringLiteral("latency_ms"), QStringLiteral("message"),
                                                   QStringLiteral("checked_at")},
                                {nextId("hl"), QString::fromLatin1(kServices[i]), i == 2 ? QStringLiteral("degraded") : QStringLiteral("healthy"),
                                 20 + int(m_rng.below(300)), QVariant(), at(m_endMs - 60000)});
                !s)
                return s;
        }
        for (int h = 0; h < 48; ++h) {
            if (auto s = insert("monitoring_metrics", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("value"),
                                                       QStringLiteral("unit"), QStringLiteral("tags"), QStringLiteral("recorded_at")},
                                {nextId("mm"), QStringLiteral("query_latency_p95"), 40 + 30 * m_rng.unit(), QStringLiteral("ms"),
                                 json(QJsonObject{{QStringLiteral("area"), QStringLiteral("analytics")}}),
                                 at(m_endMs - (48 - h) * 3600000LL)});
                !s)
                return s;
        }
        if (auto s = insert("alerts", {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("severity"), QStringLiteral("metric"),
                                       QStringLiteral("threshold"), QStringLiteral("message"), QStringLiteral("status"),
                                       QStringLiteral("brand_id"), QStringLiteral("created_at")},
                            {nextId("al"), QStringLiteral("Stability latency"), QStringLiteral("warning"),
                             QStringLiteral("provider_latency_p95"), 2000.0, QStringLiteral("Stability AI answers slowly"),
                             QStringLiteral("open"), QVariant(), at(m_endMs - 3600000)});
            !s)
            return s;
        if (auto s = insert("accessibility_reports", {QStringLiteral("id"), QStringLiteral("page"), QStringLiteral("score"),
                                                      QStringLiteral("issues"), QStringLiteral("user_id"), QStringLiteral("created_at")},
                            {nextId("a11y"), QStringLiteral("overview"), 92.0,
                             json(QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("contrast")},
                                                         {QStringLiteral("where"), QStringLiteral("sparkline axis")}}}),
                             m_people.at(0), at(m_endMs - 2 * kDayMs)});
            !s)
            return s;
        if (auto s = insert("watermarks", {QStringLiteral("id"), QStringLiteral("resource_type"), QStringLiteral("resource_id"),
                                           QStringLiteral("type"), QStringLiteral("data"), QStringLiteral("brand_id"),
                                           QStringLiteral("created_at")},
                            {nextId("wm"), QStringLiteral("ai_generation"),
                             m_generations.isEmpty() ? QString() : m_generations.first().first, QStringLiteral("metadata"),
                             json(QJsonObject{{QStringLiteral("digital_source_type"), QStringLiteral("trainedAlgorithmicMedia")}}),
                             m_generations.isEmpty() ? QVariant() : QVariant(m_generations.first().second), at(m_endMs - kDayMs)});
            !s)
            return s;
        if (m_progress)
            m_progress(100);
        return Done{};
    }

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    DemoOptions m_options;
    DemoGenerator::Progress m_progress;
    const std::atomic_bool *m_cancel;
    Rng m_rng;
    RowInserter m_rows;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_ids = 0;
    std::vector<BrandModel> m_brands;
    std::vector<ExperimentModel> m_experiments;
    QStringList m_people;
    QList<QPair<QString, QString>> m_generations;
    std::shared_ptr<EventBulkWriter> m_writer;
    std::vector<PendingConversion> m_conversions;
    EventRow m_event;
    DemoReport m_report;
};

} // namespace

Result<DemoReport> DemoGenerator::generate(const QSqlDatabase &db, const DemoOptions &options, const Progress &progress,
                                           const std::atomic_bool *cancel)
{
    if (options.events < 0 || options.days < 7)
        return Error{tr("Demo data needs a non-negative number of events and at least 7 days."), {}};
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM brands")) || !q.next())
            return Database::queryError(q, tr("Checking that the database is empty"));
        if (q.value(0).toLongLong() > 0)
            return Error{tr("The database already holds %n brand(s); demo data only goes into an empty database.", nullptr,
                            q.value(0).toInt()),
                         {}};
    }
    QElapsedTimer total;
    total.start();
    const bool sqlite = SqlDialect::of(db).isSqlite(); // the journal and cache settings below are SQLite's
    QSqlQuery pragma(db);
    if (sqlite) {
        // A WAL file would receive every page and then copy it into the database: a fresh bulk load
        // writes half as much through a rollback journal, which has nothing to save for new pages.
        pragma.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        pragma.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    }
    QSqlDatabase conn = db;
    auto restore = [&] {
        if (sqlite) {
            pragma.exec(QStringLiteral("PRAGMA cache_size=-2000"));
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        }
    };
    if (!conn.transaction()) {
        restore();
        return Error{tr("Cannot start a transaction for the demo data."), {}};
    }
    Generator generator(db, options, progress, cancel);
    auto report = generator.run();
    if (!report) {
        conn.rollback();
        restore();
        return report;
    }
    if (!conn.commit()) {
        conn.rollback();
        restore();
        return Error{tr("Cannot commit the demo data."), {}};
    }
    restore();
    // Fresh statistics let both planners pick the user index over the brand index for per-user
    // lookups (without them SQLite scanned a whole brand per user: minutes instead of a fraction of a second).
    QSqlQuery analyze(db);
    analyze.exec(QStringLiteral("ANALYZE"));
    // The commit and the statistics belong in the time people wait.
    report->totalMilliseconds = total.elapsed();
    return report;
}

} // namespace Atelier
