#include "accessibilitypage.h"

#include "core/accessibilitymodels.h"
#include "core/accessibilitytour.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/plaintext.h"
#include "core/theme.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Atelier {

namespace {

/// How long the outline stays around a widget an issue names.
constexpr int kOutlineMs = 4000;
/// While a stop loads: polls of the pools (every 50 ms) before auditing anyway, and idle polls in a row that mean done.
constexpr int kMaxPolls = 200;
constexpr int kQuietPolls = 3;

/// The trend column: the scores as a line (0 at the bottom, 100 at the top), the text left to assistive technology.
class TrendDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QList<double> scores = index.data(AccessibilityScoresModel::TrendRole).value<QList<double>>();
        if (scores.isEmpty())
            return;
        const QRectF area = QRectF(option.rect).adjusted(6, 5, -6, -5);
        const auto at = [&](qsizetype i) {
            const double x = scores.size() == 1 ? area.center().x() : area.left() + area.width() * double(i) / double(scores.size() - 1);
            return QPointF(x, area.bottom() - area.height() * std::clamp(scores.at(i), 0.0, 100.0) / 100.0);
        };
        const bool selected = option.state & QStyle::State_Selected;
        const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ink, 2));
        QPainterPath path(at(0));
        for (qsizetype i = 1; i < scores.size(); ++i)
            path.lineTo(at(i));
        painter->drawPath(path);
        painter->setBrush(ink);
        painter->drawEllipse(at(scores.size() - 1), 2.5, 2.5);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 26));
    }
};

/// A frame drawn over the window around a widget: mouse clicks go through it.
class Outline final : public QWidget
{
public:
    explicit Outline(QWidget *window) : QWidget(window)
    {
        setObjectName(QStringLiteral("accessibilityOutline"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        // Two rings, so the outline shows on any background: the highlight colour outside, the window's text inside.
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
        p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
        p.drawRect(QRectF(rect()).adjusted(3.5, 3.5, -3.5, -3.5));
    }
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    showToolTipsAsPlainText(table); // widget paths and messages
    return table;
}

/// Makes \a widget shown inside \a root: the tabs of the tab widgets around it.
void reveal(QWidget *root, QWidget *widget)
{
    for (QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (auto *stack = qobject_cast<QStackedWidget *>(parent))
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(w);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w))
            area->ensureWidgetVisible(widget);
}

} // namespace

AccessibilityPage::AccessibilityPage(QWidget *parent)
    : Page(parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_run(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_scoresLabel(new QLabel(this)),
      m_scoreTable(makeTable(this, QStringLiteral("accessibilityScores"))), m_issuesLabel(new QLabel(this)),
      m_issueTable(makeTable(this, QStringLiteral("accessibilityIssues"))), m_show(new QPushButton(this)),
      m_scores(new AccessibilityScoresModel(this)), m_issues(new AccessibilityIssuesModel(this)), m_outlineTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("accessibilityPage"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_intro->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runAccessibilityAudit"));
    m_show->setObjectName(QStringLiteral("showIssueWidget"));
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("accessibilityStatus"));
    m_status->setTextFormat(Qt::PlainText); // messages name pages and widgets
    m_status->setWordWrap(true);
    m_scoreTable->setModel(m_scores);
    m_scoreTable->setItemDelegateForColumn(AccessibilityScoresModel::TrendColumn, new TrendDelegate(m_scoreTable));
    m_scoreTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scoreTable->horizontalHeader()->setSectionResizeMode(AccessibilityScoresModel::TrendColumn, QHeaderView::Stretch);
    m_issueTable->setModel(m_issues);
    m_issueTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issueTable->horizontalHeader()->setSectionResizeMode(AccessibilityIssuesModel::MessageColumn, QHeaderView::Stretch);
    m_scoresLabel->setBuddy(m_scoreTable);
    m_issuesLabel->setBuddy(m_issueTable);
    m_show->setEnabled(false);
    m_outlineTimer->setSingleShot(true);
    m_outlineTimer->setInterval(kOutlineMs);
    connect(m_outlineTimer, &QTimer::timeout, this, [this] {
        if (m_outline)
            m_outline->hide();
    });

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_scoresLabel);
    topLayout->addWidget(m_scoreTable);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *issuesRow = new QHBoxLayout;
    issuesRow->addWidget(m_issuesLabel, 1);
    issuesRow->addWidget(m_show);
    bottomLayout->addLayout(issuesRow);
    bottomLayout->addWidget(m_issueTable);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &AccessibilityPage::runAudit);
    connect(m_scoreTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showIssuesOf(current.isValid() ? m_scores->rows().at(current.row()).page : QString());
    });
    connect(m_issueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_show->setEnabled(current.isValid()); });
    // Choosing an issue (a click, Enter, a double click or the button) shows its widget.
    connect(m_issueTable, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { highlightIssue(index.row()); });
    connect(m_issueTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { highlightIssue(index.row()); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_issueTable->currentIndex(); current.isValid())
            highlightIssue(current.row());
    });
    retranslate();
}

