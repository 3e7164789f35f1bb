#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <any>
#include <memory>

class QSqlDatabase;

namespace Atelier {

/// In-process cache of analysis results (PRODUCT.md: "in-process result cache keyed by data version").
/// A key names the database, the analysis with its parameters, the brand and the range, and the data
/// version: the newest event id plus a counter that triggers raise whenever events are changed or
/// deleted or AI generations change. New data therefore makes a new key, and old entries simply age out
/// (least recently used first).
class ResultCache final
{
    Q_DECLARE_TR_FUNCTIONS(ResultCache)
public:
    struct Statistics
    {
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 entries = 0;
        qint64 capacity = 0;
    };

    static ResultCache &instance();
    ResultCache();
    ~ResultCache();
    ResultCache(const ResultCache &) = delete;
    ResultCache &operator=(const ResultCache &) = delete;

    /// The data version of \a db, as text ("<newest event id>.<changes>").
    static Result<QString> dataVersion(const QSqlDatabase &db);
    /// The full key: database identity, data version and \a analysisKey (analysis, parameters, brand, range).
    static Result<QString> keyFor(const QSqlDatabase &db, const QString &analysisKey);

    /// Returns the cached value of \a analysisKey, or computes it with \a compute (which returns Result<T>)
    /// and keeps it when it succeeded. Errors are never cached.
    template<typename T, typename Compute>
    Result<T> get(const QSqlDatabase &db, const QString &analysisKey, Compute &&compute)
    {
        auto key = keyFor(db, analysisKey);
        if (!key)
            return key.error();
        if (const std::any found = find(key.value()); found.has_value())
            if (const T *value = std::any_cast<T>(&found))
                return *value;
        Result<T> computed = compute();
        if (computed)
            insert(key.value(), std::any(computed.value()));
        return computed;
    }

    std::any find(const QString &key);
    void insert(const QString &key, std::any value);
    void clear();
    void setCapacity(qint64 entries);
    Statistics statistics() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier
