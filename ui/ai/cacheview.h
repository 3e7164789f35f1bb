#pragma once

#include "ai/generation.h"
#include "ai/studioactions.h"
#include "core/request.h"
#include "studioview.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Atelier {

/// The Cache tab: what the brand's result cache saves (hits, misses, hit rate, the results it can answer with, the
/// credits saved) and this desktop's disk cache of results; both can be cleared, after a confirmation, and the tab
/// says what went.
class CacheView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheView)
public:
    /// The figures the tab shows, as text.
    enum class Figure { Hits, Misses, HitRate, ResultBytes, CreditsSaved, DiskBytes, DiskFolder };

    explicit CacheView(QWidget *parent = nullptr);
    ~CacheView() override;
    QString viewName() const override { return QStringLiteral("cache"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    void reload();
    /// Stops answering from the brand's results older than \a olderThanDays days (all with 0), without asking.
    void clearCache(int olderThanDays);
    /// Empties this desktop's disk cache, without asking.
    void clearDiskCache();

    const CacheStats &stats() const { return m_stats; }
    qint64 diskBytes() const { return m_diskBytes; }
    QString figure(Figure figure) const;
    QString statusText() const;
    QSpinBox *daysBox() const { return m_days; }

signals:
    /// A clearing finished (\a ok false: the reason is in statusText()); the figures reload after it.
    void cleared(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askClearCache();
    void askClearDiskCache();
    void openFolder();
    void showFigures();
    void setBusy(bool busy);
    void retranslate();

    struct Figures; // the brand's cache and this desktop's disk cache

    StudioContext m_context;
    CacheStats m_stats;
    qint64 m_diskBytes = 0;
    QString m_folder;
    bool m_hasFigures = false;
    QLabel *m_heading;
    QLabel *m_intro;
    QGroupBox *m_brandBox;
    QGroupBox *m_desktopBox;
    QList<QLabel *> m_names;   // the figures' names, in Figure order
    QList<QLabel *> m_figures; // their values
    QLabel *m_daysLabel;
    QSpinBox *m_days;
    QPushButton *m_clearCache;
    QPushButton *m_clearDisk;
    QPushButton *m_openFolder;
    QLabel *m_status;
    QString m_notice;     // what an action reported, shown again once the reload it caused arrives
    Request<Result<Figures>> m_loading{this};
    Request<Result<CacheClearing>> m_clearing{this};
    Request<DiskClearing> m_clearingDisk{this};
    bool m_busy = false;
};

} // namespace Atelier
