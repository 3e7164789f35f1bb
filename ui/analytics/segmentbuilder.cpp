#include "segmentbuilder.h"

#include "analytics/funnelservice.h"
#include "analytics/eventtypes.h"
#include "analytics/segmentservice.h"
#include "core/brandservice.h"
#include "core/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Atelier {

namespace {
enum Column { GroupColumn, KindColumn, FieldColumn, OpColumn, ValueColumn, DaysColumn, ColumnCount };
constexpr int maxGroups = 9;

bool isLeaf(const QJsonValue &v)
{
    return v.isObject() && !v.toObject().contains(QStringLiteral("all")) && !v.toObject().contains(QStringLiteral("any"));
}

/// The group operator of a tree node ({"all": …} or {"any": …}), or empty when it is not a group.
QString groupOf(const QJsonObject &node)
{
    if (node.size() != 1)
        return {};
    const QString op = node.contains(QStringLiteral("all")) ? QStringLiteral("all") : QStringLiteral("any");
    return node.value(op).isArray() ? op : QString();
}
}

SegmentBuilder::SegmentBuilder(const ViewContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)), m_match(new QComboBox(this)), m_between(new QComboBox(this)),
      m_conditions(new QTableWidget(0, ColumnCount, this)), m_json(new QPlainTextEdit(this)), m_tabs(new QTabWidget(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Segment"));
    setObjectName(QStringLiteral("segmentBuilder"));
    m_name->setAccessibleName(tr("Segment name"));
    m_match->addItem(tr("all of its conditions"), QStringLiteral("all"));
    m_match->addItem(tr("any of its conditions"), QStringLiteral("any"));
    m_match->setAccessibleName(tr("Within each group, users must match"));
    m_match->setObjectName(QStringLiteral("withinGroups"));
    m_between->setObjectName(QStringLiteral("betweenGroups"));
    m_between->addItem(tr("every group"), QStringLiteral("all"));
    m_between->addItem(tr("at least one group"), QStringLiteral("any"));
    m_between->setAccessibleName(tr("Between groups, users must match"));
    m_conditions->setHorizontalHeaderLabels(
        {tr("Group"), tr("Kind"), tr("Property or event"), tr("Condition"), tr("Value or count"), tr("Within days")});
    m_conditions->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_conditions->setAccessibleName(tr("Conditions"));
    m_json->setAccessibleName(tr("Criteria as JSON"));
    m_count->setAccessibleName(tr("Matching users"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText); // errors
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &SegmentBuilder::count);

    auto *formPage = new QWidget(this);
    auto *add = new QPushButton(tr("&Add condition"), formPage);
    auto *remove = new QPushButton(tr("&Remove condition"), formPage);
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_conditions->currentRow() >= 0) {
            m_conditions->removeRow(m_conditions->currentRow());
            scheduleCount();
        }
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto *match = new QHBoxLayout;
    match->addWidget(new QLabel(tr("Users who match"), formPage));
    match->addWidget(m_between);
    match->addWidget(new QLabel(tr("and, in each group,"), formPage));
    match->addWidget(m_match);
    match->addStretch(1);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->addLayout(match);
    formLayout->addWidget(m_conditions);
    formLayout->addLayout(rowButtons);
    m_tabs->addTab(formPage, tr("&Conditions"));
    m_tabs->addTab(m_json, tr("&JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1) {
            // The JSON tab shows what the form says, when the form can say it.
            if (auto c = criteria(); c && m_conditions->rowCount() > 0)
                m_json->setPlainText(QString::fromUtf8(QJsonDocument(c.value()).toJson(QJsonDocument::Indented)));
        }
        scheduleCount();
    });
    connect(m_match, &QComboBox::currentIndexChanged, this, &SegmentBuilder::scheduleCount);
    connect(m_between, &QComboBox::currentIndexChanged, this, &SegmentBuilder::scheduleCount);
    connect(m_json, &QPlainTextEdit::textChanged, this, &SegmentBuilder::scheduleCount);
    connect(m_conditions, &QTableWidget::cellChanged, this, &SegmentBuilder::scheduleCount);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    connect(m_saveButton, &QPushButton::clicked, this, &SegmentBuilder::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SegmentBuilder::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(760, 480);
    addCondition(QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")},
                             {QStringLiteral("value"), QStringLiteral("FR")}});
}

SegmentBuilder::~SegmentBuilder() = default;

void SegmentBuilder::setName(const QString &name)
{
    m_name->setText(name);
}

void SegmentBuilder::setKind(int row, bool behaviour)
{
    auto *field = new QComboBox(m_conditions);
    field->addItems(behaviour ? EventTypes::standard() : FunnelService::knownProperties());
    field->setEditable(behaviour); // recorded event types beyond the standard ones can be typed
    field->setAccessibleName(behaviour ? tr("Event") : tr("Property"));
    auto *op = new QComboBox(m_conditions);
    if (behaviour) {
        op->addItem(tr("at least"), QStringLiteral("at_least"));
        op->addItem(tr("at most"), QStringLiteral("at_most"));
        op->addItem(tr("exactly"), QStringLiteral("exactly"));
    } else {
        op->addItem(tr("is"), QStringLiteral("eq"));
        op->addItem(tr("is not"), QStringLiteral("neq"));
        op->addItem(tr("is one of"), QStringLiteral("in"));
        op->addItem(tr("is none of"), QStringLiteral("not_in"));
        op->addItem(tr("is set"), QStringLiteral("exists"));
    }
    op->setAccessibleName(tr("Condition"));
    auto *days = new QSpinBox(m_conditions);
    days->setRange(0, 3650);
    days->setSpecialValueText(tr("whole range"));
    days->setEnabled(behaviour);
    days->setAccessibleName(tr("Within days"));
    m_conditions->setCellWidget(row, FieldColumn, field);
    m_conditions->setCellWidget(row, OpColumn, op);
    m_conditions->setCellWidget(row, DaysColumn, days);
    for (QComboBox *box : {field, op})
        connect(box, &QComboBox::currentTextChanged, this, &SegmentBuilder::scheduleCount);
    connect(days, &QSpinBox::valueChanged, this, &SegmentBuilder::scheduleCount);
}

void SegmentBuilder::addCondition(const QJsonObject &condition, int group)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto *groupBox = new QSpinBox(m_conditions);
    groupBox->setRange(1, maxGroups);
    groupBox->setValue(std::clamp(group, 1, maxGroups));
    groupBox->setAccessibleName(tr("Group of the condition"));
    m_conditions->setCellWidget(row, GroupColumn, groupBox);
    connect(groupBox, &QSpinBox::valueChanged, this, &SegmentBuilder::scheduleCount);
    const bool behaviour = condition.contains(QStringLiteral("event"));
    auto *kind = new QComboBox(m_conditions);
    kind->addItem(tr("Property"));
    kind->addItem(tr("Behaviour"));
    kind->setCurrentIndex(behaviour ? 1 : 0);
    kind->setAccessibleName(tr("Kind of condition"));
    m_conditions->setCellWidget(row, KindColumn, kind);
    setKind(row, behaviour);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind](int index) {
        for (int r = 0; r < m_conditions->rowCount(); ++r)
            if (m_conditions->cellWidget(r, KindColumn) == kind) {
                setKind(r, index == 1);
                m_conditions->setItem(r, ValueColumn, new QTableWidgetItem(index == 1 ? QStringLiteral("1") : QString()));
            }
        scheduleCount();
    });
    auto *field = static_cast<QComboBox *>(m_conditions->cellWidget(row, FieldColumn));
    auto *op = static_cast<QComboBox *>(m_conditions->cellWidget(row, OpColumn));
    auto *days = static_cast<QSpinBox *>(m_conditions->cellWidget(row, DaysColumn));
    QString value;
    if (behaviour) {
        field->setCurrentText(condition.value(QStringLiteral("event")).toString());
        value = QString::number(condition.value(QStringLiteral("count")).toInt(1));
        days->setValue(condition.value(QStringLiteral("within_days")).toInt(0));
    } else if (!condition.isEmpty()) {
        field->setCurrentText(condition.value(QStringLiteral("property")).toString());
        const QJsonValue v = condition.value(QStringLiteral("value"));
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items.append(item.toString());
            value = items.join(QStringLiteral(", "));
        } else {
            value = v.toString();
        }
    }
    op->setCurrentIndex(std::max(0, op->findData(condition.value(QStringLiteral("op")).toString())));
    m_conditions->setItem(row, ValueColumn, new QTableWidgetItem(value));
    scheduleCount();
}

