#pragma once

#include <QList>
#include <QWidget>

namespace Atelier {

/// A small line chart of a daily series, painted with the palette so it follows light and dark
/// themes. Hovering shows the exact value of the day under the pointer.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)
public:
    explicit Sparkline(QWidget *parent = nullptr);
    /// \a tooltips holds, per point, the exact text shown on hover.
    void setSeries(const QList<double> &values, const QStringList &tooltips);
    const QList<double> &series() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QList<double> m_values;
    QStringList m_labels;
};

} // namespace Atelier
