// The Translations page (atelier --page translations) on SQLite and PostgreSQL, as an admin meets it: at 1024×700, in
// French and dark mode, walked with the keyboard. An admin's change shows in an open window at once; on PostgreSQL a
// change made by another console reaches it through the database. Pictures go to ATELIER_SCREENSHOT_DIR when set.
#include "collaboration/useradmin.h"
#include "core/database.h"
#include "core/language.h"
#include "core/migrator.h"
#include "core/theme.h"
#include "i18n/translationmodel.h"
#include "i18n/translationspage.h"
#include "i18n/translationstore.h"
#include "i18n/tsfile.h"
#include "scratchdatabase.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

/// A window of the console that says its text again on a language change, as every view does.
class AboutLabel final : public QLabel
{
public:
    AboutLabel() { retranslate(); }
    void retranslate() { setText(QCoreApplication::translate("Atelier::MainWindow", "About Atelier")); }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QLabel::changeEvent(event);
    }
};

const QString kContext = QStringLiteral("Atelier::MainWindow");
const QString kSource = QStringLiteral("About Atelier");

} // namespace

class TestTranslationsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Language::apply(QStringLiteral("fr")));
        Theme::apply(QStringLiteral("dark"));
    }

    void anAdminEditsAndEveryWindowFollows_data() { ScratchDatabase::addDialectRows(); }
    void anAdminEditsAndEveryWindowFollows()
    {
        ATELIER_SCRATCH(scratch);
        {
            auto db = Database::open(scratch.url());
            QVERIFY(db.ok() && Migrator::migrate(db.value()).ok());
        }
        AboutLabel open;
        open.show();
        QCOMPARE(open.text(), QStringLiteral("À propos d’Atelier"));

        TranslationsPage page;
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &TranslationsPage::loaded);
        QSignalSpy changed(&page, &TranslationsPage::changed);
        QSignalSpy applied(&page, &TranslationsPage::overridesApplied);
        page.setContext({scratch.url(), {}, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        QCOMPARE(page.language(), QStringLiteral("fr"));
        QVERIFY(page.standing().reviewer); // the installation's administrator / the local person
        QVERIFY(page.model()->rowCount() > 1000);
        QVERIFY2(page.statusText().contains(QLocale().toString(page.model()->rowCount())) && !page.statusText().contains(QLatin1Char('%')),
                 qPrintable(page.statusText()));

        // Find it by typing, select it, and see its suggestions.
        auto *search = page.findChild<QLineEdit *>();
        QVERIFY(search);
        const QString key = TranslationStore::messageKey(kContext, kSource, {});
        QVERIFY(page.selectMessage(key));
        QCOMPARE(page.formEdits().first()->text(), QStringLiteral("À propos d’Atelier"));
        QTRY_VERIFY(page.suggestions()->count() >= 1);

        // Type the new text and press Enter: saved, approved (a reviewer's), and the open window says it at once.
        QLineEdit *form = page.formEdits().first();
        form->setFocus();
        form->selectAll();
        QTest::keyClicks(form, QStringLiteral("Infos Atelier")); // QTest types Latin-1 only
        QTest::keyClick(form, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 20000);
        QVERIFY2(changed.first().first().toBool(), qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(open.text(), QStringLiteral("Infos Atelier"), 20000);
        QTRY_VERIFY(loaded.size() >= 2);
        const int row = page.model()->rowOf(key);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, TranslationModel::StateColumn).data().toString(), QStringLiteral("Approuvé"));

        // Changed since: the one change.
        page.setShow(TranslationsPage::Show::ChangedSince);
        QCOMPARE(page.model()->rowCount(), 1);
        if (const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
            page.setShow(TranslationsPage::Show::All);
            page.setShow(TranslationsPage::Show::ChangedSince);
            QVERIFY(page.selectMessage(key));
            QTRY_VERIFY(page.suggestions()->count() >= 1);
            QVERIFY(page.grab().save(shots + QStringLiteral("/translations-") + dialect + QStringLiteral(".png")));
        }
        page.setShow(TranslationsPage::Show::All);

        // Edited in place in the table: the same save.
        QVERIFY(page.selectMessage(key));
        const QModelIndex cell = page.model()->index(page.model()->rowOf(key), TranslationModel::TranslationColumn);
        QVERIFY(page.model()->flags(cell) & Qt::ItemIsEditable);
        page.model()->setData(cell, QStringLiteral("À propos de l’Atelier"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(open.text(), QStringLiteral("À propos de l’Atelier"), 20000);

        // Revert with the keyboard's mnemonic target: the compiled text again.
        QVERIFY(page.revertButton()->isEnabled());
        page.revertButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(open.text(), QStringLiteral("À propos d’Atelier"), 20000);

        if (dialect == QLatin1String("postgresql")) {
            // Another console changes it: this one hears it through the database (NOTIFY) and follows.
            const int before = int(applied.size());
            auto other = Database::open(scratch.url());
            QVERIFY(other.ok());
            QVERIFY(TranslationStore::set(other.value(), QStringLiteral("fr"), kContext, kSource, {}, {QStringLiteral("À propos (ailleurs)")}).ok());
            QTRY_VERIFY_WITH_TIMEOUT(applied.size() > before, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(open.text(), QStringLiteral("À propos (ailleurs)"), 20000);
        }
    }

    /// A numerus message: both forms in the editor, each shown for its count.
    void numerusFormsAreEditedTogether()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        {
            auto db = Database::open(scratch.url());
            QVERIFY(db.ok() && Migrator::migrate(db.value()).ok());
        }
        const QString source = QStringLiteral("%n generation(s) added.");
        QString context;
        for (const TsMessage &m : TranslationStore::compiled(QStringLiteral("fr"))->messages)
            if (m.source == source && m.numerus)
                context = m.context;
        QVERIFY(!context.isEmpty());
        TranslationsPage page;
        page.resize(1024, 700);
        page.show();
        QSignalSpy loaded(&page, &TranslationsPage::loaded);
        QSignalSpy changed(&page, &TranslationsPage::changed);
        page.setContext({scratch.url(), {}, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        const QString key = TranslationStore::messageKey(context, source, {});
        QVERIFY(page.selectMessage(key));
        QCOMPARE(page.formEdits().size(), 2);
        QVERIFY(page.formEdits().at(0)->isVisible() && page.formEdits().at(1)->isVisible());
        // Not editable in the table's cell: a numerus message has more than one text.
        QVERIFY(!(page.model()->flags(page.model()->index(page.model()->rowOf(key), TranslationModel::TranslationColumn)) & Qt::ItemIsEditable));
        page.formEdits().at(0)->setText(QStringLiteral("%n création ajoutée."));
        page.formEdits().at(1)->setText(QStringLiteral("%n créations ajoutées."));
        page.saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 20000);
        QVERIFY2(changed.first().first().toBool(), qPrintable(page.statusText()));
        const QByteArray ctx = context.toUtf8();
        QTRY_COMPARE_WITH_TIMEOUT(QCoreApplication::translate(ctx.constData(), "%n generation(s) added.", nullptr, 1),
                                  QStringLiteral("1 création ajoutée."), 20000);
        QCOMPARE(QCoreApplication::translate(ctx.constData(), "%n generation(s) added.", nullptr, 4), QStringLiteral("4 créations ajoutées."));
        // A plain message again: one field.
        QVERIFY(page.selectMessage(TranslationStore::messageKey(kContext, kSource, {})));
        QVERIFY(!page.formEdits().at(1)->isVisible());
    }

    /// PostgreSQL: a viewer sees every message but changes none; the page says why.
    void aViewerReadsOnly()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        auto admin = Database::open(scratch.url());
        QVERIFY(admin.ok() && Migrator::migrate(admin.value()).ok());
        QSqlQuery q(admin.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b1', 'one', 'One', 'home')")));
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString password = QStringLiteral("correct horse ") + suffix, viewer = QStringLiteral("pgviewer_") + suffix;
        QVERIFY(UserAdmin::add(admin.value(), viewer, QStringLiteral("one"), QStringLiteral("viewer"), password).ok());
        DatabaseUrl url = scratch.url();
        url.user = viewer;
        url.password = password;
        {
            TranslationsPage page;
            page.resize(1024, 700);
            page.show();
            QSignalSpy loaded(&page, &TranslationsPage::loaded);
            page.setContext({url, {}, {}, {}});
            QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
            QVERIFY(!page.standing().translator);
            QVERIFY(page.model()->rowCount() > 1000);
            QVERIFY(page.selectMessage(TranslationStore::messageKey(kContext, kSource, {})));
            QVERIFY(page.formEdits().first()->isReadOnly());
            QVERIFY(!page.saveButton()->isEnabled());
            QVERIFY(!page.revertButton()->isEnabled());
            QVERIFY(!page.approveButton()->isVisible());
            QVERIFY(!(page.model()->flags(page.model()->index(0, TranslationModel::TranslationColumn)) & Qt::ItemIsEditable));
            QVERIFY2(page.statusText().contains(QStringLiteral("Lecture seule")), qPrintable(page.statusText()));
        }
        // Login roles outlive the scratch database.
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(viewer));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(viewer));
    }
};

QTEST_MAIN(TestTranslationsPage)
#include "tst_translationspage.moc"