bool SegmentBuilder::loadTree(const QJsonObject &criteria)
{
    // What the form can show: one group of conditions, or groups of conditions (all sharing one operator)
    // under a top operator; a condition directly under the top is a group of its own.
    const QString top = groupOf(criteria);
    if (top.isEmpty())
        return false;
    const QJsonArray children = criteria.value(top).toArray();
    bool flat = true;
    for (const QJsonValue &c : children)
        flat = flat && isLeaf(c);
    QList<QPair<QJsonObject, int>> rows;
    QString inner;
    if (flat) {
        inner = top;
        for (const QJsonValue &c : children)
            rows.append({c.toObject(), 1});
    } else {
        int group = 0;
        for (const QJsonValue &c : children) {
            if (++group > maxGroups)
                return false;
            if (isLeaf(c)) {
                rows.append({c.toObject(), group});
                continue;
            }
            const QString op = groupOf(c.toObject());
            if (op.isEmpty() || (!inner.isEmpty() && op != inner))
                return false;
            inner = op;
            for (const QJsonValue &leaf : c.toObject().value(op).toArray()) {
                if (!isLeaf(leaf))
                    return false;
                rows.append({leaf.toObject(), group});
            }
        }
        if (inner.isEmpty())
            inner = QStringLiteral("all");
    }
    m_conditions->setRowCount(0);
    m_match->setCurrentIndex(m_match->findData(inner));
    m_between->setCurrentIndex(m_between->findData(flat ? QStringLiteral("all") : top));
    for (const auto &[condition, group] : rows)
        addCondition(condition, group);
    return true;
}

void SegmentBuilder::setSegment(const QString &name, const QJsonObject &criteria)
{
    m_name->setText(name);
    if (loadTree(criteria)) {
        m_tabs->setCurrentIndex(0);
    } else {
        // Deeper trees: exactly as saved, on the JSON tab.
        m_conditions->setRowCount(0);
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(criteria).toJson(QJsonDocument::Indented)));
        m_tabs->setCurrentIndex(1);
    }
    scheduleCount();
}

