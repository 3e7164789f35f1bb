#pragma once

#include "core/page.h"
#include "core/request.h"
#include "security/audittrail.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Atelier {

class AuditModel;

/// The tamper-evident audit trail: filter by user, action, resource and the toolbar's dates, page through
/// any number of rows as you scroll, export what the filter shows as CSV, and Verify the whole chain.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;
    QString pageName() const override { return QStringLiteral("audit"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool hasComments() const override { return false; }

    AuditModel *model() const { return m_model; }
    AuditFilter filter() const;
    void applyFilter();
    void verify();
    /// Writes every row the filter shows to \a path (CSV), off the GUI thread.
    void exportTo(const QString &path);
    QString verdict() const;
    QTableView *table() const { return m_table; }

signals:
    void verified();
    void exported(bool ok);
    void pageLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch(qint64 afterSeq);
    void askExport();
    void retranslate();

    ViewContext m_context;
    AuditModel *m_model;
    QLineEdit *m_user;
    QComboBox *m_action;
    QLineEdit *m_resourceType;
    QLineEdit *m_resourceId;
    QPushButton *m_apply;
    QPushButton *m_verify;
    QPushButton *m_export;
    QLabel *m_verdict;
    QLabel *m_status;
    QTableView *m_table;
    bool m_hasContext = false;
    Request<Result<QList<AuditRecord>>> m_fetching{this}; // a newer filter drops a page of the older
    Request<Result<AuditVerification>> m_verifying{this};
    Request<Result<qint64>> m_exporting{this};
};

} // namespace Atelier
