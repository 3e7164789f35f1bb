#include "overviewpage.h"

#include "analytics/kpimodel.h"
#include "analytics/overviewservice.h"
#include "core/pools.h"
#include "core/sparkline.h"
#include "reports/analysisrunner.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier {

struct OverviewPage::Card
{
    QFrame *frame;
    QLabel *name;
    QLabel *value;
    QLabel *change;
    Sparkline *sparkline;
};

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent), m_model(new KpiModel(this)), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)), m_toggle(new QPushButton(this)),
      m_views(new QStackedWidget(this)), m_table(new QTableView(this)), m_loading(this, analysisPool())
{
    setObjectName(QStringLiteral("overviewPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // errors

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_toggle);

    auto *cardsPage = new QWidget(this);
    auto *grid = new QGridLayout(cardsPage);
    for (int kpi = 0; kpi < KpiModel::KpiCount; ++kpi) {
        auto *card = new Card{new QFrame(cardsPage), nullptr, nullptr, nullptr, nullptr};
        card->frame->setFrameShape(QFrame::StyledPanel);
        card->frame->setObjectName(QStringLiteral("kpi_") + KpiModel::kpiKey(kpi));
        card->frame->setFocusPolicy(Qt::TabFocus);
        card->name = new QLabel(card->frame);
        card->value = new QLabel(card->frame);
        card->value->setObjectName(QStringLiteral("value_") + KpiModel::kpiKey(kpi));
        card->value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QFont valueFont = card->value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
        card->value->setFont(valueFont);
        card->change = new QLabel(card->frame);
        card->change->setObjectName(QStringLiteral("change_") + KpiModel::kpiKey(kpi));
        card->sparkline = new Sparkline(card->frame);
        auto *layout = new QVBoxLayout(card->frame);
        layout->addWidget(card->name);
        layout->addWidget(card->value);
        layout->addWidget(card->change);
        layout->addWidget(card->sparkline);
        grid->addWidget(card->frame, kpi / 3, kpi % 3);
        m_cards.append(card);
    }
    grid->setRowStretch(2, 1);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("kpiTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_views->addWidget(cardsPage);
    m_views->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_views, 1);

    connect(m_cancel, &QPushButton::clicked, this, &OverviewPage::cancel);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        m_views->setCurrentIndex(1 - m_views->currentIndex());
        retranslate();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewPage::refreshCards);
    retranslate();
}

// Jobs capture only copies, never the page: a running load is cancelled, and its answer dropped.
OverviewPage::~OverviewPage()
{
    qDeleteAll(m_cards);
}

QString OverviewPage::pageName() const
{
    return QStringLiteral("overview");
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

bool OverviewPage::isLoading() const
{
    return m_loading.isRunning();
}

void OverviewPage::setContext(const ViewContext &context)
{
    m_context = context;
    reload();
}

void OverviewPage::reload()
{
    if (!m_context.isComplete())
        return;
    m_status->clear();
    m_progress->show();
    m_cancel->show();
    const ViewContext context = m_context;
    // A newer request stops the older one in the database and drops its answer, so a stale result is never shown
    // and never keeps the pool busy. Analyses wait their turn in their own pool (two at once), not on a thread.
    m_loading.startWithDatabase(
        context.database,
        [context](const QSqlDatabase &db, CancelToken &token) {
            // Going back to a brand and range already seen answers at once from the result cache, until new data arrives.
            return AnalysisRunner::overview(db, context.brandSlug, context.from, context.to, &token);
        },
        [this](const Result<Overview> &result) { showResult(result); });
}

void OverviewPage::cancel()
{
    m_loading.cancel();
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(tr("Loading cancelled."));
}

void OverviewPage::showResult(const Result<Overview> &result)
{
    m_progress->hide();
    m_cancel->hide();
    if (!result) {
        m_model->clear();
        m_status->setText(result.error().message);
        emit failed(result.error().message);
        return;
    }
    m_model->setOverview(result.value());
    emit loaded();
}

void OverviewPage::refreshCards()
{
    const QLocale locale;
    for (int kpi = 0; kpi < m_cards.size(); ++kpi) {
        Card *card = m_cards.at(kpi);
        card->name->setText(KpiModel::kpiName(kpi));
        if (!m_model->hasData()) {
            card->value->setText(QStringLiteral("—"));
            card->change->clear();
            card->sparkline->setSeries({}, {});
            continue;
        }
        const QModelIndex value = m_model->index(kpi, KpiModel::ValueColumn);
        card->value->setText(value.data().toString());
        const QString previous = m_model->index(kpi, KpiModel::PreviousColumn).data().toString();
        const int days = int(m_context.from.daysTo(m_context.to));
        card->change->setText(tr("%1 vs the previous period").arg(m_model->index(kpi, KpiModel::ChangeColumn).data().toString()));
        card->change->setToolTip(tr("%1 from %2 to %3")
                                     .arg(previous, locale.toString(m_context.from.addDays(-days), QLocale::ShortFormat),
                                          locale.toString(m_context.from.addDays(-1), QLocale::ShortFormat)));
        const QList<double> series = value.data(KpiModel::SeriesRole).value<QList<double>>();
        QStringList tips;
        for (int day = 0; day < series.size(); ++day)
            tips.append(tr("%1: %2").arg(locale.toString(m_context.from.addDays(day), QLocale::ShortFormat),
                                         KpiModel::formatValue(kpi, series.at(day))));
        card->sparkline->setSeries(series, tips);
        const QString description = tr("%1: %2 from %3 to %4; previous period %5")
                                        .arg(KpiModel::kpiName(kpi), value.data().toString(),
                                             locale.toString(m_context.from, QLocale::ShortFormat),
                                             locale.toString(m_context.to.addDays(-1), QLocale::ShortFormat), previous);
        card->frame->setAccessibleName(description);
        card->sparkline->setAccessibleName(tr("Daily %1").arg(KpiModel::kpiName(kpi)));
    }
}

void OverviewPage::retranslate()
{
    m_heading->setText(tr("Overview"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_progress->setAccessibleName(tr("Loading the key figures"));
    m_toggle->setText(m_views->currentIndex() == 0 ? tr("Show as table") : tr("Show as cards"));
    m_toggle->setAccessibleName(m_toggle->text());
    m_table->setAccessibleName(tr("Key figures"));
    m_model->retranslate();
    refreshCards();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
