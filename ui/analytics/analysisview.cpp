#include "analysisview.h"

#include "analytics/dailymetrics.h"
#include "analytics/eventtypes.h"
#include "analytics/funnelstore.h"
#include "analytics/segmentservice.h"
#include "collaboration/annotationdialog.h"
#include "collaboration/comments.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/language.h"
#include "core/pools.h"
#include "funneleditor.h"
#include "reports/analysisrunner.h"
#include "sectionwidget.h"
#include "segmentbuilder.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Atelier {

struct AnalysisView::Stored
{
    QList<SavedFunnel> funnels;
    QList<Segment> segments;
    QStringList eventTypes;
    QList<Annotation> annotations;
};

AnalysisView::AnalysisView(const QString &analysis, QWidget *parent)
    : StackedPane(parent), m_analysis(analysis), m_parameters(new QHBoxLayout), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)), m_status(new QLabel(this)), m_sectionsLayout(new QVBoxLayout), m_nextSection(new QTimer(this)),
      m_stored(new Stored), m_computing(this, analysisPool())
{
    setObjectName(QStringLiteral("analysis_") + analysis);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // errors
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    buildParameters();
    m_parameters->addStretch(1);
    m_parameters->addWidget(m_progress);
    m_parameters->addWidget(m_cancel);

    auto *content = new QWidget(this);
    content->setLayout(m_sectionsLayout);
    m_sectionsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_parameters);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(m_cancel, &QPushButton::clicked, this, &AnalysisView::cancel);
    // One part per turn: the timer fires once the events queued meanwhile (layout, paint, input) were handled.
    m_nextSection->setSingleShot(true);
    m_nextSection->setInterval(0);
    connect(m_nextSection, &QTimer::timeout, this, &AnalysisView::showNextSection);
    if (analysis == QLatin1String("realtime")) {
        // The chart moves as events arrive: a light query every few seconds while the view is on screen.
        m_live = new QTimer(this);
        m_live->setInterval(5000);
        connect(m_live, &QTimer::timeout, this, [this] {
            if (!isLoading()) {
                m_quiet = true;
                reload();
            }
        });
    }
    retranslate();
}

// The computation and the loads are cancelled; writes are left to finish. Nothing answers any more.
AnalysisView::~AnalysisView() = default;

