#include "settingsdialog.h"

#include "core/database.h"
#include "core/databaseurl.h"
#include "core/language.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {
Result<QString> probe(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    Result<QString> outcome = QString();
    {
        auto db = Database::open(url.value(), Database::OpenMode::MustExist);
        if (!db) {
            outcome = db.error();
        } else {
            auto version = Migrator::currentVersion(db.value());
            const auto verified = Migrator::verify(db.value());
            const QString kind = SqlDialect::of(db.value()).name();
            if (!version)
                outcome = version.error();
            else if (!verified)
                outcome = verified.error();
            else
                outcome = SettingsDialog::tr("Connected to %1 as %2; schema version %3.")
                              .arg(kind, Database::currentUser(db.value()))
                              .arg(version.value());
        }
    }
    // A test must not leave a connection open on a pool thread.
    Database::closeThreadConnections();
    return outcome;
}
} // namespace

SettingsDialog::SettingsDialog(const QString &databaseUrl, const QString &language, QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(databaseUrl, this)), m_language(new QComboBox(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_url->setMinimumWidth(420);
    m_url->setAccessibleName(tr("Database URL"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // a server's answer
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    if (Language::available().contains(QStringLiteral("pseudo"))) // ATELIER_PSEUDO_LANGUAGE=1, for developers
        m_language->addItem(QStringLiteral("[Þšéûđö]"), QStringLiteral("pseudo"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_language->setAccessibleName(tr("Language"));

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("&Database URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    auto *examples = new QLabel(tr("For example sqlite:///home/me/atelier.db or postgresql://me@db.example.com/atelier"), this);
    examples->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), examples);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_result);
    auto *note = new QLabel(tr("A password typed in the URL is used for this session only and never saved. Better leave "
                               "it out: Atelier then reads ~/.pgpass, or asks and can keep it in the keychain."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

// The test captures only copies, never the dialog: closing it mid-test drops the result without waiting.
SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::databaseUrl() const
{
    return m_url->text().trimmed();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::testMessage() const
{
    return m_result->text();
}

bool SettingsDialog::isTesting() const
{
    return m_testing.isRunning();
}

void SettingsDialog::testConnection()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    const QString text = databaseUrl();
    m_testing.start([text](CancelToken &) { return probe(text); }, [this](const Result<QString> &result) { showTestResult(result); });
}

void SettingsDialog::showTestResult(const Result<QString> &result)
{
    m_test->setEnabled(true);
    m_result->setText(result ? result.value() : result.error().message);
    emit testFinished(result.ok());
}

void SettingsDialog::accept()
{
    auto url = DatabaseUrl::parse(databaseUrl());
    if (!url) {
        QMessageBox::warning(this, tr("Invalid database URL"), plainToolTip(url.error().message));
        m_url->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Atelier
