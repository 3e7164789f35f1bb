#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace Atelier {

/// The shared date range: presets (last 7, 30, 90 days) or two dates. People pick inclusive days;
/// range() returns [from, to) in UTC days, as the services expect.
class DateRangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeSelector)
public:
    explicit DateRangeSelector(QWidget *parent = nullptr);
    QDate from() const;
    /// Exclusive end.
    QDate to() const;
    /// Sets the inclusive range shown; \a to is exclusive.
    void setRange(QDate from, QDate to);

signals:
    void rangeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPreset(int index);
    void retranslate();

    QComboBox *m_preset;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_throughLabel;
    QDateEdit *m_through;
    bool m_updating = false;
};

} // namespace Atelier
