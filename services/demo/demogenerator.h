#pragma once

#include "core/result.h"
#include "demooptions.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

class QSqlDatabase;

namespace Atelier {

/// Fills an empty, migrated database with deterministic demo data worth analysing: brands in three
/// industries, visitors and sessions walking a realistic funnel with seasonality, growth and a few
/// anomalous days, experiments with a true winner, and AI Studio content with images it renders itself.
/// Everything is written in one transaction: a failure or a cancel leaves the database as it was.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    using Progress = std::function<void(int percent)>;
    static Result<DemoReport> generate(const QSqlDatabase &db, const DemoOptions &options, const Progress &progress = {},
                                       const std::atomic_bool *cancel = nullptr);
};

} // namespace Atelier
