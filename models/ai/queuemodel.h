#pragma once

#include "ai/generation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Atelier {

/// The brand's generation queue as a table: the jobs running, then those waiting (in the order the queue takes
/// them), then the finished ones, newest first. setRows() merges a fresh reading into the rows held (moving,
/// inserting and removing rows rather than resetting), so that a periodic refresh keeps the selection and the
/// scroll position; update() does the same for one job.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)
public:
    enum Column { TypeColumn, PromptColumn, ModelColumn, StatusColumn, ProgressColumn, AttemptsColumn, NextAttemptColumn,
                  QueuedColumn, DurationColumn, CreditsColumn, ErrorColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        GenerationRole, // the whole Generation
        StatusRole,     // pending, processing, completed, failed, canceled
        ProgressRole,   // 0 … 1 where there is a bar to fill (the provider's share, or 1 once completed); invalid otherwise
        BusyRole,       // true while the job runs and its provider says nothing of its progress
        RawErrorRole,   // the error as the engine stored it
        ErrorCodeRole   // its code's stable name (errorCodeName: "rate_limited" …); empty when not classified
    };

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    /// Replaces the rows by \a rows (any order; sorted here), keeping the rows that stay in place.
    void setRows(const QList<Generation> &rows);
    /// Puts \a generation in its place (added when new, moved when its status changed).
    void update(const Generation &generation);
    void remove(const QString &id);
    /// How far a job in flight is (0 … 1), as the queue reports it.
    void setProgress(const QString &id, double share);
    /// Repaints what depends on the clock (the time left before a retry).
    void tick();
    /// The language changed: every text is said again.
    void retranslate();

    int rowOf(const QString &id) const;
    const Generation &generation(int row) const { return m_rows.at(row); }
    QList<Generation> generations() const { return m_rows; }
    /// Jobs waiting or running.
    int activeCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A job's state in words ("Queued", "Waiting to retry", "Generating", "Failed" …).
    static QString statusText(const Generation &generation);
    /// The engine's error as one plain sentence saying what happened and what to do; \a willRetry says whether
    /// the queue will try the job again (it is waiting to), which changes the advice for passing trouble.
    /// The \a code decides, whatever the language \a error was written in; without one (a row stored before codes
    /// were kept) the English words of \a error are read instead. A failure no advice fits is \a error on one line.
    static QString explain(ErrorCode code, const QString &error, bool willRetry = true);
    /// As above, for an error without a code: classified by its English words.
    static QString explain(const QString &error, bool willRetry = true);
    /// The code an English engine error stands for, read from its words (rows stored before codes were kept);
    /// Unspecified when none fits.
    static ErrorCode codeOfText(const QString &error);

private:
    void reindex();

    QList<Generation> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, double> m_progress;
};

} // namespace Atelier
