#pragma once

#include "analytics/funnelservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Atelier {

/// The funnel's definition as people edit it: ordered steps with property filters, the conversion window,
/// exclusions between steps and a breakdown; Run, or Save and run. Nothing leaves the dialog until it is
/// valid, and the message says which step or field is wrong.
class FunnelEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelEditor)
public:
    FunnelEditor(const QStringList &eventTypes, QWidget *parent = nullptr);
    void setFunnel(const QString &name, const FunnelQuery &query);
    FunnelQuery query() const { return m_query; }
    QString name() const;
    bool saveRequested() const;
    /// Reads the form; on a problem, says where and returns false.
    bool check();
    QTableWidget *stepsTable() const { return m_steps; }
    QString problem() const;

public slots:
    void accept() override;

private:
    void addStep(const QString &event, const QString &filters);
    void addExclusion(const QString &event, int from, int to);
    QComboBox *eventBox(const QString &current);

    QStringList m_eventTypes;
    FunnelQuery m_query;
    QLineEdit *m_name;
    QTableWidget *m_steps;
    QTableWidget *m_exclusions;
    QSpinBox *m_window;
    QComboBox *m_unit;
    QComboBox *m_breakdown;
    QCheckBox *m_save;
    QLabel *m_problem;
};

} // namespace Atelier
