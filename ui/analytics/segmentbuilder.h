#pragma once

#include "core/request.h"
#include "core/result.h"
#include "core/viewcontext.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace Atelier {

/// Builds a segment: conditions on properties ("country is FR") and on behaviour ("purchase at least 2
/// times in 30 days"), all or any of them, with the number of matching users counted live as it changes.
/// Conditions go in numbered groups: "(A or B) and C" is A and B in group 1 matched with "any", C in group 2,
/// and "every group" between them. Deeper trees are edited as JSON on the second tab. Save creates the segment.
class SegmentBuilder final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentBuilder)
public:
    SegmentBuilder(const ViewContext &context, QWidget *parent = nullptr);
    ~SegmentBuilder() override;
    void setSegment(const QString &name, const QJsonObject &criteria);
    /// The criteria as the form or the JSON tab says, or why they are not valid.
    Result<QJsonObject> criteria() const;
    QString countText() const;
    QTableWidget *conditions() const { return m_conditions; }
    /// A condition row in group \a group (1 …): the conditions of a group combine with "within each group",
    /// the groups with "between groups".
    void addCondition(const QJsonObject &condition = {}, int group = 1);
    void setName(const QString &name);

signals:
    void saved();
    void counted();

private:
    void scheduleCount();
    void count();
    void save();
    /// Shows \a criteria in the form; false when the tree is deeper than groups of conditions.
    bool loadTree(const QJsonObject &criteria);
    void setKind(int row, bool behaviour);

    ViewContext m_context;
    QLineEdit *m_name;
    QComboBox *m_match;
    QComboBox *m_between;
    QTableWidget *m_conditions;
    QPlainTextEdit *m_json;
    QTabWidget *m_tabs;
    QLabel *m_count;
    QPushButton *m_saveButton;
    QTimer *m_debounce;
    Request<Result<qint64>> m_counting{this};
    Request<Status> m_saving{this};
};

} // namespace Atelier
