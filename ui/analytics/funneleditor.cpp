#include "funneleditor.h"

#include "core/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier {

FunnelEditor::FunnelEditor(const QStringList &eventTypes, QWidget *parent)
    : QDialog(parent), m_eventTypes(eventTypes), m_name(new QLineEdit(this)), m_steps(new QTableWidget(0, 2, this)),
      m_exclusions(new QTableWidget(0, 3, this)), m_window(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_breakdown(new QComboBox(this)), m_save(new QCheckBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Edit funnel"));
    setObjectName(QStringLiteral("funnelEditor"));
    m_name->setAccessibleName(tr("Funnel name"));
    m_steps->setHorizontalHeaderLabels({tr("Event"), tr("Filters (property=value; …)")});
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->setAccessibleName(tr("Steps"));
    m_exclusions->setHorizontalHeaderLabels({tr("Excluded event"), tr("After step"), tr("Before step")});
    m_exclusions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_exclusions->setAccessibleName(tr("Exclusions"));
    m_window->setRange(1, 100000);
    m_window->setAccessibleName(tr("Conversion window"));
    m_unit->addItem(tr("minutes"), 60);
    m_unit->addItem(tr("hours"), 3600);
    m_unit->addItem(tr("days"), 86400);
    m_unit->setAccessibleName(tr("Window unit"));
    m_breakdown->addItem(tr("No breakdown"), QString());
    for (const QString &p : FunnelService::knownProperties())
        m_breakdown->addItem(p, p);
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // may quote a name
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    m_save->setText(tr("&Save this funnel (under its name)"));

    auto button = [this](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(button(tr("&Add step"), [this] { addStep(m_eventTypes.value(0), QString()); }));
    stepButtons->addWidget(button(tr("Remo&ve step"), [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
    }));
    auto move = [this](int by) {
        const int row = m_steps->currentRow(), to = row + by;
        if (row < 0 || to < 0 || to >= m_steps->rowCount())
            return;
        const QString event = static_cast<QComboBox *>(m_steps->cellWidget(row, 0))->currentText();
        const QString filters = m_steps->item(row, 1) ? m_steps->item(row, 1)->text() : QString();
        const QString otherEvent = static_cast<QComboBox *>(m_steps->cellWidget(to, 0))->currentText();
        const QString otherFilters = m_steps->item(to, 1) ? m_steps->item(to, 1)->text() : QString();
        static_cast<QComboBox *>(m_steps->cellWidget(row, 0))->setCurrentText(otherEvent);
        m_steps->setItem(row, 1, new QTableWidgetItem(otherFilters));
        static_cast<QComboBox *>(m_steps->cellWidget(to, 0))->setCurrentText(event);
        m_steps->setItem(to, 1, new QTableWidgetItem(filters));
        m_steps->setCurrentCell(to, 0);
    };
    stepButtons->addWidget(button(tr("Move &up"), [move] { move(-1); }));
    stepButtons->addWidget(button(tr("Move &down"), [move] { move(1); }));
    stepButtons->addStretch(1);
    auto *exclusionButtons = new QHBoxLayout;
    exclusionButtons->addWidget(button(tr("Add e&xclusion"), [this] { addExclusion(m_eventTypes.value(0), 1, 2); }));
    exclusionButtons->addWidget(button(tr("Remove exc&lusion"), [this] {
        if (m_exclusions->currentRow() >= 0)
            m_exclusions->removeRow(m_exclusions->currentRow());
    }));
    exclusionButtons->addStretch(1);

    auto *window = new QHBoxLayout;
    window->addWidget(m_window);
    window->addWidget(m_unit);
    window->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);
    form->addRow(windowLabel, window);
    form->addRow(tr("&Breakdown:"), m_breakdown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FunnelEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FunnelEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Steps, in order:"), this));
    layout->addWidget(m_steps);
    layout->addLayout(stepButtons);
    layout->addWidget(new QLabel(tr("Exclusions: an attempt stops if this event happens between the two steps."), this));
    layout->addWidget(m_exclusions);
    layout->addLayout(exclusionButtons);
    layout->addWidget(m_save);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 560);
}

QComboBox *FunnelEditor::eventBox(const QString &current)
{
    auto *box = new QComboBox(this);
    box->addItems(m_eventTypes);
    if (!m_eventTypes.contains(current))
        box->addItem(current);
    box->setCurrentText(current);
    box->setAccessibleName(tr("Event"));
    return box;
}

void FunnelEditor::addStep(const QString &event, const QString &filters)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    m_steps->setCellWidget(row, 0, eventBox(event));
    m_steps->setItem(row, 1, new QTableWidgetItem(filters));
}

