#include "tsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamReader>

namespace Atelier {

namespace {

/// Qt Linguist joins length variants (<lengthvariant>) of one translation with this character.
constexpr char16_t VariantSeparator = 0x9c;

QString tsTr(const char *text)
{
    return QCoreApplication::translate("TsFile", text);
}

class Reader
{
public:
    Reader(const QByteArray &xml, const QString &name) : m_xml(xml), m_name(name) {}

    Result<TsFile> read()
    {
        TsFile file;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isStartDocument() || m_xml.isEndDocument() || m_xml.isDTD() || m_xml.isComment()
                || isWhiteSpace())
                continue;
            if (m_xml.isStartElement() && m_xml.name() == u"TS" && !m_seenRoot) {
                m_seenRoot = true;
                readTs(file);
            } else {
                unexpected();
            }
        }
        if (!m_xml.hasError() && !m_seenRoot)
            m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "there is no <TS> element: this is not a Qt Linguist file")));
        if (m_xml.hasError()) {
            return Error{tsTr(QT_TRANSLATE_NOOP("TsFile", "%1, line %2, column %3: %4"))
                             .arg(m_name)
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.columnNumber())
                             .arg(m_xml.errorString()),
                         QStringLiteral("TS parse error"), ErrorCode::Corrupt};
        }
        return file;
    }

