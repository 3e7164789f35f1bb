#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Atelier {

/// Where a message is used in the sources: a file (relative to the .ts file) and a line.
struct TsLocation
{
    QString file;
    int line = 0; ///< absolute after reading (a relative "+N" resolved); 0 when the file has no line
    bool operator==(const TsLocation &other) const = default;
};

/// One <message> of a Qt Linguist .ts file, with every element the format has.
struct TsMessage
{
    QString context;           ///< the <context>'s <name>
    QString source;
    QString comment;           ///< the disambiguation (tr()'s second argument)
    QString extraComment;      ///< <extracomment>: the developer's note for translators
    QString translatorComment; ///< <translatorcomment>
    QString oldSource;         ///< <oldsource>: the source before lupdate matched it to a new one
    QString oldComment;        ///< <oldcomment>
    QString id;                ///< the id attribute (qtTrId)
    bool numerus = false;
    QStringList translations; ///< one text, or the numerus forms
    enum class State { Finished, Unfinished, Vanished, Obsolete } state = State::Unfinished;
    QList<TsLocation> locations;
    QList<QPair<QString, QString>> extras; ///< <extra-*> elements (name without "extra-"), in order
    QString userData;                      ///< <userdata>
    bool operator==(const TsMessage &other) const = default;
};

/// A Qt Linguist .ts file, read and written without loss (what lupdate writes, byte for byte).
struct TsFile
{
    QString language, sourceLanguage, version;
    QList<TsMessage> messages; ///< in file order; written grouped by context, contexts in order of first appearance
    QList<QPair<QString, QString>> extras; ///< the file's own <extra-*> elements, in order
    QStringList dependencies;              ///< <dependencies><dependency catalog=…/>
    /// A context's <comment> (the DTD has it; Qt 6.4's own reader refuses it), by context name.
    QList<QPair<QString, QString>> contextComments;

    /// Reads a .ts document; an error names \a nameForErrors, the line and the column.
    static Result<TsFile> parse(const QByteArray &xml, const QString &nameForErrors);
    static Result<TsFile> read(const QString &path);
    /// The document as lupdate writes it (locations relative within a file, as `-locations relative`).
    QByteArray write() const;
    /// Writes atomically (QSaveFile): the old file stays whole if anything fails.
    Status save(const QString &path) const;

    bool operator==(const TsFile &other) const = default;
};

} // namespace Atelier
