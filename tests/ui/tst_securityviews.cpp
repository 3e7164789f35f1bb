#include "collaboration/comments.h"
#include "collaboration/commentspanel.h"
#include "core/appsettings.h"
#include "core/database.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/theme.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"
#include "security/auditpage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The views the security hardening touched, as a newcomer meets them: at 1024×700, in French and dark mode, walked
/// with the keyboard. Text another person wrote (markup included) reads as they wrote it; the audit trail verifies.
/// Pictures go to ATELIER_SCREENSHOT_DIR when it is set.
class TestSecurityViews final : public QObject
{
    Q_OBJECT
private:
    static constexpr auto kHostile = "<img src=\"file:///etc/passwd\" width=3000><b>gras</b> & co";
    QString m_shots;

    void shoot(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_securityviews"));
        QSettings().clear();
        QVERIFY(Language::apply(QStringLiteral("fr")));
        Theme::apply(QStringLiteral("dark"));
        QVERIFY(Theme::isDark());
    }

    void walkThroughInFrenchAndDark()
    {
        QTemporaryDir fallback;
        m_shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR", fallback.path());
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        {
            auto db = Database::open(scratch.url());
            QVERIFY(Migrator::migrate(db.value()).ok());
            DemoOptions options;
            options.events = 20000;
            options.days = 30;
            options.generationsPerBrand = 2;
            QVERIFY(DemoGenerator::generate(db.value(), options).ok());
            const auto posted = CommentService::add(db.value(), {QStringLiteral("analytics_chart"), QStringLiteral("linea-home/overview")},
                                                    QString::fromUtf8(kHostile), {}, QStringLiteral("linea-home"));
            QVERIFY2(posted.ok(), qPrintable(posted.ok() ? QString() : posted.error().message));
        }
        MainWindow window(scratch.url());
        window.resize(1024, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), 20000);
        QVERIFY(window.selectBrand(QStringLiteral("linea-home")));
        QVERIFY(window.showPage(QStringLiteral("overview")));

        // The comment with markup in it: shown as its characters, in the list and wherever it is quoted.
        window.comments()->show();
        auto *tree = window.comments()->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 20000);
        QCOMPARE(tree->topLevelItem(0)->text(1), QString::fromUtf8(kHostile));
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(QLatin1String("passwd")))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        shoot(&window, QStringLiteral("security-comment-fr-dark"));

        // The audit trail, verified, in French; its controls reached with Tab, Verify with its mnemonic.
        QVERIFY(window.showPage(QStringLiteral("audit")));
        auto *page = qobject_cast<AuditPage *>(window.page(QStringLiteral("audit")));
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QPushButton *verifyButton = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Vérifier") || b->accessibleName().contains(QLatin1String("chaîne")))
                verifyButton = b;
        QVERIFY2(verifyButton, "the Verify button, in French");
        window.activateWindow();
        page->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 40 && !reached.contains(verifyButton); ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached.insert(QApplication::focusWidget());
        }
        QVERIFY2(reached.contains(verifyButton), "Tab reaches Verify");
        QTest::keyClick(verifyButton, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(page->verdict().startsWith(QLatin1String("Intact")), 20000);
        shoot(&window, QStringLiteral("security-audit-fr-dark"));
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        Theme::apply(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestSecurityViews)
#include "tst_securityviews.moc"
