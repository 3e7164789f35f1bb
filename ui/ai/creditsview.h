#pragma once

#include "ai/creditusagemodel.h"
#include "ai/generation.h"
#include "ai/studioanalytics.h"
#include "studioview.h"

class QChartView;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace Atelier {

/// The Credits and usage tab: the signed-in person's balance in words; each person's credits against their quota
/// (a table and bars), which an administrator may change; generations and credits per day over the range; and the
/// totals by model, type and status.
class CreditsView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditsView)
public:
    explicit CreditsView(QWidget *parent = nullptr);
    ~CreditsView() override;
    QString viewName() const override { return QStringLiteral("credits"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    void reload();
    /// Sets the monthly credits of \a userId in the brand (what "Set quota…" does once asked), then reloads.
    void setQuota(const QString &userId, int monthlyCredits);

    CreditUsageModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QChartView *quotaChart() const { return m_quotaChart; }
    QChartView *dailyChart() const { return m_dailyChart; }
    QTreeWidget *totals() const { return m_totals; }
    QPushButton *setQuotaButton() const { return m_setQuota; }
    /// "You have used X of Y credits this month; Z are held by queued jobs."
    QString balanceText() const;
    QString statusText() const;
    const GenerationAnalytics &analytics() const { return m_analytics; }

signals:
    /// A quota change finished (\a ok false: the reason is in statusText()).
    void quotaSet(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askQuota();
    void drawQuotas();
    void drawDaily();
    void fillTotals();
    void updateButtons();
    void showBalance();
    void retranslate();

    struct Data; // what a load brings

    StudioContext m_context;
    CreditUsageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_balance;
    QTableView *m_table;
    QPushButton *m_setQuota;
    QChartView *m_quotaChart;
    QChartView *m_dailyChart;
    QLabel *m_totalsLabel;
    QTreeWidget *m_totals;
    QLabel *m_status;
    GenerationAnalytics m_analytics;
    std::optional<CreditBalance> m_myBalance;
    QString m_balanceProblem;
    QString m_notice; // what an action reported, shown again once the reload it caused arrives
    Request<Result<Data>> m_loading{this};
    std::list<Request<Status>> m_settingQuota; // each change answers
    bool m_busy = false;
};

} // namespace Atelier
