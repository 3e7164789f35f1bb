#include "translationmodel.h"

#include <QBrush>
#include <QPalette>

namespace Atelier {

namespace {

QString warningsText(const TranslationMessage &m)
{
    QStringList texts;
    for (const TranslationWarning &w : m.warnings)
        texts.append(w.message);
    texts.removeDuplicates();
    return texts.join(QLatin1String("; "));
}

} // namespace

TranslationModel::TranslationModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const TranslationMessage &m) { return m.key; }, {.key = KeyRole, .sort = SortRole}, parent)
{
}

TranslationModel::~TranslationModel() = default;

QString TranslationModel::joined(const QStringList &forms)
{
    return forms.join(QLatin1String(" | "));
}

std::span<const TranslationModel::TableColumn> TranslationModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "source",
         .header = QT_TR_NOOP("Source"),
         .display = [](const TranslationMessage &m) { return m.source; },
         .sort = [](const TranslationMessage &m) -> QVariant { return m.source.toLower(); }},
        {.key = "context",
         .header = QT_TR_NOOP("Context"),
         .display = [](const TranslationMessage &m) {
             return m.disambiguation.isEmpty() ? m.context : QStringLiteral("%1 (%2)").arg(m.context, m.disambiguation);
         },
         .sort = [](const TranslationMessage &m) -> QVariant { return m.context.toLower(); }},
        {.key = "where",
         .header = QT_TR_NOOP("Where used"),
         .display = [](const TranslationMessage &m) { return m.locations.join(QLatin1String(", ")); },
         .sort = [](const TranslationMessage &m) -> QVariant { return m.locations.value(0); }},
        {.key = "translation",
         .header = QT_TR_NOOP("Translation"),
         .display = [](const TranslationMessage &m) { return joined(m.text()); },
         .sort = [](const TranslationMessage &m) -> QVariant { return joined(m.text()).toLower(); },
         .toolTip = QT_TR_NOOP("What the console says now, or the change proposed; edit a plain text in place")},
        {.key = "state",
         .header = QT_TR_NOOP("State"),
         .display = [](const TranslationMessage &m) { return TranslationStore::stateTitle(m.state); },
         .sort = [](const TranslationMessage &m) -> QVariant { return int(m.state); }},
        {.key = "warnings",
         .header = QT_TR_NOOP("Warnings"),
         .display = [](const TranslationMessage &m) { return warningsText(m); },
         .sort = [](const TranslationMessage &m) -> QVariant { return int(m.warnings.size()); }},
    };
    return columns;
}

QVariant TranslationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranslationMessage &m = rows().at(index.row());
    if (role == ErrorRole)
        return m.hasError();
    if (role == Qt::EditRole && index.column() == TranslationColumn)
        return m.text().value(0);
    if (role == Qt::ToolTipRole) {
        if (index.column() == WarningsColumn && !m.warnings.isEmpty())
            return warningsText(m);
        if (index.column() == SourceColumn && !m.note.isEmpty())
            return m.note;
        if (index.column() == StateColumn && m.hasRow)
            return m.reviewedBy.isEmpty() ? tr("Changed by %1").arg(m.updatedBy) : tr("Changed by %1, approved by %2").arg(m.updatedBy, m.reviewedBy);
    }
    if (role == Qt::ForegroundRole && index.column() == WarningsColumn && m.hasError())
        return QBrush(QPalette().color(QPalette::Active, QPalette::Link));
    return ColumnTableModel::data(index, role);
}

Qt::ItemFlags TranslationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = ColumnTableModel::flags(index);
    if (m_editable && index.isValid() && index.column() == TranslationColumn && !rows().at(index.row()).numerus)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TranslationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TranslationMessage &m = rows().at(index.row());
    const QString text = value.toString();
    if (text == m.text().value(0))
        return false;
    emit editRequested(m.key, text); // the page saves it; the row changes when the list is read again
    return false;
}

} // namespace Atelier