private:
    bool isWhiteSpace() const { return m_xml.isCharacters() && m_xml.isWhitespace(); }

    void unexpected()
    {
        if (m_xml.hasError())
            return;
        if (m_xml.isStartElement())
            m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "unexpected element <%1>")).arg(m_xml.name().toString()));
        else if (m_xml.isCharacters())
            m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "unexpected text “%1”")).arg(m_xml.text().toString().trimmed().left(30)));
        else
            m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "unexpected “%1”")).arg(m_xml.tokenString()));
    }

    bool skipOrFail()
    {
        if (m_xml.isComment() || isWhiteSpace())
            return true;
        unexpected();
        return false;
    }

    /// The text of the current element, expanding <byte value="xNN"/>.
    QString readContents()
    {
        QString result;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                break;
            if (m_xml.isCharacters()) {
                result += m_xml.text();
            } else if (m_xml.isStartElement() && m_xml.name() == u"byte") {
                QString value = m_xml.attributes().value(QLatin1String("value")).toString();
                int base = 10;
                if (value.startsWith(u'x')) {
                    base = 16;
                    value.remove(0, 1);
                }
                bool ok = false;
                const uint code = value.toUInt(&ok, base);
                if (!ok) {
                    m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "<byte> has no number value")));
                    break;
                }
                if (code != 0)
                    result += QChar(char16_t(code));
                m_xml.readNext();
                if (!m_xml.isEndElement()) {
                    unexpected();
                    break;
                }
            } else if (!m_xml.isComment()) {
                unexpected();
                break;
            }
        }
        return result;
    }

    QString readTranslationText()
    {
        if (m_xml.attributes().value(QLatin1String("variants")) != u"yes")
            return readContents();
        QString result;
        bool first = true;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                break;
            if (m_xml.isStartElement() && m_xml.name() == u"lengthvariant") {
                if (!first)
                    result += QChar(VariantSeparator);
                first = false;
                result += readContents();
            } else if (!skipOrFail()) {
                break;
            }
        }
        return result;
    }

    void readTs(TsFile &file)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        file.version = attributes.value(QLatin1String("version")).toString();
        file.language = attributes.value(QLatin1String("language")).toString();
        file.sourceLanguage = attributes.value(QLatin1String("sourcelanguage")).toString();
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                return;
            if (m_xml.isStartElement() && m_xml.name().startsWith(u"extra-")) {
                const QString tag = m_xml.name().mid(6).toString();
                file.extras.append({tag, readContents()});
            } else if (m_xml.isStartElement() && m_xml.name() == u"dependencies") {
                readDependencies(file);
            } else if (m_xml.isStartElement() && m_xml.name() == u"context") {
                readContext(file);
            } else if (!skipOrFail()) {
                return;
            }
        }
    }

    void readDependencies(TsFile &file)
    {
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                return;
            if (m_xml.isStartElement() && m_xml.name() == u"dependency") {
                file.dependencies.append(m_xml.attributes().value(QLatin1String("catalog")).toString());
                readContents();
            } else if (!skipOrFail()) {
                return;
            }
        }
    }

    void readContext(TsFile &file)
    {
        QString context;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                return;
            if (m_xml.isStartElement() && m_xml.name() == u"name") {
                context = readContents();
            } else if (m_xml.isStartElement() && m_xml.name() == u"comment") {
                file.contextComments.append({context, readContents()});
            } else if (m_xml.isStartElement() && m_xml.name() == u"message") {
                readMessage(file, context);
            } else if (!skipOrFail()) {
                return;
            }
        }
    }

    void readMessage(TsFile &file, const QString &context)
    {
        TsMessage message;
        message.context = context;
        message.state = TsMessage::State::Finished;
        message.id = m_xml.attributes().value(QLatin1String("id")).toString();
        message.numerus = m_xml.attributes().value(QLatin1String("numerus")) == u"yes";
        QString currentMessageFile = m_currentFile;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isEndElement()) {
                if (!message.numerus && message.translations.isEmpty())
                    message.translations = QStringList{QString()}; // no <translation>: written as an empty one
                file.messages.append(std::move(message));
                return;
            }
            if (!m_xml.isStartElement()) {
                if (!skipOrFail())
                    return;
                continue;
            }
            const QStringView name = m_xml.name();
            if (name == u"source") {
                message.source = readContents();
            } else if (name == u"oldsource") {
                message.oldSource = readContents();
            } else if (name == u"comment") {
                message.comment = readContents();
            } else if (name == u"oldcomment") {
                message.oldComment = readContents();
            } else if (name == u"extracomment") {
                message.extraComment = readContents();
            } else if (name == u"translatorcomment") {
                message.translatorComment = readContents();
            } else if (name == u"userdata") {
                message.userData = readContents();
            } else if (name == u"location") {
                // As Qt Linguist reads it: a location without a file name is in the message's previous file;
                // a signed line is relative to the last relative line seen in that file.
                const QXmlStreamAttributes attributes = m_xml.attributes();
                QString fileName = attributes.value(QLatin1String("filename")).toString();
                if (fileName.isEmpty()) {
                    fileName = currentMessageFile;
                } else {
                    if (message.locations.isEmpty())
                        m_currentFile = fileName;
                    currentMessageFile = fileName;
                }
                const QString lineText = attributes.value(QLatin1String("line")).toString();
                int line = 0;
                if (!lineText.isEmpty()) {
                    bool ok = false;
                    line = lineText.toInt(&ok);
                    if (!ok) {
                        m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "the line “%1” of a <location> is not a number")).arg(lineText));
                        return;
                    }
                    if (lineText.startsWith(u'+') || lineText.startsWith(u'-'))
                        line = (m_currentLine[fileName] += line);
                }
                message.locations.append({fileName, line});
                readContents();
            } else if (name == u"translation") {
                const QStringView type = m_xml.attributes().value(QLatin1String("type"));
                if (type == u"unfinished")
                    message.state = TsMessage::State::Unfinished;
                else if (type == u"vanished")
                    message.state = TsMessage::State::Vanished;
                else if (type == u"obsolete")
                    message.state = TsMessage::State::Obsolete;
                else if (!type.isEmpty()) {
                    m_xml.raiseError(tsTr(QT_TRANSLATE_NOOP("TsFile", "unknown translation type “%1”")).arg(type.toString()));
                    return;
                }
                if (message.numerus) {
                    while (!m_xml.atEnd() && !m_xml.hasError()) {
                        m_xml.readNext();
                        if (m_xml.isEndElement())
                            break;
                        if (m_xml.isStartElement() && m_xml.name() == u"numerusform")
                            message.translations.append(readTranslationText());
                        else if (!skipOrFail())
                            return;
                    }
                } else {
                    message.translations = QStringList{readTranslationText()};
                }
            } else if (name.startsWith(u"extra-")) {
                const QString tag = name.mid(6).toString();
                message.extras.append({tag, readContents()});
            } else {
                unexpected();
                return;
            }
        }
    }

    QXmlStreamReader m_xml;
    QString m_name;
    bool m_seenRoot = false;
    QString m_currentFile;
    QHash<QString, int> m_currentLine;
};