AccessibilityPage::~AccessibilityPage()
{
    delete m_outline; // it lives on the window, over every page
}

QString AccessibilityPage::title() const
{
    return tr("Accessibility");
}

QString AccessibilityPage::status() const
{
    return m_status->text();
}

void AccessibilityPage::setContext(const ViewContext &context)
{
    const bool changed = context.database.toString() != m_context.database.toString();
    m_context = context;
    if (changed || !m_hasContext) {
        m_hasContext = true;
        reload();
    }
}

void AccessibilityPage::reload()
{
    m_loading.startWithDatabase(
        m_context.database,
        [](const QSqlDatabase &db, CancelToken &) { return AccessibilityReports::list(db, {}, 10000); },
        [this](Result<QList<StoredAccessibilityReport>> reports) {
            if (!reports) {
                m_status->setText(reports.error().message);
                emit failed(reports.error().message);
                emit loaded();
                return;
            }
            const QString selected = selectedPage();
            m_scores->setRows(AccessibilityTrend::fromReports(reports.value()));
            const int row = std::max(0, m_scores->rowOf(selected));
            if (m_scores->rowCount() > 0)
                m_scoreTable->setCurrentIndex(m_scores->index(row, 0));
            else
                showIssuesOf({});
            if (m_scores->rowCount() == 0 && !m_tour)
                m_status->setText(tr("No audit is stored yet: Run audit now audits every page in this theme and language."));
            emit loaded();
        });
}

QString AccessibilityPage::selectedPage() const
{
    const QModelIndex current = m_scoreTable->currentIndex();
    return current.isValid() ? m_scores->rows().at(current.row()).page : QString();
}

void AccessibilityPage::showIssuesOf(const QString &page)
{
    const int row = m_scores->rowOf(page);
    m_issues->setRows(row < 0 ? QList<AccessibilityFinding>() : AccessibilityFinding::fromReport(m_scores->rows().at(row).latest));
    m_show->setEnabled(false);
    m_issuesLabel->setText(page.isEmpty() ? tr("&Issues found by the latest audit:")
                                          : tr("&Issues found by the latest audit of %1:").arg(page));
}

void AccessibilityPage::runAudit()
{
    if (m_tour) { // Stop
        finishRun(true);
        return;
    }
    auto *window = qobject_cast<MainWindow *>(this->window());
    if (!window) {
        m_status->setText(tr("The audit walks the console's window: this page is not in one."));
        return;
    }
    m_tour = std::make_unique<AccessibilityTour>(window, window->pageNames() << AccessibilityTour::shellName());
    m_found.clear();
    m_step = 0;
    m_theme = Theme::isDark() ? QStringLiteral("dark") : QStringLiteral("light");
    m_language = Language::current();
    m_progress->setRange(0, int(m_tour->stops().size()));
    m_progress->setValue(0);
    m_progress->show();
    m_run->setText(tr("&Stop the audit"));
    m_status->setText(tr("Auditing every page in the %1 theme and %2…").arg(m_theme, m_language));
    QTimer::singleShot(0, this, &AccessibilityPage::nextStop);
}

void AccessibilityPage::nextStop()
{
    if (!m_tour)
        return; // stopped
    if (m_step >= m_tour->stops().size()) {
        finishRun(false);
        return;
    }
    const QString stop = m_tour->stops().at(m_step);
    m_progress->setFormat(tr("%1 (%v of %m)").arg(stop));
    if (!m_tour->show(stop)) {
        ++m_step;
        QTimer::singleShot(0, this, &AccessibilityPage::nextStop);
        return;
    }
    auditWhenSettled(0, 0);
}

