#include "analyticspage.h"

#include "analysisview.h"
#include "exportreportdialog.h"
#include "reports/analysisreports.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Atelier {

AnalyticsPage::AnalyticsPage(QWidget *parent)
    : Page(parent), m_heading(new QLabel(this)), m_list(new QListWidget(this)), m_views(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("analyticsPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_list->setObjectName(QStringLiteral("analysisList"));
    m_list->setMaximumWidth(190);
    const QStringList analyses = AnalysisReports::analyses();
    for (const QString &analysis : analyses) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, analysis);
        m_views->addWidget(new QWidget(m_views)); // the view itself is made when first shown
    }
    m_created = QList<AnalysisView *>(analyses.size(), nullptr);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_views, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        AnalysisView *v = view(AnalysisReports::analyses().at(row));
        m_views->setCurrentWidget(v);
        v->setContext(m_context);
        emit commentTargetChanged();
    });
    retranslate();
    m_list->setCurrentRow(0);
}

AnalyticsPage::~AnalyticsPage() = default;

QString AnalyticsPage::title() const
{
    return tr("Analytics");
}

AnalysisView *AnalyticsPage::view(const QString &analysis)
{
    const int index = int(AnalysisReports::analyses().indexOf(analysis));
    if (index < 0)
        return nullptr;
    if (!m_created.at(index)) {
        auto *v = new AnalysisView(analysis, m_views);
        connect(v, &AnalysisView::failed, this, &Page::failed);
        QWidget *stand = m_views->widget(index);
        m_views->insertWidget(index, v);
        m_views->removeWidget(stand);
        stand->deleteLater();
        m_created[index] = v;
    }
    return m_created.at(index);
}

AnalysisView *AnalyticsPage::currentView() const
{
    return qobject_cast<AnalysisView *>(m_views->currentWidget());
}

bool AnalyticsPage::showAnalysis(const QString &analysis)
{
    const int index = int(AnalysisReports::analyses().indexOf(analysis));
    if (index < 0)
        return false;
    m_list->setCurrentRow(index);
    return true;
}

QString AnalyticsPage::commentKey() const
{
    const AnalysisView *v = currentView();
    return v ? pageName() + QLatin1Char('/') + v->analysis() : pageName();
}

void AnalyticsPage::setContext(const ViewContext &context)
{
    m_context = context;
    if (AnalysisView *v = currentView())
        v->setContext(context);
}

void AnalyticsPage::exportReport(const ViewContext &context)
{
    if (!context.isComplete()) {
        emit failed(tr("Choose a brand first: the report is about one brand."));
        return;
    }
    const AnalysisView *v = currentView();
    auto *dialog = new ExportReportDialog(context, v ? v->options() : ReportOptions{}, v ? v->analysis() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AnalyticsPage::retranslate()
{
    m_heading->setText(tr("Analytics"));
    m_list->setAccessibleName(tr("Analyses"));
    const QStringList analyses = AnalysisReports::analyses();
    for (int i = 0; i < analyses.size(); ++i)
        m_list->item(i)->setText(AnalysisReports::title(analyses.at(i)));
}

void AnalyticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
