#include "peoplepage.h"

#include "collaboration/useradmin.h"
#include "core/database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier {

PeoplePage::PeoplePage(QWidget *parent)
    : Page(parent), m_notice(new QLabel(this)), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_role(new QComboBox(this)), m_add(new QPushButton(this)), m_change(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText); // errors quoting names
    m_notice->setObjectName(QStringLiteral("peopleNotice"));
    layout->addWidget(m_notice);
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    layout->addWidget(m_table, 1);
    auto *form = new QHBoxLayout;
    m_name->setObjectName(QStringLiteral("personName"));
    m_password->setObjectName(QStringLiteral("personPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_role->setObjectName(QStringLiteral("personRole"));
    m_role->addItems(UserAdmin::roles());
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_change->setObjectName(QStringLiteral("changeRole"));
    m_remove->setObjectName(QStringLiteral("removeFromBrand"));
    form->addWidget(m_name, 1);
    form->addWidget(m_password, 1);
    form->addWidget(m_role);
    form->addWidget(m_add);
    form->addWidget(m_change);
    form->addWidget(m_remove);
    layout->addLayout(form);
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_change, &QPushButton::clicked, this, &PeoplePage::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeFromBrand);
    retranslate();
}

// A load still running is cancelled, a change left to finish; neither answers any more.
PeoplePage::~PeoplePage() = default;

QString PeoplePage::title() const
{
    return tr("People");
}

void PeoplePage::setContext(const ViewContext &context)
{
    const bool otherDatabase = context.database.toString() != m_context.database.toString();
    m_context = context;
    retranslate();
    if (otherDatabase || m_table->rowCount() == 0)
        reload();
}

void PeoplePage::reload()
{
    const DatabaseUrl url = m_context.database;
    if (url.toString().isEmpty())
        return;
    m_loading.startWithDatabase(
        url, [](const QSqlDatabase &db, CancelToken &) { return UserAdmin::list(db); },
        [this](const Result<QList<Person>> &people) {
            const bool ok = people.ok();
            for (QWidget *w : std::initializer_list<QWidget *>{m_table, m_name, m_password, m_role})
                w->setEnabled(ok);
            for (QPushButton *b : {m_add, m_change, m_remove})
                b->setEnabled(ok && !m_writing.isRunning());
            if (!ok) {
                m_problem = people.error().message;
                m_table->setRowCount(0);
            } else {
                display(people.value());
            }
            retranslate();
            emit loaded();
        });
}

void PeoplePage::run(const std::function<Status(const QSqlDatabase &)> &change)
{
    if (m_writing.isRunning())
        return;
    for (QPushButton *b : {m_add, m_change, m_remove})
        b->setEnabled(false);
    m_writing.startChange(
        m_context.database, change,
        [this](const Status &s) {
            for (QPushButton *b : {m_add, m_change, m_remove})
                b->setEnabled(m_table->isEnabled()); // as the last load left them
            if (!s) {
                m_problem = s.error().message;
                emit failed(s.error().message);
            } else {
                m_problem.clear();
                m_password->clear();
            }
            retranslate();
            reload();
        });
}

void PeoplePage::addPerson()
{
    const QString name = m_name->text().trimmed(), password = m_password->text(), role = m_role->currentText();
    const QString brand = m_context.brandSlug;
    run([=](const QSqlDatabase &db) { return UserAdmin::add(db, name, brand, role, password); });
}

void PeoplePage::changeRole()
{
    const QString name = selectedUser().isEmpty() ? m_name->text().trimmed() : selectedUser();
    const QString role = m_role->currentText(), brand = m_context.brandSlug;
    run([=](const QSqlDatabase &db) { return UserAdmin::grant(db, name, brand, role); });
}

void PeoplePage::removeFromBrand()
{
    const QString name = selectedUser().isEmpty() ? m_name->text().trimmed() : selectedUser();
    const QString brand = m_context.brandSlug;
    run([=](const QSqlDatabase &db) { return UserAdmin::revoke(db, name, brand); });
}

QString PeoplePage::selectedUser() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

int PeoplePage::rowCount() const
{
    return m_table->rowCount();
}

bool PeoplePage::isBusy() const
{
    return m_writing.isRunning() || m_loading.isRunning();
}

void PeoplePage::display(const QList<Person> &people)
{
    m_table->setRowCount(0);
    for (const Person &p : people) {
        QStringList memberships;
        for (const auto &[brand, role] : p.memberships)
            memberships.append(QStringLiteral("%1 (%2)").arg(brand, role));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {p.username, p.displayName, p.loginRole, memberships.join(QLatin1String(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

void PeoplePage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Shown as"), tr("Login role"), tr("Brands and roles")});
    m_table->setAccessibleName(tr("People and their brands"));
    m_name->setAccessibleName(tr("User name"));
    m_name->setToolTip(tr("3 to 40 lower-case letters, digits or _, starting with a letter."));
    m_password->setAccessibleName(tr("Password"));
    m_password->setToolTip(tr("At least 8 characters; it is sent to PostgreSQL and never stored by Atelier."));
    m_role->setAccessibleName(tr("Role"));
    m_add->setText(tr("Add to %1").arg(m_context.brandSlug));
    m_change->setText(tr("Set role in %1").arg(m_context.brandSlug));
    m_remove->setText(tr("Remove from %1").arg(m_context.brandSlug));
    m_notice->setText(!m_problem.isEmpty()
                          ? m_problem
                          : tr("People sign in with their own PostgreSQL login; what they may see and change in each brand is "
                               "enforced by the database. Only the administrator manages them here."));
}

void PeoplePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
