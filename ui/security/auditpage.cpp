#include "auditpage.h"

#include "core/plaintext.h"
#include "core/theme.h"
#include "core/privatefiles.h"
#include "security/auditmodel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier {

AuditPage::AuditPage(QWidget *parent)
    : Page(parent), m_model(new AuditModel(this)), m_user(new QLineEdit(this)), m_action(new QComboBox(this)),
      m_resourceType(new QLineEdit(this)), m_resourceId(new QLineEdit(this)), m_apply(new QPushButton(this)),
      m_verify(new QPushButton(this)), m_export(new QPushButton(this)), m_verdict(new QLabel(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_action->addItem(QString(), QString());
    for (const QString &action : AuditTrail::actions())
        m_action->addItem(action, action);
    m_table->setModel(m_model);
    showToolTipsAsPlainText(m_table); // details as people wrote them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText); // a tampered row's contents
    m_status->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    const char *names[] = {"userLabel", "actionLabel", "typeLabel", "resourceLabel"};
    int i = 0;
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_resourceType),
                       static_cast<QWidget *>(m_resourceId)}) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(names[i++]));
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    }
    filters->addWidget(m_apply);
    filters->addStretch(1);
    filters->addWidget(m_export);
    filters->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_model, &AuditModel::fetchRequested, this, &AuditPage::fetch);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    for (QLineEdit *edit : {m_user, m_resourceType, m_resourceId})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::askExport);
    retranslate();
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const
{
    return tr("Audit trail");
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.user = m_user->text().trimmed();
    f.action = m_action->currentData().toString();
    f.resourceType = m_resourceType->text().trimmed();
    f.resourceId = m_resourceId->text().trimmed();
    // The toolbar's dates: [from, to) in UTC days.
    if (m_context.from.isValid())
        f.from = m_context.from.startOfDay(Qt::UTC);
    if (m_context.to.isValid())
        f.to = m_context.to.startOfDay(Qt::UTC);
    return f;
}

void AuditPage::setContext(const ViewContext &context)
{
    const bool changed = context.database.toString() != m_context.database.toString() || context.from != m_context.from
                         || context.to != m_context.to;
    m_context = context;
    if (changed || !m_hasContext) {
        m_hasContext = true;
        applyFilter();
    }
}

void AuditPage::applyFilter()
{
    m_fetching.cancel(); // a page of the filter before
    m_model->reset();
    m_status->clear();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void AuditPage::fetch(qint64 afterSeq)
{
    if (!m_hasContext) { // the view asks before the page knows its database: it asks again once it does
        m_model->fetchFailed();
        return;
    }
    const AuditFilter f = filter();
    m_status->setText(tr("Loading…"));
    m_fetching.startWithDatabase(
        m_context.database,
        [f, afterSeq](const QSqlDatabase &db, CancelToken &) { return AuditTrail::list(db, f, afterSeq, AuditModel::pageSize); },
        [this](const Result<QList<AuditRecord>> &rows) {
            if (!rows) {
                m_model->fetchFailed();
                m_status->setText(rows.error().message);
                emit failed(rows.error().message);
                return;
            }
            m_model->appendPage(rows.value(), rows->size() == AuditModel::pageSize);
            m_status->setText(m_model->canFetchMore({}) ? tr("%n row(s) shown; scroll for more.", nullptr, m_model->rowCount())
                                                        : tr("%n row(s).", nullptr, m_model->rowCount()));
            emit pageLoaded();
        });
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    Theme::setTone(m_verdict, Theme::Tone::Normal);
    m_verdict->setText(tr("Verifying the whole chain…"));
    m_verifying.startWithDatabase(
        m_context.database, [](const QSqlDatabase &db, CancelToken &) { return AuditTrail::verify(db); },
        [this](const Result<AuditVerification> &v) {
            m_verify->setEnabled(true);
            if (!v) {
                Theme::setTone(m_verdict, Theme::Tone::Error);
                m_verdict->setText(v.error().message);
            } else if (v->intact) {
                Theme::setTone(m_verdict, Theme::Tone::Success);
                QString text = tr("Intact: %n row(s), each linked to the one before. Last row %1, hash %2.", nullptr, int(v->rows))
                                   .arg(v->headSeq)
                                   .arg(v->headHash);
                if (v->pending > 0)
                    text += QLatin1Char(' ') + tr("%n newer row(s) not chained yet: verify again to check them.", nullptr, int(v->pending));
                m_verdict->setText(text);
            } else {
                Theme::setTone(m_verdict, Theme::Tone::Error);
                m_verdict->setText(tr("Tampered: the chain breaks at row %1 (%2).").arg(v->brokenSeq).arg(v->problem));
            }
            emit verified();
        });
}

QString AuditPage::verdict() const
{
    return m_verdict->text();
}

void AuditPage::askExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QDir(folder).filePath(QStringLiteral("audit.csv")),
                                                tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportTo(path);
}

void AuditPage::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    const AuditFilter f = filter();
    // A file the person asked for: closing the page drops only the answer, the export still writes it (whole).
    m_exporting.startChange(m_context.database, [f, path](const QSqlDatabase &db) -> Result<qint64> {
        // Written whole or not at all: a failure halfway leaves no partial file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file))
            return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
        auto rows = AuditTrail::exportCsv(db, f, [&file](const QByteArray &line) { return file.write(line) == line.size(); });
        if (!rows)
            return rows.error();
        if (!file.commit())
            return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
        return rows.value();
    }, [this, path](const Result<qint64> &written) {
        m_export->setEnabled(true);
        m_status->setText(written ? tr("Wrote %n row(s) to %1.", nullptr, int(written.value())).arg(QDir::toNativeSeparators(path))
                                  : written.error().message);
        emit exported(written.ok());
    });
}

void AuditPage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("heading"))->setText(tr("Audit trail"));
    findChild<QLabel *>(QStringLiteral("userLabel"))->setText(tr("U&ser:"));
    findChild<QLabel *>(QStringLiteral("actionLabel"))->setText(tr("&Action:"));
    findChild<QLabel *>(QStringLiteral("typeLabel"))->setText(tr("Resource &type:"));
    findChild<QLabel *>(QStringLiteral("resourceLabel"))->setText(tr("&Resource:"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_action->setItemText(0, tr("Any action"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_resourceType->setAccessibleName(tr("Filter by resource type"));
    m_resourceId->setAccessibleName(tr("Filter by resource"));
    m_apply->setText(tr("F&ilter"));
    m_verify->setText(tr("V&erify"));
    m_verify->setAccessibleName(tr("Verify the whole chain"));
    m_export->setText(tr("Export &CSV…"));
    m_export->setAccessibleName(tr("Export the rows the filter shows as CSV"));
    m_table->setAccessibleName(tr("Audit trail rows"));
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
