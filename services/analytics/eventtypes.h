#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

/// The event types an analysis may name: well-formed, and either one of the standard types of the
/// tracking plan or recorded at least once in the database. Any other name is a typo far more often
/// than a question, so it is refused with the list of the types there are, instead of answering zero.
class EventTypes final
{
    Q_DECLARE_TR_FUNCTIONS(EventTypes)
public:
    /// Letters, digits and _ . : - (1 to 64): what an event type may be spelt with.
    static bool isName(const QString &name);
    /// The tracking plan's types (PRODUCT.md): page_view, signup, add_to_cart, checkout, purchase, experiment_exposure.
    static QStringList standard();
    /// Checks \a name; messages start with \a where (as "Step 2" or "--start-event").
    static Status check(const QSqlDatabase &db, const QString &name, const QString &where);
    /// The standard types and every event type recorded, sorted (an index skip-scan: one lookup per type, not a table scan).
    static Result<QStringList> known(const QSqlDatabase &db);
};

} // namespace Atelier