void AnalysisView::buildParameters()
{
    auto label = [this](QLabel *&l, QWidget *buddy) {
        l = new QLabel(this);
        l->setBuddy(buddy);
        m_parameters->addWidget(l);
        m_parameters->addWidget(buddy);
    };
    auto rerun = [this] { reload(); };
    if (m_analysis == QLatin1String("funnel")) {
        m_choice = new QComboBox(this);
        m_choice->setMinimumContentsLength(20);
        label(m_label1, m_choice);
        m_action = new QPushButton(this);
        m_parameters->addWidget(m_action);
        connect(m_choice, &QComboBox::activated, this, [this](int index) {
            if (index <= 0) {
                m_options.funnelName.clear();
                m_options.funnel.reset(); // the standard purchase funnel
            } else if (index - 1 < m_stored->funnels.size()) {
                m_options.funnelName = m_stored->funnels.at(index - 1).name;
                m_options.funnel = m_stored->funnels.at(index - 1).query;
            }
            reload();
        });
        connect(m_action, &QPushButton::clicked, this, &AnalysisView::editFunnel);
    } else if (m_analysis == QLatin1String("retention")) {
        m_choice = new QComboBox(this);
        for (const char *unit : {"day", "week", "month"})
            m_choice->addItem(QString(), QString::fromLatin1(unit));
        m_choice->setCurrentIndex(1);
        label(m_label1, m_choice);
        m_number = new QSpinBox(this);
        m_number->setRange(1, 24);
        m_number->setValue(m_options.retention.periods);
        label(m_label2, m_number);
        m_choice2 = new QComboBox(this);
        m_choice2->addItem(QString(), QStringLiteral("retention"));
        m_choice2->addItem(QString(), QStringLiteral("revenue"));
        label(m_label3, m_choice2);
        connect(m_choice, &QComboBox::activated, this, [this] {
            m_options.retention.period = m_choice->currentData().toString();
            reload();
        });
        connect(m_number, &QSpinBox::editingFinished, this, [this] {
            if (m_options.retention.periods != m_number->value()) {
                m_options.retention.periods = m_number->value();
                reload();
            }
        });
        // Retention or revenue: the same cohorts, so it only switches which part is on screen.
        connect(m_choice2, &QComboBox::activated, this, [this] {
            for (SectionWidget *s : std::as_const(m_sections))
                s->setVisible(s->section().id != (m_choice2->currentIndex() == 0 ? QStringLiteral("retention-revenue")
                                                                                  : QStringLiteral("retention")));
        });
    } else if (m_analysis == QLatin1String("anomalies")) {
        m_choice = new QComboBox(this);
        for (const QString &metric : DailyMetricsService::metricNames())
            m_choice->addItem(metric, metric);
        m_choice->setCurrentIndex(int(DailyMetricsService::metricNames().indexOf(m_options.anomalyMetric)));
        label(m_label1, m_choice);
        connect(m_choice, &QComboBox::activated, this, [this, rerun] {
            m_options.anomalyMetric = m_choice->currentData().toString();
            rerun();
        });
    } else if (m_analysis == QLatin1String("channels")) {
        m_choice = new QComboBox(this);
        for (const char *model : {"first_touch", "last_touch", "linear"})
            m_choice->addItem(QString(), QString::fromLatin1(model));
        m_choice->setCurrentIndex(1);
        label(m_label1, m_choice);
        connect(m_choice, &QComboBox::activated, this, [this, rerun] {
            m_options.attribution = m_choice->currentData().toString();
            rerun();
        });
    } else if (m_analysis == QLatin1String("journeys")) {
        m_choice = new QComboBox(this);
        m_choice->addItem(m_options.journeyStart, m_options.journeyStart);
        label(m_label1, m_choice);
        m_number = new QSpinBox(this);
        m_number->setRange(1, 10);
        m_number->setValue(m_options.journeySteps);
        label(m_label2, m_number);
        connect(m_choice, &QComboBox::activated, this, [this, rerun] {
            m_options.journeyStart = m_choice->currentData().toString();
            rerun();
        });
        connect(m_number, &QSpinBox::editingFinished, this, [this, rerun] {
            if (m_options.journeySteps != m_number->value()) {
                m_options.journeySteps = m_number->value();
                rerun();
            }
        });
    } else if (m_analysis == QLatin1String("segments")) {
        m_action = new QPushButton(this);
        m_parameters->addWidget(m_action);
        connect(m_action, &QPushButton::clicked, this, [this] { editSegment(nullptr); });
    }
}

void AnalysisView::setOptions(const ReportOptions &options)
{
    m_options = options;
    reload();
}

void AnalysisView::setContext(const ViewContext &context)
{
    const bool brandChanged = context.brandSlug != m_context.brandSlug || context.database.toString() != m_context.database.toString();
    if (!brandChanged && context.from == m_context.from && context.to == m_context.to && !m_sections.isEmpty())
        return;
    m_context = context;
    if (brandChanged) {
        m_extra.clear();
        m_pair.cancel(); // a pair of the other brand
        loadChoices();
    }
    reload();
}

void AnalysisView::loadChoices()
{
    if (!m_context.isComplete() || (m_analysis != QLatin1String("funnel") && m_analysis != QLatin1String("segments")
                                    && m_analysis != QLatin1String("journeys")))
        return;
    const QString slug = m_context.brandSlug;
    m_choices.startWithDatabase(m_context.database, [slug](const QSqlDatabase &db, CancelToken &) -> Result<Stored> {
        auto brand = BrandService::bySlug(db, slug);
        if (!brand)
            return brand.error();
        Stored c;
        auto funnels = FunnelStore::list(db, brand.value());
        if (!funnels)
            return funnels.error();
        c.funnels = funnels.value();
        auto segments = SegmentService::list(db, brand.value());
        if (!segments)
            return segments.error();
        c.segments = segments.value();
        auto types = EventTypes::known(db);
        if (!types)
            return types.error();
        c.eventTypes = types.value();
        return c;
    }, [this, slug](const Result<Stored> &result) {
        if (!result || slug != m_context.brandSlug) {
            if (!result)
                emit failed(result.error().message);
            return;
        }
        m_stored->funnels = result->funnels;
        m_stored->segments = result->segments;
        m_stored->eventTypes = result->eventTypes;
        if (m_analysis == QLatin1String("funnel")) {
            const QString current = m_options.funnelName;
            m_choice->clear();
            m_choice->addItem(tr("Purchase funnel (standard)"));
            for (const SavedFunnel &f : std::as_const(m_stored->funnels))
                m_choice->addItem(f.name);
            m_choice->setCurrentIndex(std::max(0, m_choice->findText(current)));
        } else if (m_analysis == QLatin1String("journeys")) {
            const QString current = m_options.journeyStart;
            m_choice->clear();
            for (const QString &type : std::as_const(m_stored->eventTypes))
                m_choice->addItem(type, type);
            m_choice->setCurrentIndex(std::max(0, m_choice->findData(current)));
        }
    });
}

