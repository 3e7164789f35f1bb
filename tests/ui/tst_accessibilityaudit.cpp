// The accessibility audit (ui/core/accessibilityaudit.h): a window with planted faults, each found by its rule; a clean
// window scores 100; the score's formula; reports stored and listed; the verb run in-process on a demo database.
#include "cli.h"
#include "output.h"

#include "core/accessibilityaudit.h"
#include "core/accessibilityreports.h"
#include "core/appsettings.h"
#include "core/database.h"
#include "core/language.h"
#include "core/migrator.h"
#include "core/theme.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

/// Eats Tab: the focus never leaves the widget it watches.
class TabEater final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *, QEvent *event) override
    {
        return event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab;
    }
};

/// A small form without faults: a line edit named by its label's buddy, a check box, a button.
void addCleanForm(QWidget *window, QVBoxLayout *layout)
{
    auto *label = new QLabel(QStringLiteral("&Name:"), window);
    auto *name = new QLineEdit(window);
    name->setObjectName(QStringLiteral("name"));
    label->setBuddy(name);
    layout->addWidget(label);
    layout->addWidget(name);
    auto *remember = new QCheckBox(QStringLiteral("&Remember"), window);
    layout->addWidget(remember);
    layout->addSpacing(8);
    auto *ok = new QPushButton(QStringLiteral("OK"), window);
    ok->setMinimumHeight(28);
    layout->addWidget(ok);
}

QList<AccessibilityIssue> issuesOf(const AccessibilityReport &report, const QString &rule)
{
    QList<AccessibilityIssue> found;
    for (const AccessibilityIssue &issue : report.issues)
        if (issue.rule == rule)
            found.append(issue);
    return found;
}

bool hasIssue(const AccessibilityReport &report, const QString &rule, const QString &objectName)
{
    for (const AccessibilityIssue &issue : issuesOf(report, rule))
        if (issue.widget.endsWith(QLatin1Char('/') + objectName))
            return true;
    return false;
}

QString dump(const AccessibilityReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
}

bool fill(const DatabaseUrl &url)
{
    return Testing::fillDemo(url, 3000, 20, 2);
}

} // namespace

