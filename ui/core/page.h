#pragma once

#include "stackedpane.h"
#include "viewcontext.h"

namespace Atelier {

/// A page of the console's sidebar. Pages load their data off the GUI thread when the shared
/// context (database, brand, date range) changes.
class Page : public StackedPane
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
    /// Pages that show something in the sidebar (an unread count) follow the context while hidden too.
    virtual bool followsContextWhenHidden() const { return false; }
    /// Whether the comments panel applies to this page (its charts, per brand).
    virtual bool hasComments() const { return true; }
    /// What the comments panel discusses on this page, after the brand: the page, or the view inside it.
    virtual QString commentKey() const { return pageName(); }
    /// A resource of its own the comments panel discusses instead (a generation shown in detail, say): its type and id.
    /// Empty type: the page's chart key above.
    virtual QStringList commentResource() const { return {}; }

signals:
    /// A load failed; the main window tells the person.
    void failed(const QString &message);
    /// title() changed (an unread count, say).
    void titleChanged();
    /// commentKey() changed (another view inside the page).
    void commentTargetChanged();
};

} // namespace Atelier