bool AnalysisView::isLoading() const
{
    return m_computing.isRunning() || m_nextSection->isActive();
}

QString AnalysisView::statusText() const
{
    return m_status->text();
}

void AnalysisView::reload()
{
    if (!m_context.isComplete())
        return;
    if (!m_quiet) {
        m_progress->show();
        m_cancel->show();
        m_status->setText(tr("Computing %1…").arg(AnalysisReports::title(m_analysis)));
    }
    // The language is read here, on the GUI thread that may change it; the titles are computed in it.
    const AnalysisRequest request{m_context.brandSlug, m_context.from, m_context.to, m_analysis, m_options, Language::current()};
    // A newer request replaces the older: its query is cancelled and its answer forgotten. Analyses wait their turn
    // in their own pool (two at once, the per-person limit of AnalysisRunner), not on a thread; the runner answers
    // from the result cache as the report export and the command line do.
    m_computing.startWithDatabase(
        m_context.database,
        [request](const QSqlDatabase &db, CancelToken &token) { return AnalysisRunner::run(db, request, &token); },
        [this](const Answer &answer) { showResult(answer); });
}

void AnalysisView::cancel()
{
    m_computing.cancel();
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(tr("Cancelled. Change a parameter, the brand or the range to compute again."));
}

void AnalysisView::showResult(const Answer &answer)
{
    m_progress->hide();
    m_cancel->hide();
    const bool quiet = m_quiet;
    m_quiet = false;
    if (!answer) {
        m_status->setText(answer.error().message);
        if (!quiet)
            emit failed(answer.error().message);
        return;
    }
    m_status->setText(m_analysis == QLatin1String("realtime")
                          ? tr("Real time · the last hour, refreshed every 5 seconds")
                          : tr("%1 · %2 to %3")
                                .arg(AnalysisReports::title(m_analysis), m_context.from.toString(Qt::ISODate),
                                     m_context.to.addDays(-1).toString(Qt::ISODate)));
    m_loadedWhenShown = false;
    showSections(answer.value() + m_extra);
    if (!quiet)
        loadAnnotations(); // applied to the parts shown by then, and again once all are
    // loaded() once the last part is on screen (now, when there is one part or none).
    if (m_nextSection->isActive())
        m_loadedWhenShown = true;
    else
        emit loaded();
}

void AnalysisView::showSections(const QList<ReportSection> &sections)
{
    // Reuse the widgets already there (a live refresh keeps the focus and the table/chart choice).
    while (m_sections.size() > sections.size())
        delete m_sections.takeLast();
    m_showing = sections;
    m_shown = 0;
    m_nextSection->stop();
    showNextSection();
}

void AnalysisView::showNextSection()
{
    if (m_shown < m_showing.size()) {
        const qsizetype i = m_shown++;
        if (i == m_sections.size()) {
            auto *widget = new SectionWidget(this);
            m_sectionsLayout->insertWidget(m_sectionsLayout->count() - 1, widget);
            m_sections.append(widget);
            if (m_analysis == QLatin1String("correlations"))
                connect(widget, &SectionWidget::chartActivated, this, &AnalysisView::openPair);
            connect(widget, &SectionWidget::annotateRequested, this, [this, widget](int index) { annotate(widget, index); });
            if (m_analysis == QLatin1String("segments"))
                connect(widget->tableView(), &QTableView::activated, this, [this](const QModelIndex &index) {
                    const QString name = index.siblingAtColumn(0).data().toString();
                    for (const Segment &s : std::as_const(m_stored->segments))
                        if (s.name == name) {
                            editSegment(&s);
                            return;
                        }
                });
        }
        SectionWidget *widget = m_sections.at(i);
        const ReportSection &section = m_showing.at(i);
        const bool table = widget->section().id == section.id && widget->isShowingTable();
        widget->setSection(section);
        if (table)
            widget->showTable(true);
        if (m_choice2 && m_analysis == QLatin1String("retention"))
            widget->setVisible(section.id != (m_choice2->currentIndex() == 0 ? QStringLiteral("retention-revenue") : QStringLiteral("retention")));
        if (m_shown < m_showing.size()) {
            m_nextSection->start();
            return;
        }
    }
    m_showing.clear();
    m_shown = 0;
    applyAnnotations();
    if (std::exchange(m_loadedWhenShown, false))
        emit loaded();
}