/// Escapes text as lupdate does (tsProtect): quotes and apostrophes as entities, control characters and
/// non-ASCII spaces as numeric references.
QString protect(const QString &text)
{
    QString result;
    result.reserve(text.size() * 12 / 10);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            result += QLatin1String("&quot;");
            break;
        case u'&':
            result += QLatin1String("&amp;");
            break;
        case u'>':
            result += QLatin1String("&gt;");
            break;
        case u'<':
            result += QLatin1String("&lt;");
            break;
        case u'\'':
            result += QLatin1String("&apos;");
            break;
        default:
            if ((c < 0x20 || (c > 0x7f && ch.isSpace())) && c != u'\n' && c != u'\t') {
                result += (c <= 0x20 ? QStringLiteral("<byte value=\"x%1\"/>") : QStringLiteral("&#x%1;"))
                              .arg(uint(c), 0, 16);
            } else {
                result += ch;
            }
        }
    }
    return result;
}

void writeExtras(QString &out, QLatin1String indent, const QList<QPair<QString, QString>> &extras)
{
    for (const auto &[name, value] : extras)
        out += indent + QLatin1String("<extra-") + name + u'>' + protect(value) + QLatin1String("</extra-") + name
               + QLatin1String(">\n");
}

void writeTranslationText(QString &out, QLatin1String indent, const QString &text)
{
    if (!text.contains(QChar(VariantSeparator))) {
        out += u'>' + protect(text);
        return;
    }
    out += QLatin1String(" variants=\"yes\">");
    for (const QString &variant : text.split(QChar(VariantSeparator)))
        out += QLatin1String("\n    ") + indent + QLatin1String("<lengthvariant>") + protect(variant)
               + QLatin1String("</lengthvariant>");
    out += u'\n' + indent;
}

} // namespace

Result<TsFile> TsFile::parse(const QByteArray &xml, const QString &nameForErrors)
{
    return Reader(xml, nameForErrors).read();
}

Result<TsFile> TsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tsTr(QT_TRANSLATE_NOOP("TsFile", "Cannot read the translation file %1: %2")).arg(path, file.errorString()),
                     file.errorString(), ErrorCode::NotFound};
    }
    return parse(file.readAll(), path);
}

