#pragma once

#include "viewcontext.h"

#include <QWidget>

namespace Atelier {

/// A page of the console's sidebar. Pages load their data off the GUI thread when the shared
/// context (database, brand, date range) changes.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    explicit Page(QWidget *parent = nullptr);
    ~Page() override;

    /// Stable name used by `atelier --page NAME`.
    virtual QString pageName() const = 0;
    /// Translated title shown in the sidebar.
    virtual QString title() const = 0;
    virtual void setContext(const ViewContext &context) = 0;

signals:
    /// A load failed; the main window tells the person.
    void failed(const QString &message);
};

} // namespace Atelier
