#pragma once

#include "core/databaseurl.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Atelier {

/// What a person gives when a PostgreSQL database wants a password.
struct PasswordAnswer final
{
    QString password;
    bool keepInKeychain = false;
};

/// The one way the console asks for a database password: when the URL has none and neither the keychain nor
/// ~/.pgpass gave one that works.
class PasswordDialog final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordDialog)
public:
    /// Asks for \a url's password, \a problem (if any) saying what the server answered; nothing when cancelled.
    static std::optional<PasswordAnswer> ask(QWidget *parent, const DatabaseUrl &url, const QString &problem);
    /// Asks for the passphrase of the database's data key (never kept: no keychain box), \a problem (if any) saying
    /// why the last one failed; nothing when cancelled.
    static std::optional<QString> askPassphrase(QWidget *parent, const QString &problem);
};

} // namespace Atelier
