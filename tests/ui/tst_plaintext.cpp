#include "ai/imageviewer.h"
#include "analytics/linechartview.h"
#include "analytics/sectionwidget.h"
#include "core/plaintext.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace Atelier;

namespace {

const QString kImage = QStringLiteral("<img src=\"file:///etc/passwd\" width=3000>");
const QString kBold = QStringLiteral("<b>x</b>");

/// What Qt draws for \a text in a tooltip or a QLabel of \a format: its own rule, Qt::mightBeRichText in AutoText.
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString shown(const QLabel *label)
{
    return shown(label->text(), label->textFormat());
}

} // namespace

/// People's words reach tooltips, labels and charts literally: an annotation `<img src="file:///…">` is text, not an image.
class TestPlainText final : public QObject
{
    Q_OBJECT
private slots:
    void toolTipShowsTextLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("image") << kImage;
        QTest::newRow("bold") << kBold;
        QTest::newRow("entities and quotes") << QStringLiteral("a < b && \"c\" > 'd' &amp;");
        QTest::newRow("lines and spaces") << QStringLiteral("<i>first</i>\nsecond  with two spaces");
        QTest::newRow("plain") << QStringLiteral("Summer sale, 20% off");
    }
    void toolTipShowsTextLiterally()
    {
        QFETCH(QString, text);
        const QString tip = plainToolTip(text);
        QVERIFY(Qt::mightBeRichText(tip)); // so Qt does not guess: our markup, the person's words escaped
        QCOMPARE(shown(tip), text);
        QVERIFY(plainToolTip(QString()).isEmpty()); // no text, no tooltip
    }

    void escapedLinesKeepOurMarkupOnly()
    {
        QTextDocument document;
        document.setHtml(QStringLiteral("<b>Title</b><br>") + escapedLines(kBold + QStringLiteral("\n") + kImage));
        QCOMPARE(document.toPlainText(), QStringLiteral("Title\n") + kBold + QStringLiteral("\n") + kImage);
        QVERIFY(document.toHtml().contains(QLatin1String("font-weight"))); // the title is still bold
        QCOMPARE(htmlEscaped({kBold, kImage}), QStringList({kBold.toHtmlEscaped(), kImage.toHtmlEscaped()}));
    }

    void itemViewToolTipIsPlain()
    {
        QListWidget list;
        (new QListWidgetItem(QStringLiteral("annotation"), &list))->setToolTip(kImage);
        list.resize(300, 200);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        const auto hover = [&list] {
            const QPoint at = list.visualItemRect(list.item(0)).center();
            QHelpEvent help(QEvent::ToolTip, at, list.viewport()->mapToGlobal(at));
            QApplication::sendEvent(list.viewport(), &help);
            return QToolTip::text();
        };
        QVERIFY(shown(hover()) != kImage); // Qt alone draws the annotation as HTML
        QToolTip::hideText();
        showToolTipsAsPlainText(&list);
        QCOMPARE(shown(hover()), kImage);
        QToolTip::hideText();
    }

    void imageMarkToolTipIsPlain()
    {
        ImageViewer viewer;
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::gray);
        viewer.setImage(image);
        viewer.setMarks({{QRectF(0.1, 0.1, 0.5, 0.5), QStringLiteral("issue"), kImage}});
        QStringList tips;
        for (const QGraphicsItem *item : viewer.scene()->items())
            if (!item->toolTip().isEmpty())
                tips.append(shown(item->toolTip()));
        QCOMPARE(tips, QStringList{kImage});
    }

    void sectionShowsNamesLiterally()
    {
        ReportSection section;
        section.id = QStringLiteral("funnel");
        section.title = kBold;
        section.summary = kImage;
        section.warnings = {QStringLiteral("<a href=\"x\">step</a>")};
        section.table.columns = {QStringLiteral("Step")};
        section.table.keys = {QStringLiteral("step")};
        section.table.rows = {{kBold}, {kImage}};
        section.chart.kind = ReportChart::Kind::Lines;
        section.chart.categories = {QStringLiteral("1"), QStringLiteral("2")};
        section.chart.series = {{kImage, {1.0, 2.0}}};
        SectionWidget widget;
        widget.setSection(section);
        QStringList labels;
        for (const QLabel *label : widget.findChildren<QLabel *>())
            labels.append(shown(label));
        QVERIFY2(labels.contains(kBold), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(kImage), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("⚠ <a href=\"x\">step</a>")), qPrintable(labels.join(QLatin1Char('|'))));
        // The legend of Qt Charts is always HTML: the series' name reads as it was written.
        const QList<QAbstractSeries *> series = widget.lineChart()->chart()->series();
        QVERIFY(!series.isEmpty());
        QTextDocument legend;
        legend.setHtml(series.first()->name());
        QCOMPARE(legend.toPlainText(), kImage);
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
