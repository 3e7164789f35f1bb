#include "output.h"

#include "verb.h"

#include "reports/reportsection.h"
#include "reports/reportwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace Atelier::Cli {

struct Capture::Data
{
    QString out;
    QString err;
    QString input;
    qsizetype read = 0;
    QTextStream outStream{&out};
};

namespace {
Capture::Data *g_capture = nullptr;

QTextStream &stdoutStream()
{
    static QTextStream stream(stdout);
    return stream;
}

QJsonValue jsonCell(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    default:
        return QJsonValue(ReportWriter::rawCell(v));
    }
}
} // namespace

QTextStream &out()
{
    return g_capture ? g_capture->outStream : stdoutStream();
}

int fail(const QString &message, int code)
{
    // One line: the message people read, never a stack of details.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line = line.simplified();
    out().flush();
    if (g_capture)
        g_capture->err += QStringLiteral("atelier: ") + line + QLatin1Char('\n');
    else
        std::fprintf(stderr, "atelier: %s\n", qPrintable(line));
    return code;
}

std::optional<QString> readLine()
{
    if (g_capture) {
        if (g_capture->read >= g_capture->input.size())
            return std::nullopt;
        qsizetype end = g_capture->input.indexOf(QLatin1Char('\n'), g_capture->read);
        if (end < 0)
            end = g_capture->input.size();
        const QString line = g_capture->input.mid(g_capture->read, end - g_capture->read);
        g_capture->read = end + 1;
        return line;
    }
    static QTextStream in(stdin);
    QString line;
    if (!in.readLineInto(&line))
        return std::nullopt;
    return line;
}

void printRows(const QStringList &keys, const QStringList &headers, const QList<QStringList> &rows, bool csv)
{
    if (csv) {
        for (const QStringList &row : QList<QStringList>{keys} + rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells.append(ReportWriter::csvField(cell));
            out() << cells.join(QLatin1Char(',')) << '\n';
        }
        out().flush();
        return;
    }
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), int(row.at(c).size()));
    auto line = [&](const QStringList &row) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells.append(c == 0 ? row.at(c).leftJustified(widths.value(c)) : row.at(c).rightJustified(widths.value(c)));
        out() << cells.join(QLatin1String("  ")) << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    out().flush();
}

void printJsonDocument(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

void printJson(const QJsonObject &object)
{
    printJsonDocument(QJsonDocument(object));
}

void print(const Context &context, const ReportTable &table, const QJsonValue &json)
{
    if (context.json()) {
        if (!json.isUndefined()) {
            printJsonDocument(json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()));
            return;
        }
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonObject o;
            for (int c = 0; c < table.keys.size(); ++c)
                o.insert(table.keys.at(c), jsonCell(row.value(c)));
            rows.append(o);
        }
        printJsonDocument(QJsonDocument(rows));
        return;
    }
    QList<QStringList> rows;
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.keys.size(); ++c)
            cells.append(context.csv() ? ReportWriter::rawCell(table.rows.at(r).value(c)) : table.text(r, c));
        rows.append(cells);
    }
    printRows(table.keys, table.columns, rows, context.csv());
}

void print(const Context &context, const ReportTable &table)
{
    print(context, table, QJsonValue(QJsonValue::Undefined));
}

QStringList dataFormats()
{
    return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
}

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue jsonTime(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(isoTime(at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Capture::Capture(const QString &input) : d(std::make_unique<Data>())
{
    Q_ASSERT(!g_capture);
    d->input = input;
    g_capture = d.get();
}

Capture::~Capture()
{
    g_capture = nullptr;
}

QString Capture::out() const
{
    d->outStream.flush();
    return d->out;
}

QString Capture::err() const
{
    return d->err;
}

} // namespace Atelier::Cli