QString AnalysisView::resourceId() const
{
    // The same resource the comments panel discusses for this view.
    return m_context.brandSlug + QStringLiteral("/analytics/") + m_analysis;
}

void AnalysisView::loadAnnotations()
{
    if (!m_context.isComplete())
        return;
    const ResourceRef resource{QStringLiteral("analytics_chart"), resourceId()};
    m_annotations.startWithDatabase(
        m_context.database,
        [resource](const QSqlDatabase &db, CancelToken &) { return CommentService::annotations(db, resource); },
        [this, resource](const Result<QList<Annotation>> &found) {
            if (resource.id != resourceId())
                return; // another brand by now
            if (!found) {
                emit failed(found.error().message);
                return;
            }
            m_stored->annotations = found.value();
            applyAnnotations();
        });
}

void AnalysisView::applyAnnotations()
{
    for (SectionWidget *widget : std::as_const(m_sections)) {
        const ReportSection &section = widget->section();
        QList<ChartNote> notes;
        for (const Annotation &a : std::as_const(m_stored->annotations)) {
            if (a.position.value(QStringLiteral("series")).toString() != section.id)
                continue;
            const QJsonValue x = a.position.value(QStringLiteral("x"));
            const int index = x.isDouble() ? x.toInt(-1) : int(section.chart.categories.indexOf(x.toString()));
            if (index >= 0 && index < section.chart.categories.size())
                notes.append({index, a.type,
                              tr("%1 by %2: %3").arg(AnnotationDialog::kindText(a.type), a.author, a.content)});
        }
        if (notes.size() != section.chart.notes.size() || !notes.isEmpty())
            widget->setNotes(notes);
    }
}

void AnalysisView::annotate(SectionWidget *section, int index)
{
    if (m_annotating.isRunning()) {
        emit failed(tr("Still saving the previous annotation: try again in a moment."));
        return;
    }
    const ReportSection &part = section->section();
    const QString category = part.chart.categories.value(index);
    const auto input = AnnotationDialog::ask(this, tr("Annotate %1").arg(part.title), category);
    if (!input || input->text.isEmpty())
        return;
    const ResourceRef resource{QStringLiteral("analytics_chart"), resourceId()};
    const QJsonObject position{{QStringLiteral("series"), part.id}, {QStringLiteral("x"), category}};
    const QString kind = input->kind, content = input->text, slug = m_context.brandSlug;
    m_annotating.startChange(
        m_context.database,
        [resource, kind, position, content, slug](const QSqlDatabase &db) -> Status {
            auto added = CommentService::annotate(db, resource, kind, position, content, slug);
            if (!added)
                return added.error();
            return Done{};
        },
        [this](const Status &done) {
            if (!done) {
                emit failed(done.error().message);
                return;
            }
            loadAnnotations();
        });
}

void AnalysisView::openPair(int row, int column)
{
    if (row < 0 || column < 0 || m_sections.isEmpty())
        return;
    const ReportChart &matrix = m_sections.first()->section().chart;
    const QString a = matrix.categories.value(column), b = matrix.series.value(row).name;
    if (a.isEmpty() || b.isEmpty() || a == b)
        return;
    const ViewContext context = m_context;
    // Another pair asked for meanwhile replaces this one.
    m_pair.startWithDatabase(context.database, [context, a, b](const QSqlDatabase &db, CancelToken &) -> Answer {
        auto brand = BrandService::bySlug(db, context.brandSlug);
        if (!brand)
            return brand.error();
        return AnalysisReports::correlationPair(db, brand.value(), context.from, context.to, a, b);
    }, [this](const Answer &answer) {
        if (!answer) {
            emit failed(answer.error().message);
            return;
        }
        m_extra = answer.value();
        QList<ReportSection> all;
        for (SectionWidget *s : std::as_const(m_sections))
            if (s->section().id == QLatin1String("correlations"))
                all.append(s->section());
        showSections(all + m_extra);
    });
}

