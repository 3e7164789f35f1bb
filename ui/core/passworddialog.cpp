#include "passworddialog.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Atelier {

std::optional<PasswordAnswer> PasswordDialog::ask(QWidget *parent, const DatabaseUrl &url, const QString &problem)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("Database password"));
    dialog.setMinimumWidth(440);
    auto *where = new QLabel(tr("The PostgreSQL database %1 wants the password of \"%2\".").arg(url.displayString(), url.user),
                             &dialog);
    where->setTextFormat(Qt::PlainText); // a URL as typed
    where->setWordWrap(true);
    auto *why = new QLabel(problem, &dialog);
    why->setTextFormat(Qt::PlainText); // the server's words
    why->setWordWrap(true);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    password->setAccessibleName(tr("Password"));
    auto *keep = new QCheckBox(tr("&Remember in the keychain"), &dialog);
    keep->setObjectName(QStringLiteral("keepInKeychain"));
    keep->setToolTip(tr("Stored in this computer's keychain, never in the settings file; "
                        "atelier db logout --database URL removes it."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QObject::connect(password, &QLineEdit::textChanged, &dialog,
                     [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(where);
    if (!problem.isEmpty())
        form->addRow(why);
    form->addRow(tr("&Password:"), password);
    form->addRow(QString(), keep);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || password->text().isEmpty())
        return std::nullopt;
    return PasswordAnswer{password->text(), keep->isChecked()};
}

std::optional<QString> PasswordDialog::askPassphrase(QWidget *parent, const QString &problem)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passphraseDialog"));
    dialog.setWindowTitle(tr("Data key passphrase"));
    dialog.setMinimumWidth(440);
    auto *where = new QLabel(tr("The database's data key, which opens webhook signing secrets, is protected by a passphrase. "
                                "It is kept in memory for this session only."),
                             &dialog);
    where->setWordWrap(true);
    auto *why = new QLabel(problem, &dialog);
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    auto *passphrase = new QLineEdit(&dialog);
    passphrase->setObjectName(QStringLiteral("passphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    passphrase->setAccessibleName(tr("Passphrase"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QObject::connect(passphrase, &QLineEdit::textChanged, &dialog,
                     [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(where);
    if (!problem.isEmpty())
        form->addRow(why);
    form->addRow(tr("&Passphrase:"), passphrase);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || passphrase->text().isEmpty())
        return std::nullopt;
    return passphrase->text();
}

} // namespace Atelier