void AccessibilityPage::auditWhenSettled(int polls, int quiet)
{
    if (!m_tour)
        return;
    // The stop loads its data off the GUI thread: it is audited once the pools have been idle for a few polls.
    const bool idle = workPool()->activeThreadCount() == 0 && analysisPool()->activeThreadCount() == 0;
    quiet = idle ? quiet + 1 : 0;
    if (quiet < kQuietPolls && polls < kMaxPolls) {
        QTimer::singleShot(50, this, [this, polls, quiet] { auditWhenSettled(polls + 1, quiet); });
        return;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_found.append(m_tour->audit(m_tour->stops().at(m_step)));
    ++m_step;
    m_progress->setValue(m_step);
    QTimer::singleShot(0, this, &AccessibilityPage::nextStop); // a turn of the event loop between stops
}

void AccessibilityPage::finishRun(bool stopped)
{
    m_tour->finish();
    m_tour.reset();
    m_progress->hide();
    m_run->setText(tr("&Run audit now"));
    if (auto *window = qobject_cast<MainWindow *>(this->window()))
        window->showPage(pageName());
    if (stopped) {
        m_status->setText(tr("Audit stopped: nothing was stored."));
        m_found.clear();
        return;
    }
    QList<std::pair<QString, QPair<double, QJsonObject>>> rows;
    int below = 0;
    for (const AccessibilityReport &report : std::as_const(m_found)) {
        rows.append({report.page, {report.score, AccessibilityTour::storedJson(report, m_theme, m_language)}});
        below += report.score < 95 ? 1 : 0;
    }
    const int count = int(m_found.size());
    m_found.clear();
    m_status->setText(tr("Storing the reports…"));
    m_saving.startChange(
        m_context.database,
        [rows](const QSqlDatabase &db) -> Result<int> {
            for (const auto &[page, found] : rows)
                if (auto stored = AccessibilityReports::record(db, page, found.first, found.second); !stored)
                    return stored.error();
            return int(rows.size());
        },
        [this, count, below](Result<int> stored) {
            if (!stored) {
                m_status->setText(stored.error().message);
                emit auditStored(false);
                return;
            }
            m_status->setText(below == 0 ? tr("Audited %n page(s) and view(s): every one scores 95 or more.", nullptr, count)
                                         : tr("Audited %n page(s) and view(s); %1 score below 95.", nullptr, count).arg(below));
            reload();
            emit auditStored(true);
        });
}

QWidget *AccessibilityPage::highlightIssue(int row)
{
    const QString stop = selectedPage();
    if (row < 0 || row >= m_issues->rowCount() || stop.isEmpty() || m_tour)
        return nullptr;
    auto *window = qobject_cast<MainWindow *>(this->window());
    if (!window)
        return nullptr;
    const AccessibilityFinding finding = m_issues->rows().at(row);
    QWidget *root = AccessibilityTour::showStop(window, stop);
    if (!root) {
        m_status->setText(tr("%1 is not a page of this window (a dialog, say): open it to see the widget.").arg(stop));
        return nullptr;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QWidget *widget = AccessibilityAudit::find(root, finding.widget);
    QRect place;
    if (widget) {
        reveal(root, widget);
        if (widget->isVisible()) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isEnabled())
                widget->setFocus(Qt::OtherFocusReason);
            place = QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        }
    }
    if (place.isEmpty() && finding.rect.isValid()) {
        place = finding.rect.translated(root == window ? QPoint(0, 0) : root->mapTo(window, QPoint(0, 0)));
        m_status->setText(tr("The widget is not on screen any more; its place when it was audited is outlined."));
        widget = nullptr;
    } else if (place.isEmpty()) {
        m_status->setText(tr("The widget %1 is not in the window any more.").arg(finding.widget));
        return nullptr;
    } else {
        m_status->setText(tr("Outlined: %1").arg(finding.widget));
    }
    if (!m_outline)
        m_outline = new Outline(window);
    m_outline->setGeometry(place.adjusted(-4, -4, 4, 4));
    m_outline->show();
    m_outline->raise();
    m_outlineTimer->start();
    return widget;
}

void AccessibilityPage::retranslate()
{
    m_heading->setText(tr("Accessibility"));
    m_intro->setText(tr("How each page of the console scores in the accessibility audit (names, keyboard, contrast, target "
                        "sizes, truncation, shortcuts; 0–100), audit after audit. Choose an issue to see its widget."));
    m_run->setText(m_tour ? tr("&Stop the audit") : tr("&Run audit now"));
    m_run->setToolTip(tr("Audits every page and view in the current theme and language, one after the other, and keeps the reports"));
    m_scoresLabel->setText(tr("&Pages and their scores:"));
    m_scoreTable->setAccessibleName(tr("Pages and their audit scores"));
    m_issueTable->setAccessibleName(tr("Issues found by the latest audit"));
    m_show->setText(tr("Sho&w the widget"));
    showIssuesOf(selectedPage());
    m_scores->retranslate();
    m_issues->retranslate();
}

void AccessibilityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
