#pragma once

#include "core/databaseurl.h"

#include <QObject>
#include <QPixmap>

#include <memory>

namespace Atelier {

/// Thumbnails of a brand's results, loaded off the GUI thread and held within a memory budget (least recently
/// used go first). Asked for what is on screen: the most recent requests are served first, and requests for what
/// scrolled away long ago are dropped, so a fast scroll through 10,000 generations never queues 10,000 loads.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)
public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /// Where thumbnails come from; forgets the requests of another brand (what is held stays valid: hashes are content).
    void setSource(const DatabaseUrl &url, const QString &brandId);
    /// The thumbnail of \a sha when held; otherwise asks for it (ready() follows) and returns a null pixmap.
    QPixmap get(const QString &sha);
    /// Whether \a sha could not be loaded (missing, or not an image).
    bool isBroken(const QString &sha) const;
    void setBudget(qint64 bytes);
    qint64 budget() const;
    qint64 bytesHeld() const;
    int loading() const;
    int waiting() const;

signals:
    void ready(const QString &sha);

private:
    void pump();

    struct Load;
    struct State;
    std::unique_ptr<State> d;
};

} // namespace Atelier