class TestAccessibilityAudit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibilityaudit"));
        QSettings().clear();
        AppSettings::setLanguage(QStringLiteral("en"));
        Language::apply(QStringLiteral("en"));
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(AccessibilityAudit::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(AccessibilityAudit::contrastRatio(Qt::white, Qt::white) * 100), 100);
        // #767676 on white is the lightest grey that passes 4.5:1; #777777 does not.
        QVERIFY(AccessibilityAudit::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(AccessibilityAudit::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void scoreIsTheWeightedShareOfPassingRules()
    {
        // Applicable: 10 (pass), 10 (fail), 7 (pass), 3 (fail); a rule that checked nothing does not count.
        const QList<AccessibilityRuleResult> rules{{QStringLiteral("a"), 10, 3, 0},
                                                   {QStringLiteral("b"), 10, 5, 2},
                                                   {QStringLiteral("c"), 7, 1, 0},
                                                   {QStringLiteral("d"), 3, 4, 4},
                                                   {QStringLiteral("e"), 7, 0, 0}};
        QCOMPARE(AccessibilityAudit::score(rules), 100.0 * 17 / 30);
        QCOMPARE(AccessibilityAudit::score({}), 100.0);
        QCOMPARE(AccessibilityAudit::score({{QStringLiteral("a"), 10, 1, 1}}), 0.0);
        // The published weights: 10, 7 and 3 only, every rule once.
        QSet<QString> ids;
        for (const AccessibilityRule &r : AccessibilityAudit::rules()) {
            QVERIFY(r.weight == 10 || r.weight == 7 || r.weight == 3);
            QVERIFY(!r.title.isEmpty());
            ids.insert(r.id);
        }
        QCOMPARE(ids.size(), AccessibilityAudit::rules().size());
    }

    void cleanWindowScores100()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("Clean"));
        auto *layout = new QVBoxLayout(&window);
        addCleanForm(&window, layout);
        window.resize(320, 200);
        window.show();
        QVERIFY(Testing::waitSettled(&window));
        const AccessibilityReport report = AccessibilityAudit::audit(&window, QStringLiteral("clean"));
        QVERIFY2(report.issues.isEmpty(), qPrintable(dump(report)));
        QCOMPARE(report.score, 100.0);
        // The rules did look: names, the focus chain, contrast, targets and text were checked.
        for (const AccessibilityRuleResult &r : report.rules)
            if (r.rule != QLatin1String("image-alternative") && r.rule != QLatin1String("shortcut-conflict"))
                QVERIFY2(r.checked > 0, qPrintable(r.rule));
    }

    void plantedFaultsAreFound()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("Planted"));
        auto *layout = new QVBoxLayout(&window);
        addCleanForm(&window, layout);

        auto *iconOnly = new QToolButton(&window); // an icon and nothing else
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        iconOnly->setIcon(window.style()->standardIcon(QStyle::SP_BrowserReload));
        iconOnly->setIconSize(QSize(24, 24));
        layout->addWidget(iconOnly);

        auto *faint = new QLabel(QStringLiteral("Grey on grey"), &window);
        faint->setObjectName(QStringLiteral("faint"));
        QPalette p = faint->palette();
        p.setColor(QPalette::WindowText, QColor(0x99, 0x99, 0x99));
        p.setColor(QPalette::Window, QColor(0xbb, 0xbb, 0xbb));
        faint->setPalette(p);
        faint->setAutoFillBackground(true);
        layout->addWidget(faint);

        auto *unreachable = new QPushButton(QStringLiteral("Unreachable"), &window);
        unreachable->setObjectName(QStringLiteral("unreachable"));
        unreachable->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(unreachable);

        auto *trap = new QLineEdit(&window);
        trap->setObjectName(QStringLiteral("trap"));
        trap->setAccessibleName(QStringLiteral("Trap"));
        trap->installEventFilter(new TabEater(trap));
        layout->addWidget(trap);

        auto *row = new QHBoxLayout;
        row->setSpacing(0);
        auto *tiny = new QPushButton(&window);
        tiny->setObjectName(QStringLiteral("tiny"));
        tiny->setAccessibleName(QStringLiteral("Tiny"));
        tiny->setFixedSize(10, 10);
        auto *neighbour = new QPushButton(QStringLiteral("Neighbour"), &window);
        row->addWidget(tiny);
        row->addWidget(neighbour);
        layout->addLayout(row);

        auto *cut = new QLabel(QStringLiteral("This sentence is far too long for its box"), &window);
        cut->setObjectName(QStringLiteral("cut"));
        cut->setFixedWidth(60);
        layout->addWidget(cut);

        auto *open = new QAction(QStringLiteral("Open"), &window);
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        auto *other = new QAction(QStringLiteral("Other"), &window);
        other->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        window.addAction(open);
        window.addAction(other);

        window.resize(360, 420);
        window.show();
        QVERIFY(Testing::waitSettled(&window));
        QWidget *focused = window.focusWidget();
        const AccessibilityReport report = AccessibilityAudit::audit(&window, QStringLiteral("planted"));
        const QString all = dump(report);
        QVERIFY2(hasIssue(report, QStringLiteral("control-name"), QStringLiteral("iconOnly")), qPrintable(all));
        QVERIFY2(hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("faint")), qPrintable(all));
        QVERIFY2(hasIssue(report, QStringLiteral("keyboard-reachable"), QStringLiteral("unreachable")), qPrintable(all));
        QVERIFY2(hasIssue(report, QStringLiteral("focus-trap"), QStringLiteral("trap")), qPrintable(all));
        QVERIFY2(hasIssue(report, QStringLiteral("target-size"), QStringLiteral("tiny")), qPrintable(all));
        QVERIFY2(hasIssue(report, QStringLiteral("text-truncated"), QStringLiteral("cut")), qPrintable(all));
        const QList<AccessibilityIssue> conflicts = issuesOf(report, QStringLiteral("shortcut-conflict"));
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.constFirst().message.contains(QLatin1String("Open")) && conflicts.constFirst().message.contains(QLatin1String("Other")),
                 qPrintable(all));
        // Each fault is found by its own rule only: the clean form and the neighbour raise nothing.
        for (const AccessibilityIssue &issue : report.issues) {
            QVERIFY2(!issue.widget.endsWith(QLatin1String("/name")), qPrintable(all));
            QVERIFY2(issue.impact == AccessibilityAudit::weightOf(issue.rule), qPrintable(all));
        }
        QVERIFY(!hasIssue(report, QStringLiteral("control-name"), QStringLiteral("tiny")));
        // Every rule but images failed, so the score is what the formula says of them: 0 %.
        QCOMPARE(report.score, AccessibilityAudit::score(report.rules));
        QCOMPARE(report.score, 0.0);
        // An issue leads back to its widget, and the audit left the focus where it was.
        QCOMPARE(AccessibilityAudit::find(&window, AccessibilityAudit::pathOf(&window, iconOnly)), iconOnly);
        for (const AccessibilityIssue &issue : report.issues)
            QVERIFY2(AccessibilityAudit::find(&window, issue.widget), qPrintable(issue.widget));
        QCOMPARE(window.focusWidget(), focused);
        // The JSON keeps the stable keys.
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("page")).toString(), QStringLiteral("planted"));
        QCOMPARE(json.value(QStringLiteral("issues")).toArray().size(), report.issues.size());
        QCOMPARE(json.value(QStringLiteral("issues")).toArray().first().toObject().value(QStringLiteral("rect")).toArray().size(), 4);
    }

    void largeTextNeedsOnly3To1()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *big = new QLabel(QStringLiteral("Big"), &window);
        big->setObjectName(QStringLiteral("big"));
        QFont font = big->font();
        font.setPixelSize(26);
        big->setFont(font);
        QPalette p = big->palette();
        p.setColor(QPalette::WindowText, QColor(0x88, 0x88, 0x88)); // 3.5:1 on white
        p.setColor(QPalette::Window, Qt::white);
        big->setPalette(p);
        big->setAutoFillBackground(true);
        layout->addWidget(big);
        window.show();
        QVERIFY(Testing::waitSettled(&window));
        QVERIFY(!hasIssue(AccessibilityAudit::audit(&window, QStringLiteral("big")), QStringLiteral("text-contrast"), QStringLiteral("big")));
        font.setPixelSize(14);
        big->setFont(font);
        QVERIFY(hasIssue(AccessibilityAudit::audit(&window, QStringLiteral("small")), QStringLiteral("text-contrast"), QStringLiteral("big")));
    }

    void styleSheetColoursCount()
    {
        // A colour set by a style sheet for the light theme, shown on a dark window.
        QWidget window;
        QPalette dark = window.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2e, 0x33));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        window.setPalette(dark);
        auto *layout = new QVBoxLayout(&window);
        auto *plain = new QLabel(QStringLiteral("Readable"), &window);
        plain->setObjectName(QStringLiteral("plain"));
        auto *error = new QLabel(QStringLiteral("Something failed"), &window);
        error->setObjectName(QStringLiteral("error"));
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(plain);
        layout->addWidget(error);
        window.show();
        QVERIFY(Testing::waitSettled(&window));
        const AccessibilityReport report = AccessibilityAudit::audit(&window, QStringLiteral("dark"));
        QVERIFY2(hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("error")), qPrintable(dump(report)));
        QVERIFY2(!hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("plain")), qPrintable(dump(report)));
    }

    void themeTonesAreReadableInBothThemes()
    {
        // Messages coloured by Theme::setTone (not a fixed style sheet) pass 4.5:1 on the light and the dark palette,
        // and follow a live switch between them.
        const QPalette savedPalette = QApplication::palette();
        const QString savedStyle = QApplication::style()->name();
        Theme::apply(QStringLiteral("light"));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *error = new QLabel(QStringLiteral("Something failed"), &window);
        error->setObjectName(QStringLiteral("error"));
        auto *success = new QLabel(QStringLiteral("Intact"), &window);
        success->setObjectName(QStringLiteral("success"));
        auto *normal = new QLabel(QStringLiteral("Back to normal"), &window);
        normal->setObjectName(QStringLiteral("normal"));
        Theme::setTone(error, Theme::Tone::Error);
        Theme::setTone(success, Theme::Tone::Success);
        Theme::setTone(normal, Theme::Tone::Error);
        Theme::setTone(normal, Theme::Tone::Normal);
        for (QLabel *label : {error, success, normal})
            layout->addWidget(label);
        window.show();
        QVERIFY(Testing::waitSettled(&window));
        const QColor lightError = error->palette().color(QPalette::WindowText);
        QCOMPARE(lightError, Theme::toneColour(Theme::Tone::Error));
        QCOMPARE(normal->palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
        AccessibilityReport report = AccessibilityAudit::audit(&window, QStringLiteral("light"));
        QVERIFY2(!hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("error")), qPrintable(dump(report)));
        QVERIFY2(!hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("success")), qPrintable(dump(report)));

        Theme::apply(QStringLiteral("dark"));
        QVERIFY(Testing::waitSettled(&window));
        QVERIFY(Theme::isDark());
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), Theme::toneColour(Theme::Tone::Error));
        QVERIFY(error->palette().color(QPalette::WindowText) != lightError);
        QCOMPARE(normal->palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
        report = AccessibilityAudit::audit(&window, QStringLiteral("dark"));
        QVERIFY2(!hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("error")), qPrintable(dump(report)));
        QVERIFY2(!hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("success")), qPrintable(dump(report)));
        QVERIFY2(!hasIssue(report, QStringLiteral("text-contrast"), QStringLiteral("normal")), qPrintable(dump(report)));

        QApplication::setStyle(QStyleFactory::create(savedStyle));
        QApplication::setPalette(savedPalette);
    }

    void reportsAreStoredAndListed_data() { ScratchDatabase::addDialectRows(); }
    void reportsAreStoredAndListed()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(db.value()));
        const QJsonObject found{{QStringLiteral("theme"), QStringLiteral("dark")},
                                {QStringLiteral("issues"), QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("focus-trap")}}}}};
        auto first = AccessibilityReports::record(db.value(), QStringLiteral("overview"), 87.5, found);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(!first->userId.isEmpty());
        auto second = AccessibilityReports::record(db.value(), QStringLiteral("audit"), 100, {});
        QVERIFY(second);
        auto all = AccessibilityReports::list(db.value());
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        auto overview = AccessibilityReports::list(db.value(), QStringLiteral("overview"));
        QVERIFY(overview);
        QCOMPARE(overview->size(), 1);
        QCOMPARE(overview->constFirst().score, 87.5);
        QCOMPARE(overview->constFirst().issues, found);
        QCOMPARE(overview->constFirst().created, first->created);
        // Bad input is refused by name, and nothing is written.
        auto bad = AccessibilityReports::record(db.value(), QStringLiteral("overview"), 120, {});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("120")), qPrintable(bad.error().message));
        QVERIFY(!AccessibilityReports::record(db.value(), QString(), 50, {}));
        QVERIFY(!AccessibilityReports::list(db.value(), {}, 0));
        QCOMPARE(AccessibilityReports::list(db.value())->size(), 2);
    }

    void verbAuditsAPage_data() { ScratchDatabase::addDialectRows(); }
    void verbAuditsAPage()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        const QString url = scratch.url().toString();
        Cli::Capture capture;
        const int code = Cli::run({QStringLiteral("atelier"), QStringLiteral("accessibility"), QStringLiteral("audit"), QStringLiteral("--database"), url,
                                   QStringLiteral("--page"), QStringLiteral("people"), QStringLiteral("--theme"), QStringLiteral("dark"),
                                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--save")});
        QVERIFY2(code == 0, qPrintable(capture.err()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(capture.out().toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(capture.out()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        const QJsonArray reports = root.value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.first().toObject();
        QCOMPARE(report.value(QStringLiteral("page")).toString(), QStringLiteral("people"));
        const double score = report.value(QStringLiteral("score")).toDouble(-1);
        QVERIFY(score >= 0 && score <= 100);
        int checked = 0;
        for (const QJsonValue &rule : report.value(QStringLiteral("rules")).toArray())
            checked += rule.toObject().value(QStringLiteral("checked")).toInt();
        QVERIFY2(checked > 5, qPrintable(capture.out())); // the page was on screen, with its controls
        // The theme and language of the application are as before the audit.
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
        QCOMPARE(Language::current(), QStringLiteral("en"));

        // --save kept it, with the theme and the language.
        auto db = Database::open(scratch.url());
        auto stored = AccessibilityReports::list(db.value(), QStringLiteral("people"));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->constFirst().issues.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(qRound(stored->constFirst().score * 10), qRound(score * 10));
    }

    void verbRefusesBadOptions()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        const QStringList base{QStringLiteral("atelier"), QStringLiteral("accessibility"), QStringLiteral("audit"), QStringLiteral("--database"),
                               scratch.url().toString()};
        {
            Cli::Capture capture;
            QCOMPARE(Cli::run(base + QStringList{QStringLiteral("--page"), QStringLiteral("nowhere")}), 2);
            QVERIFY2(capture.err().contains(QLatin1String("nowhere")) && capture.err().contains(QLatin1String("overview")), qPrintable(capture.err()));
        }
        {
            Cli::Capture capture;
            QCOMPARE(Cli::run(base + QStringList{QStringLiteral("--theme"), QStringLiteral("sepia")}), 2);
            QVERIFY2(capture.err().contains(QLatin1String("sepia")), qPrintable(capture.err()));
        }
        {
            Cli::Capture capture;
            QCOMPARE(Cli::run(base + QStringList{QStringLiteral("--language"), QStringLiteral("tlh")}), 2);
            QVERIFY2(capture.err().contains(QLatin1String("tlh")), qPrintable(capture.err()));
        }
        {
            Cli::Capture capture;
            QCOMPARE(Cli::run(base + QStringList{QStringLiteral("--page"), QStringLiteral("audit"), QStringLiteral("--all")}), 2);
        }
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
