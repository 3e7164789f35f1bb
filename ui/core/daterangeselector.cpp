#include "daterangeselector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Atelier {

namespace {
const int kPresetDays[] = {7, 30, 90, 180};
QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

DateRangeSelector::DateRangeSelector(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)),
      m_throughLabel(new QLabel(this)), m_through(new QDateEdit(this))
{
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_through->setObjectName(QStringLiteral("rangeThrough"));
    for (QDateEdit *edit : {m_from, m_through}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromLabel->setBuddy(m_from);
    m_throughLabel->setBuddy(m_through);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_throughLabel);
    layout->addWidget(m_through);
    retranslate();
    m_preset->setCurrentIndex(1);
    applyPreset(1);

    connect(m_preset, &QComboBox::activated, this, &DateRangeSelector::applyPreset);
    auto edited = [this] {
        if (m_updating)
            return;
        m_preset->setCurrentIndex(int(std::size(kPresetDays)));
        if (m_from->date() > m_through->date())
            m_through->setDate(m_from->date());
        emit rangeChanged();
    };
    connect(m_from, &QDateEdit::dateChanged, this, edited);
    connect(m_through, &QDateEdit::dateChanged, this, edited);
}

QDate DateRangeSelector::from() const
{
    return m_from->date();
}

QDate DateRangeSelector::to() const
{
    return m_through->date().addDays(1);
}

void DateRangeSelector::setRange(QDate from, QDate to)
{
    m_updating = true;
    m_from->setDate(from);
    m_through->setDate(to.addDays(-1));
    m_updating = false;
    m_preset->setCurrentIndex(int(std::size(kPresetDays)));
    emit rangeChanged();
}

void DateRangeSelector::applyPreset(int index)
{
    if (index < 0 || index >= int(std::size(kPresetDays)))
        return;
    m_updating = true;
    const QDate today = todayUtc();
    m_through->setDate(today);
    m_from->setDate(today.addDays(-kPresetDays[index] + 1));
    m_updating = false;
    emit rangeChanged();
}

void DateRangeSelector::retranslate()
{
    const int current = m_preset->currentIndex();
    m_preset->clear();
    for (int days : kPresetDays)
        m_preset->addItem(tr("Last %1 days").arg(days));
    m_preset->addItem(tr("Custom range"));
    m_preset->setCurrentIndex(current < 0 ? 1 : current);
    m_preset->setAccessibleName(tr("Date range preset"));
    m_fromLabel->setText(tr("Fr&om"));
    m_throughLabel->setText(tr("Thro&ugh"));
    m_from->setAccessibleName(tr("First day of the range (UTC)"));
    m_through->setAccessibleName(tr("Last day of the range (UTC), included"));
    m_from->setToolTip(m_from->accessibleName());
    m_through->setToolTip(m_through->accessibleName());
}

void DateRangeSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Atelier
