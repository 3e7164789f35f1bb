#pragma once

#include "core/request.h"
#include "core/result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Atelier {

/// Settings: the database URL (with "Test connection", run off the GUI thread) and the language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(const QString &databaseUrl, const QString &language, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString databaseUrl() const;
    QString language() const;
    /// The last connection test's message (empty before the first test).
    QString testMessage() const;
    bool isTesting() const;

    void accept() override;

signals:
    void testFinished(bool ok);

private:
    void testConnection();
    void showTestResult(const Result<QString> &result);

    QLineEdit *m_url;
    QComboBox *m_language;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    Request<Result<QString>> m_testing{this};
};

} // namespace Atelier
