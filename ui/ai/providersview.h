#pragma once

#include "studioview.h"

class QAbstractItemModel;
class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Atelier {

class ProviderConfigModel;
struct ProviderConfig;

/// This desktop's AI providers: how each is reached (API key, kept encrypted and never shown; base URL) and how hard
/// it is used (jobs at once, calls a minute, burst, attempts, timeout), and a test call that costs nothing.
class ProvidersView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersView)
public:
    explicit ProvidersView(QWidget *parent = nullptr);
    ~ProvidersView() override;
    QString viewName() const override { return QStringLiteral("providers"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    /// Reads the settings file again (off the GUI thread); loaded() follows.
    void reload();
    QAbstractItemModel *providerModel() const;
    /// Shows provider \a name (openai, stability, replicate, automatic1111, offline) in the form.
    bool selectProvider(const QString &name);
    QString selectedProvider() const;

    /// The form's fields, as a person fills them.
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QCheckBox *removeKeyBox() const { return m_removeKey; }
    QSpinBox *concurrencyField() const { return m_concurrency; }
    QDoubleSpinBox *perMinuteField() const { return m_perMinute; }
    QSpinBox *burstField() const { return m_burst; }
    QSpinBox *attemptsField() const { return m_attempts; }
    QSpinBox *timeoutField() const { return m_timeout; }
    QLineEdit *chatModelField() const { return m_chatModel; }

    /// Checks the form and saves it off the GUI thread; saved(ok) follows (at once when the form is refused).
    void save();
    /// Asks the provider, with its saved settings, off the GUI thread; tested(ok) follows.
    void testConnection();
    /// Whether a key is stored, in words ("A key is stored (encrypted)", "No key").
    QString keyStatus() const;
    /// What is wrong with the form or the last save, in words; empty when nothing is.
    QString formError() const;
    /// What the last test found: the provider's answer or the error.
    QString testAnswer() const;
    QString statusText() const;
    /// Whether the form differs from what is saved.
    bool isModified() const;
    /// Why \a url cannot be a base URL, in words; empty when it can.
    static QString baseUrlProblem(const QString &url);

signals:
    void saved(bool ok);
    void tested(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const QString &select, const QString &statusAfter);
    void showConfig(int row);
    void describeKey(const ProviderConfig &config);
    void formEdited();
    void showFormError(const QString &message);
    void setBusy(bool busy);
    void retranslate();

    StudioContext m_context;
    ProviderConfigModel *m_model;
    QLabel *m_heading;
    QLabel *m_intro;
    QTableView *m_table;
    QGroupBox *m_form;
    QLabel *m_apiKeyLabel;
    QLineEdit *m_apiKey;
    QLabel *m_keyStatus;
    QCheckBox *m_removeKey;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    QPushButton *m_defaultUrl;
    QLabel *m_baseUrlProblem;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrency;
    QLabel *m_perMinuteLabel;
    QDoubleSpinBox *m_perMinute;
    QLabel *m_burstLabel;
    QSpinBox *m_burst;
    QLabel *m_attemptsLabel;
    QSpinBox *m_attempts;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_chatModelLabel;
    QLineEdit *m_chatModel;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_test;
    QLabel *m_testAnswer;
    QLabel *m_status;
    QString m_shown; // the provider in the form
    Request<Result<QList<ProviderConfig>>> m_loading{this};
    Request<Status> m_saving{this};
    Request<Result<QString>> m_testing{this};
    bool m_loadedOnce = false;
    bool m_filling = false; // the form is being filled from the settings, not edited
};

} // namespace Atelier