void AnalysisView::editFunnel()
{
    if (m_savingFunnel.isRunning())
        return; // the button is off until the funnel is saved
    FunnelEditor editor(m_stored->eventTypes.isEmpty() ? EventTypes::standard() : m_stored->eventTypes, this);
    editor.setFunnel(m_options.funnelName, m_options.funnel.value_or(AnalysisReports::standardFunnel()));
    if (editor.exec() != QDialog::Accepted)
        return;
    m_options.funnel = editor.query();
    m_options.funnelName = editor.name();
    if (!editor.saveRequested()) {
        reload();
        return;
    }
    // Saved only once it has run: the service refuses unknown event types before anything is stored.
    const QString slug = m_context.brandSlug, name = editor.name();
    const FunnelQuery query = editor.query();
    m_action->setEnabled(false);
    m_savingFunnel.startChange(
        m_context.database,
        [slug, name, query](const QSqlDatabase &db) -> Status {
            auto brand = BrandService::bySlug(db, slug);
            if (!brand)
                return brand.error();
            auto saved = FunnelStore::save(db, brand.value(), name, query);
            if (!saved)
                return saved.error();
            return Done{};
        },
        [this](const Status &saved) {
            m_action->setEnabled(true);
            if (!saved) {
                m_status->setText(saved.error().message);
                emit failed(saved.error().message);
                return;
            }
            loadChoices();
            reload();
        });
}

void AnalysisView::editSegment(const Segment *segment)
{
    auto *builder = new SegmentBuilder(m_context, this);
    builder->setAttribute(Qt::WA_DeleteOnClose);
    if (segment)
        builder->setSegment(segment->name, segment->criteria);
    connect(builder, &SegmentBuilder::saved, this, [this] {
        loadChoices();
        reload();
    });
    builder->open();
}

void AnalysisView::showEvent(QShowEvent *event)
{
    if (m_live)
        m_live->start();
    QWidget::showEvent(event);
}

void AnalysisView::hideEvent(QHideEvent *event)
{
    if (m_live)
        m_live->stop();
    QWidget::hideEvent(event);
}

void AnalysisView::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the computation"));
    m_progress->setAccessibleName(tr("Computing"));
    if (m_analysis == QLatin1String("funnel")) {
        m_label1->setText(tr("Fu&nnel:"));
        m_choice->setAccessibleName(tr("Funnel"));
        if (m_choice->count() == 0)
            m_choice->addItem(QString());
        m_choice->setItemText(0, tr("Purchase funnel (standard)"));
        m_action->setText(tr("&Edit steps…"));
        m_action->setAccessibleName(tr("Edit the funnel's steps"));
    } else if (m_analysis == QLatin1String("retention")) {
        m_label1->setText(tr("&Cohorts by:"));
        m_choice->setItemText(0, tr("day"));
        m_choice->setItemText(1, tr("week"));
        m_choice->setItemText(2, tr("month"));
        m_choice->setAccessibleName(tr("Cohort period"));
        m_label2->setText(tr("&Periods:"));
        m_number->setAccessibleName(tr("Number of periods"));
        m_label3->setText(tr("&Show:"));
        m_choice2->setItemText(0, tr("Retention"));
        m_choice2->setItemText(1, tr("Revenue"));
        m_choice2->setAccessibleName(tr("Retention or revenue"));
    } else if (m_analysis == QLatin1String("anomalies")) {
        m_label1->setText(tr("&Metric:"));
        m_choice->setAccessibleName(tr("Metric"));
    } else if (m_analysis == QLatin1String("channels")) {
        m_label1->setText(tr("&Attribution:"));
        m_choice->setItemText(0, tr("First touch"));
        m_choice->setItemText(1, tr("Last touch"));
        m_choice->setItemText(2, tr("Linear"));
        m_choice->setAccessibleName(tr("Attribution model"));
    } else if (m_analysis == QLatin1String("journeys")) {
        m_label1->setText(tr("&Start event:"));
        m_choice->setAccessibleName(tr("Start event"));
        m_label2->setText(tr("S&teps:"));
        m_number->setAccessibleName(tr("Steps to follow"));
    } else if (m_analysis == QLatin1String("segments")) {
        m_action->setText(tr("&New segment…"));
        m_action->setAccessibleName(tr("Create a segment"));
    }
}

void AnalysisView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Titles and summaries come translated from the analysis: compute them again in the new language.
        if (!m_sections.isEmpty())
            reload();
    }
    QWidget::changeEvent(event);
}

} // namespace Atelier