Result<QJsonObject> SegmentBuilder::criteria() const
{
    if (m_tabs->currentIndex() == 1) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{tr("JSON, at character %1: %2").arg(error.offset).arg(error.errorString()), {}};
        if (!doc.isObject())
            return Error{tr("JSON: the criteria must be an object, as {\"all\": [ … ]}."), {}};
        if (auto s = SegmentService::validate(doc.object()); !s)
            return s.error();
        return doc.object();
    }
    QMap<int, QJsonArray> groups;
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        QJsonArray &conditions = groups[static_cast<QSpinBox *>(m_conditions->cellWidget(row, GroupColumn))->value()];
        const bool behaviour = static_cast<QComboBox *>(m_conditions->cellWidget(row, KindColumn))->currentIndex() == 1;
        const QString field = static_cast<QComboBox *>(m_conditions->cellWidget(row, FieldColumn))->currentText().trimmed();
        const QString op = static_cast<QComboBox *>(m_conditions->cellWidget(row, OpColumn))->currentData().toString();
        const QString value = m_conditions->item(row, ValueColumn) ? m_conditions->item(row, ValueColumn)->text().trimmed() : QString();
        if (behaviour) {
            bool ok = false;
            const int count = value.toInt(&ok);
            if (!ok || count < 0)
                return Error{tr("Condition %1: \"%2\" is not a number of times (0 or more).").arg(row + 1).arg(value), {}};
            QJsonObject c{{QStringLiteral("event"), field}, {QStringLiteral("op"), op}, {QStringLiteral("count"), count}};
            if (const int days = static_cast<QSpinBox *>(m_conditions->cellWidget(row, DaysColumn))->value(); days > 0)
                c.insert(QStringLiteral("within_days"), days);
            conditions.append(c);
        } else if (op == QLatin1String("exists")) {
            conditions.append(QJsonObject{{QStringLiteral("property"), field}, {QStringLiteral("op"), op}});
        } else if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
            QJsonArray values;
            for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                values.append(v.trimmed());
            conditions.append(QJsonObject{{QStringLiteral("property"), field}, {QStringLiteral("op"), op}, {QStringLiteral("value"), values}});
        } else {
            conditions.append(QJsonObject{{QStringLiteral("property"), field}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}});
        }
    }
    if (groups.isEmpty())
        return Error{tr("Add at least one condition."), {}};
    const QString inner = m_match->currentData().toString();
    QJsonObject tree;
    if (groups.size() == 1) {
        tree = QJsonObject{{inner, groups.first()}};
    } else {
        QJsonArray children;
        for (const QJsonArray &g : std::as_const(groups))
            children.append(QJsonObject{{inner, g}});
        tree = QJsonObject{{m_between->currentData().toString(), children}};
    }
    if (auto s = SegmentService::validate(tree); !s)
        return s.error();
    return tree;
}

QString SegmentBuilder::countText() const
{
    return m_count->text();
}

void SegmentBuilder::scheduleCount()
{
    m_debounce->start();
}

void SegmentBuilder::count()
{
    const auto tree = criteria();
    if (!tree) {
        m_counting.cancel(); // a count of the criteria before: it would hide why these are not valid
        m_count->setText(tree.error().message);
        m_saveButton->setEnabled(false);
        emit counted();
        return;
    }
    m_saveButton->setEnabled(true);
    m_count->setText(tr("Counting…"));
    const ViewContext context = m_context;
    const QJsonObject criteriaTree = tree.value();
    // An older count still running is cancelled: its answer no longer matters.
    m_counting.startWithDatabase(
        context.database,
        [context, criteriaTree](const QSqlDatabase &db, CancelToken &) -> Result<qint64> {
            auto brand = BrandService::bySlug(db, context.brandSlug);
            if (!brand)
                return brand.error();
            return SegmentService::count(db, brand.value(), context.from, context.to, criteriaTree);
        },
        [this](const Result<qint64> &n) {
            m_count->setText(n ? tr("%n user(s) match, from %1 to %2.", nullptr, int(n.value()))
                                     .arg(m_context.from.toString(Qt::ISODate), m_context.to.addDays(-1).toString(Qt::ISODate))
                               : n.error().message);
            emit counted();
        });
}

void SegmentBuilder::save()
{
    if (m_saving.isRunning())
        return; // the segment is on its way
    const auto tree = criteria();
    if (!tree) {
        m_count->setText(tree.error().message);
        return;
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_count->setText(tr("Give the segment a name to save it."));
        m_name->setFocus();
        return;
    }
    m_saveButton->setEnabled(false);
    const ViewContext context = m_context;
    const QJsonObject criteriaTree = tree.value();
    m_saving.startChange(
        context.database,
        [context, name, criteriaTree](const QSqlDatabase &db) -> Status {
            auto brand = BrandService::bySlug(db, context.brandSlug);
            if (!brand)
                return brand.error();
            auto created = SegmentService::create(db, brand.value(), context.from, context.to, name, criteriaTree);
            if (!created)
                return created.error();
            return Done{};
        },
        [this](const Status &done) {
            m_saveButton->setEnabled(true);
            if (!done) {
                m_count->setText(done.error().message);
                return;
            }
            emit saved();
            accept();
        });
}

} // namespace Atelier