QByteArray TsFile::write() const
{
    QString out;
    out += QLatin1String("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"");
    out += version.isEmpty() ? QStringLiteral("2.1") : protect(version);
    out += u'"';
    if (!language.isEmpty() && language != u"C")
        out += QLatin1String(" language=\"") + protect(language) + u'"';
    if (!sourceLanguage.isEmpty() && sourceLanguage != u"C")
        out += QLatin1String(" sourcelanguage=\"") + protect(sourceLanguage) + u'"';
    out += QLatin1String(">\n");
    if (!dependencies.isEmpty()) {
        out += QLatin1String("<dependencies>\n");
        for (const QString &dependency : dependencies)
            out += QLatin1String("<dependency catalog=\"") + protect(dependency) + QLatin1String("\"/>\n");
        out += QLatin1String("</dependencies>\n");
    }
    writeExtras(out, QLatin1String("    "), extras);

    // Contexts in order of first appearance, each with all its messages (as lupdate groups them).
    QStringList contextOrder;
    QHash<QString, QList<const TsMessage *>> byContext;
    for (const TsMessage &message : messages) {
        auto &list = byContext[message.context];
        if (list.isEmpty())
            contextOrder.append(message.context);
        list.append(&message);
    }
    QHash<QString, QString> comments;
    for (const auto &[context, comment] : contextComments) {
        comments.insert(context, comment);
        if (!byContext.contains(context)) {
            contextOrder.append(context);
            byContext.insert(context, {});
        }
    }

    QHash<QString, int> currentLine;
    QString currentFile;
    for (const QString &context : std::as_const(contextOrder)) {
        out += QLatin1String("<context>\n    <name>") + protect(context) + QLatin1String("</name>\n");
        if (const auto comment = comments.constFind(context); comment != comments.cend())
            out += QLatin1String("    <comment>") + protect(*comment) + QLatin1String("</comment>\n");
        for (const TsMessage *message : std::as_const(byContext[context])) {
            out += QLatin1String("    <message");
            if (!message->id.isEmpty())
                out += QLatin1String(" id=\"") + protect(message->id) + u'"';
            if (message->numerus)
                out += QLatin1String(" numerus=\"yes\"");
            out += QLatin1String(">\n");
            QString messageFile = currentFile;
            bool first = true;
            for (const TsLocation &location : message->locations) {
                QString fileName = location.file;
                QString line;
                if (location.line > 0) {
                    const int delta = location.line - currentLine[fileName];
                    if (delta >= 0)
                        line += u'+';
                    line += QString::number(delta);
                    currentLine[fileName] = location.line;
                }
                if (fileName != messageFile) {
                    if (first)
                        currentFile = fileName;
                    messageFile = fileName;
                } else {
                    fileName.clear();
                }
                first = false;
                out += QLatin1String("        <location");
                if (!fileName.isEmpty())
                    out += QLatin1String(" filename=\"") + protect(fileName) + u'"';
                if (!line.isEmpty())
                    out += QLatin1String(" line=\"") + line + u'"';
                out += QLatin1String("/>\n");
            }
            out += QLatin1String("        <source>") + protect(message->source) + QLatin1String("</source>\n");
            if (!message->oldSource.isEmpty())
                out += QLatin1String("        <oldsource>") + protect(message->oldSource)
                       + QLatin1String("</oldsource>\n");
            if (!message->comment.isEmpty())
                out += QLatin1String("        <comment>") + protect(message->comment) + QLatin1String("</comment>\n");
            if (!message->oldComment.isEmpty())
                out += QLatin1String("        <oldcomment>") + protect(message->oldComment)
                       + QLatin1String("</oldcomment>\n");
            if (!message->extraComment.isEmpty())
                out += QLatin1String("        <extracomment>") + protect(message->extraComment)
                       + QLatin1String("</extracomment>\n");
            if (!message->translatorComment.isEmpty())
                out += QLatin1String("        <translatorcomment>") + protect(message->translatorComment)
                       + QLatin1String("</translatorcomment>\n");
            out += QLatin1String("        <translation");
            switch (message->state) {
            case TsMessage::State::Finished:
                break;
            case TsMessage::State::Unfinished:
                out += QLatin1String(" type=\"unfinished\"");
                break;
            case TsMessage::State::Vanished:
                out += QLatin1String(" type=\"vanished\"");
                break;
            case TsMessage::State::Obsolete:
                out += QLatin1String(" type=\"obsolete\"");
                break;
            }
            if (message->numerus) {
                out += u'>';
                for (const QString &form : message->translations) {
                    out += QLatin1String("\n            <numerusform");
                    writeTranslationText(out, QLatin1String("            "), form);
                    out += QLatin1String("</numerusform>");
                }
                out += QLatin1String("\n        ");
            } else {
                writeTranslationText(out, QLatin1String("        "), message->translations.value(0));
            }
            out += QLatin1String("</translation>\n");
            writeExtras(out, QLatin1String("        "), message->extras);
            if (!message->userData.isEmpty())
                out += QLatin1String("        <userdata>") + protect(message->userData) + QLatin1String("</userdata>\n");
            out += QLatin1String("    </message>\n");
        }
        out += QLatin1String("</context>\n");
    }
    out += QLatin1String("</TS>\n");
    return out.toUtf8();
}

Status TsFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tsTr(QT_TRANSLATE_NOOP("TsFile", "Cannot write the translation file %1: %2")).arg(path, file.errorString()),
                     file.errorString(), ErrorCode::PermissionDenied};
    }
    const QByteArray bytes = write();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{tsTr(QT_TRANSLATE_NOOP("TsFile", "Cannot write the translation file %1: %2")).arg(path, file.errorString()),
                     file.errorString(), ErrorCode::Unspecified};
    }
    return Done{};
}

} // namespace Atelier