void FunnelEditor::addExclusion(const QString &event, int from, int to)
{
    const int row = m_exclusions->rowCount();
    m_exclusions->insertRow(row);
    m_exclusions->setCellWidget(row, 0, eventBox(event));
    for (int c = 1; c <= 2; ++c) {
        auto *spin = new QSpinBox(this);
        spin->setRange(1, FunnelService::maxSteps);
        spin->setValue(c == 1 ? from : to);
        spin->setAccessibleName(c == 1 ? tr("After step") : tr("Before step"));
        m_exclusions->setCellWidget(row, c, spin);
    }
}

void FunnelEditor::setFunnel(const QString &name, const FunnelQuery &query)
{
    m_name->setText(name);
    m_steps->setRowCount(0);
    for (const FunnelStep &step : query.steps) {
        QStringList filters;
        for (const auto &[property, value] : step.filters)
            filters.append(property + QLatin1Char('=') + value);
        addStep(step.event, filters.join(QStringLiteral("; ")));
    }
    m_exclusions->setRowCount(0);
    for (const FunnelExclusion &e : query.exclusions)
        addExclusion(e.event, e.fromStep, e.toStep);
    // The largest unit that divides the window exactly, so it reopens as it was saved.
    int unit = 0;
    for (int i = m_unit->count() - 1; i >= 0; --i)
        if (query.windowSeconds % m_unit->itemData(i).toLongLong() == 0) {
            unit = i;
            break;
        }
    m_unit->setCurrentIndex(unit);
    m_window->setValue(int(query.windowSeconds / m_unit->itemData(unit).toLongLong()));
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(query.breakdown)));
    m_query = query;
}

QString FunnelEditor::name() const
{
    return m_name->text().trimmed();
}

bool FunnelEditor::saveRequested() const
{
    return m_save->isChecked();
}

QString FunnelEditor::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool FunnelEditor::check()
{
    auto refuse = [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
        return false;
    };
    FunnelQuery q;
    if (m_steps->rowCount() < 2)
        return refuse(tr("A funnel needs at least two steps."));
    if (m_steps->rowCount() > FunnelService::maxSteps)
        return refuse(tr("A funnel has at most %1 steps.").arg(FunnelService::maxSteps));
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        FunnelStep step;
        step.event = static_cast<QComboBox *>(m_steps->cellWidget(row, 0))->currentText();
        const QString text = m_steps->item(row, 1) ? m_steps->item(row, 1)->text() : QString();
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype equals = part.indexOf(QLatin1Char('='));
            const QString property = part.left(equals).trimmed(), value = part.mid(equals + 1).trimmed();
            if (equals < 1 || value.isEmpty())
                return refuse(tr("Step %1: \"%2\" is not property=value.").arg(row + 1).arg(part.trimmed()));
            if (!FunnelService::knownProperties().contains(property))
                return refuse(tr("Step %1: unknown property \"%2\"; the properties are: %3.")
                                  .arg(row + 1)
                                  .arg(property, FunnelService::knownProperties().join(QLatin1String(", "))));
            step.filters.append({property, value});
        }
        q.steps.append(step);
    }
    for (int row = 0; row < m_exclusions->rowCount(); ++row) {
        FunnelExclusion e;
        e.event = static_cast<QComboBox *>(m_exclusions->cellWidget(row, 0))->currentText();
        e.fromStep = static_cast<QSpinBox *>(m_exclusions->cellWidget(row, 1))->value();
        e.toStep = static_cast<QSpinBox *>(m_exclusions->cellWidget(row, 2))->value();
        if (e.fromStep >= e.toStep || e.toStep > q.steps.size())
            return refuse(tr("Exclusion %1: the steps must be two steps of the funnel, the first before the second (1 to %2).")
                              .arg(row + 1)
                              .arg(q.steps.size()));
        q.exclusions.append(e);
    }
    q.windowSeconds = qint64(m_window->value()) * m_unit->currentData().toLongLong();
    q.breakdown = m_breakdown->currentData().toString();
    if (m_save->isChecked() && name().isEmpty())
        return refuse(tr("Give the funnel a name to save it."));
    m_query = q;
    m_problem->hide();
    return true;
}

void FunnelEditor::accept()
{
    if (check())
        QDialog::accept();
}

} // namespace Atelier
