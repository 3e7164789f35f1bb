#include "i18n/tsfile.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;

/// Qt Linguist's .ts files read and written without loss: a file with every feature of the format survives
/// parse → write → parse, write() gives what lupdate/lconvert write, and the repository's own translation files are
/// written back byte for byte.
class TestTsFile final : public QObject
{
    Q_OBJECT

    static QByteArray everyFeature()
    {
        QFile file(QStringLiteral(ATELIER_TEST_DATA "/i18n/every-feature.ts"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static TsFile parsed(const QByteArray &xml)
    {
        Result<TsFile> file = TsFile::parse(xml, QStringLiteral("every-feature.ts"));
        if (!file)
            qWarning() << file.error().message;
        return file ? file.value() : TsFile{};
    }

    static const TsMessage *find(const TsFile &file, const QString &source)
    {
        for (const TsMessage &message : file.messages) {
            if (message.source == source)
                return &message;
        }
        return nullptr;
    }

private slots:
    void readsEveryFeature()
    {
        const QByteArray xml = everyFeature();
        QVERIFY(!xml.isEmpty());
        Result<TsFile> result = TsFile::parse(xml, QStringLiteral("every-feature.ts"));
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        const TsFile &file = result.value();
        QCOMPARE(file.version, QStringLiteral("2.1"));
        QCOMPARE(file.language, QStringLiteral("fr_FR"));
        QCOMPARE(file.sourceLanguage, QStringLiteral("en_GB"));
        QCOMPARE(file.dependencies, QStringList{QStringLiteral("qtbase_fr")});
        QCOMPARE(file.extras.size(), 2);
        QCOMPARE(file.extras.at(0), (QPair<QString, QString>{QStringLiteral("first"), QStringLiteral("file & extra")}));
        QCOMPARE(file.contextComments.size(), 1);
        QCOMPARE(file.contextComments.at(0).first, QStringLiteral("Main<Window>"));
        QCOMPARE(file.contextComments.at(0).second, QStringLiteral("The main window’s strings"));
        QCOMPARE(file.messages.size(), 8);

        const TsMessage &saved = file.messages.at(0);
        QCOMPARE(saved.context, QStringLiteral("Main<Window>"));
        QCOMPARE(saved.id, QStringLiteral("main.save"));
        QVERIFY(saved.numerus);
        QCOMPARE(saved.source, QStringLiteral("Saved %n file(s) to “%1”"));
        QCOMPARE(saved.oldSource, QStringLiteral("Saved %n files"));
        QCOMPARE(saved.comment, QStringLiteral("status bar"));
        QCOMPARE(saved.oldComment, QStringLiteral("status"));
        QCOMPARE(saved.extraComment, QStringLiteral("%1 is a folder"));
        QCOMPARE(saved.translatorComment, QStringLiteral("check the plural"));
        QCOMPARE(saved.state, TsMessage::State::Unfinished);
        QCOMPARE(saved.translations, (QStringList{QStringLiteral("%n fichier enregistré dans « %1 »"),
                                                  QStringLiteral("%n fichiers enregistrés dans « %1 »")}));
        QCOMPARE(saved.userData, QStringLiteral("kept"));
        QCOMPARE(saved.extras.size(), 2);
        QCOMPARE(saved.extras.at(1).first, QStringLiteral("po-msgid_plural"));
        // Relative lines resolved as Qt Linguist does: per file, from the last relative line in that file; a
        // location without a file name is in the message's previous file (or the previous message's first file).
        const QList<TsLocation> expected{{QStringLiteral("../ui/mainwindow.cpp"), 120},
                                         {QStringLiteral("../ui/other.cpp"), 44},
                                         {QStringLiteral("../ui/other.cpp"), 3},
                                         {QStringLiteral("../ui/mainwindow.cpp"), 100}};
        QCOMPARE(saved.locations, expected);

        const TsMessage &open = file.messages.at(1);
        QCOMPARE(open.source, QStringLiteral("&Open <b>“this”</b> && 'that' \"here\""));
        QCOMPARE(open.translations.value(0), QStringLiteral("&Ouvrir <b>« ceci »</b> && l’autre\u00a0: ici"));
        QCOMPARE(open.state, TsMessage::State::Finished);
        QCOMPARE(open.locations, (QList<TsLocation>{{QStringLiteral("../ui/mainwindow.cpp"), 105}}));

        const TsMessage &tab = file.messages.at(2);
        QCOMPARE(tab.source, QStringLiteral("Tab\tand bell\a and a\nnewline"));
        QCOMPARE(tab.translations.value(0), QStringLiteral("Une tabulation longue\u009cTab. courte"));
        QCOMPARE(tab.locations, (QList<TsLocation>{{QStringLiteral("../ui/mainwindow.cpp"), 0}}));

        QCOMPARE(file.messages.at(3).state, TsMessage::State::Vanished);
        QCOMPARE(file.messages.at(3).context, QStringLiteral("Old"));
        QCOMPARE(file.messages.at(4).state, TsMessage::State::Obsolete);
        QVERIFY(file.messages.at(4).locations.isEmpty());
        QCOMPARE(file.messages.at(5).state, TsMessage::State::Vanished);
        QCOMPARE(file.messages.at(5).translations, QStringList{QString()});
        QCOMPARE(file.messages.at(6).locations, (QList<TsLocation>{{QStringLiteral("../ui/gone.cpp"), 7}}));
        QCOMPARE(file.messages.at(6).state, TsMessage::State::Finished);
        QCOMPARE(file.messages.at(7).source, QStringLiteral("Ελληνικά 日本語 😀"));
        QCOMPARE(file.messages.at(7).locations, (QList<TsLocation>{{QStringLiteral("../ui/gone.cpp"), 9}}));
        QCOMPARE(file.messages.at(7).state, TsMessage::State::Unfinished);
    }

    void roundTripIsLossless()
    {
        const TsFile first = parsed(everyFeature());
        QCOMPARE(first.messages.size(), 8);
        const QByteArray written = first.write();
        const TsFile second = parsed(written);
        for (qsizetype i = 0; i < first.messages.size(); ++i)
            QVERIFY2(first.messages.at(i) == second.messages.value(i), qPrintable(first.messages.at(i).source));
        QVERIFY(first == second);
        // Writing what was written changes nothing.
        QCOMPARE(second.write(), written);
    }

    /// What write() gives is what Qt's own lconvert writes for the same file (lconvert refuses a context's <comment>
    /// and drops vanished messages without a translation, so those two are left out of this comparison).
    void writesWhatQtWrites()
    {
        const QString lconvert = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lconvert");
        if (!QFile::exists(lconvert))
            QSKIP("lconvert is not installed (qt6-l10n-tools)");
        QByteArray xml = everyFeature();
        xml.replace("    <comment>The main window’s strings</comment>\n", "");
        xml.replace("    <message>\n        <source>Empty vanished</source>\n"
                    "        <translation type=\"vanished\"></translation>\n    </message>\n",
                    "");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("in.ts"));
        const QString out = dir.filePath(QStringLiteral("out.ts"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
        file.close();
        QProcess process;
        process.start(lconvert, {QStringLiteral("-locations"), QStringLiteral("relative"), QStringLiteral("-i"), in,
                                 QStringLiteral("-o"), out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray expected = result.readAll();
        const TsFile mine = parsed(xml);
        QCOMPARE(mine.messages.size(), 7);
        QCOMPARE(QString::fromUtf8(mine.write()), QString::fromUtf8(expected));
    }

    void writesTheRepositoryFilesByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        const QDir translations(QStringLiteral(ATELIER_TEST_DATA "/../../translations"));
        const QStringList files = translations.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << translations.filePath(name);
    }

    void writesTheRepositoryFilesByteForByte()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Result<TsFile> ts = TsFile::read(path);
        QVERIFY2(ts.ok(), qPrintable(ts ? QString() : ts.error().message));
        QVERIFY(ts->messages.size() > 100);
        const QByteArray written = ts->write();
        if (written != bytes) {
            const QList<QByteArray> a = bytes.split('\n'), b = written.split('\n');
            for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
                QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("line %1 is not what lupdate writes (run scripts/update-translations.sh): "
                                                                           "file “%2”, written “%3”")
                                                            .arg(i + 1)
                                                            .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
            QCOMPARE(b.size(), a.size());
        }
    }

    /// A message written from code (no translation yet, default state) reads back as it was written.
    void messageFromCodeRoundTrips()
    {
        TsFile file;
        file.language = QStringLiteral("es_ES");
        TsMessage message;
        message.context = QStringLiteral("Page");
        message.source = QStringLiteral("Open");
        message.translations = {QString()};
        message.locations = {{QStringLiteral("../ui/page.cpp"), 12}, {QStringLiteral("../ui/page.cpp"), 4}};
        file.messages.append(message);
        const Result<TsFile> again = TsFile::parse(file.write(), QStringLiteral("code.ts"));
        QVERIFY(again.ok());
        QVERIFY(again.value().messages.value(0) == message);
        QVERIFY(file.write().contains("line=\"-8\""));
        // No <translation> element at all reads as an empty translation, as it is then written.
        const Result<TsFile> bare = TsFile::parse("<TS><context><name>A</name><message><source>s</source></message>"
                                                  "</context></TS>",
                                                  QStringLiteral("bare.ts"));
        QVERIFY(bare.ok());
        QCOMPARE(bare->messages.value(0).translations, QStringList{QString()});
        QCOMPARE(bare->messages.value(0).state, TsMessage::State::Finished);
        // (A file without a version is written as version 2.1, as lupdate does.)
        const Result<TsFile> rewritten = TsFile::parse(bare->write(), QStringLiteral("bare.ts"));
        QVERIFY(rewritten.ok());
        QVERIFY(rewritten->messages == bare->messages);
        QCOMPARE(rewritten->version, QStringLiteral("2.1"));
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("not xml") << QByteArray("<TS version=\"2.1\">\n<context>\n<name>A</name\n</TS>")
                                 << QStringLiteral("line 4, column") << QString();
        QTest::newRow("unknown element")
            << QByteArray("<TS version=\"2.1\">\n<context>\n    <name>A</name>\n    <message>\n"
                          "        <sauce>x</sauce>\n")
            << QStringLiteral("line 5, column") << QStringLiteral("<sauce>");
        QTest::newRow("bad line") << QByteArray("<TS><context><name>A</name><message>\n<location filename=\"a\" "
                                                "line=\"+x\"/></message></context></TS>")
                                  << QStringLiteral("line 2, column") << QStringLiteral("+x");
        QTest::newRow("bad type") << QByteArray("<TS><context><name>A</name><message><source>s</source>\n"
                                                "<translation type=\"done\">t</translation></message></context></TS>")
                                  << QStringLiteral("line 2, column") << QStringLiteral("done");
        QTest::newRow("not a ts file") << QByteArray("<?xml version=\"1.0\"?>\n<html></html>")
                                       << QStringLiteral("line 2, column") << QStringLiteral("<html>");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1, column") << QString();
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const Result<TsFile> file = TsFile::parse(xml, QStringLiteral("broken.ts"));
        QVERIFY(!file.ok());
        const QString message = file.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("broken.ts, ")), qPrintable(message));
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(what), qPrintable(message));
        QCOMPARE(file.error().code, ErrorCode::Corrupt);
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const TsFile file = parsed(everyFeature());
        const QString path = dir.filePath(QStringLiteral("saved.ts"));
        const Status saved = file.save(path);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        const Result<TsFile> again = TsFile::read(path);
        QVERIFY(again.ok());
        QVERIFY(again.value() == file);

        const Status refused = file.save(dir.filePath(QStringLiteral("no/such/folder/x.ts")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("x.ts")), qPrintable(refused.error().message));
        QVERIFY(!TsFile::read(dir.filePath(QStringLiteral("missing.ts"))).ok());
        QVERIFY(TsFile::read(dir.filePath(QStringLiteral("missing.ts"))).error().message.contains(QStringLiteral("missing.ts")));
    }
};

QTEST_GUILESS_MAIN(TestTsFile)
#include "tst_tsfile.moc"
