#pragma once

#include "collaboration/useradmin.h"
#include "core/page.h"
#include "core/request.h"
#include "core/result.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSqlDatabase;
class QTableWidget;

namespace Atelier {

/// People and brand memberships, for the administrator of a PostgreSQL database: add a person (their login
/// role and a membership in the brand chosen in the toolbar), change their role there, or take them out.
/// Others see why they cannot; on SQLite the page says there is one local person.
class PeoplePage final : public Page
{
    Q_OBJECT
public:
    explicit PeoplePage(QWidget *parent = nullptr);
    ~PeoplePage() override;
    QString pageName() const override { return QStringLiteral("people"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool hasComments() const override { return false; }
    void reload();
    void addPerson();
    void changeRole();
    void removeFromBrand();
    int rowCount() const;
    bool isBusy() const;

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void run(const std::function<Status(const QSqlDatabase &)> &change);
    void display(const QList<Person> &people);
    QString selectedUser() const;
    void retranslate();

    ViewContext m_context;
    QString m_problem; // the last refusal or failure, shown until the next success
    QLabel *m_notice;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    Request<Result<QList<Person>>> m_loading{this};
    Request<Status> m_writing{this}; // one change at a time: the buttons wait for it
};

} // namespace Atelier
