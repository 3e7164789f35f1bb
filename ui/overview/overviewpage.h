#pragma once

#include "analytics/overviewservice.h"
#include "core/page.h"
#include "core/request.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Atelier {

class KpiModel;
class Sparkline;

/// The landing page: the chosen brand's key figures over the range, each with a daily sparkline,
/// and the same numbers as a table.
class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString pageName() const override;
    QString title() const override;
    void setContext(const ViewContext &context) override;

    KpiModel *model() const { return m_model; }
    bool isLoading() const;

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card;
    void reload();
    void cancel();
    void showResult(const Result<Overview> &result);
    void retranslate();
    void refreshCards();

    ViewContext m_context;
    KpiModel *m_model;
    QLabel *m_heading;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_toggle;
    QStackedWidget *m_views;
    QTableView *m_table;
    QList<Card *> m_cards;
    Request<Result<Overview>> m_loading;
};

} // namespace Atelier
