#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QDateTime;
class QJsonDocument;
class QJsonObject;
class QJsonValue;
class QTextStream;

namespace Atelier {
struct ReportTable;
}

namespace Atelier::Cli {

class Context;

/// Standard output of the verbs (a test's Capture while one lives).
QTextStream &out();
/// Prints "atelier: MESSAGE" on one line to standard error (or the Capture) and returns \a code.
int fail(const QString &message, int code = 1);
/// One line read from standard input (or the Capture's input); none at its end.
std::optional<QString> readLine();

/// The one printer of the verbs. Table: the translated headers and the cells as people read them, aligned;
/// CSV: the stable English keys and the cells (RFC 4180 quoting); JSON: \a json, or when it is undefined an array
/// of objects keyed by the table's keys with typed values (a number stays a number, "no figure" is null).
void print(const Context &context, const ReportTable &table, const QJsonValue &json);
void print(const Context &context, const ReportTable &table);
/// Table or CSV rows of text: \a keys head the CSV, \a headers the table (the person's language).
void printRows(const QStringList &keys, const QStringList &headers, const QList<QStringList> &rows, bool csv);
void printJson(const QJsonObject &object);
/// An array, or any document.
void printJsonDocument(const QJsonDocument &document);

/// While it lives, the verbs run in this process write to \a out and \a err instead of stdout and stderr and read
/// \a input instead of stdin (tests run verbs in-process with it). One at a time.
class Capture final
{
public:
    explicit Capture(const QString &input = {});
    ~Capture();
    Capture(const Capture &) = delete;
    Capture &operator=(const Capture &) = delete;
    QString out() const;
    QString err() const;

    struct Data; // (output.cpp)

private:
    std::unique_ptr<Data> d;
};

/// table, json, csv: the --format values of a verb that prints data, table first.
QStringList dataFormats();
/// An instant as ISO 8601 in UTC with milliseconds; empty when it is invalid (JSON and CSV).
QString isoTime(const QDateTime &at);
/// The same as a JSON value, null when invalid.
QJsonValue jsonTime(const QDateTime &at);
/// A text as a JSON value, null when empty.
QJsonValue jsonText(const QString &text);

/// What a verb run in this process did: its exit code, standard output and standard error.
struct Captured final
{
    int code = -1;
    QString out;
    QString err;
};
/// Runs `atelier WORDS…` in this process under a Capture, \a input as its standard input (the tests' way to run a
/// verb).
Captured runCaptured(const QStringList &words, const QString &input = {});

} // namespace Atelier::Cli
