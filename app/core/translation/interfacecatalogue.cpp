// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "interfacecatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace pr {
namespace {

QString primaryLanguage(const QString &tag) {
    const qsizetype cut = tag.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return (cut < 0 ? tag : tag.left(cut)).toLower();
}

// "%1", "%L2": the numbered placeholders QString::arg fills.
QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("%L?([0-9]{1,2})"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString listed(const QSet<QString> &numbers) {
    QStringList list;
    for (const QString &number : numbers)
        list << QLatin1Char('%') + number;
    list.sort();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

struct Message {
    QString source;
    QString disambiguation;
    QStringList forms;
    bool numerus = false;
    bool skip = false; // obsolete, vanished or empty
    int line = 0;
};

// Reads one .ts document; every problem stops the reading with its line.
class TsReader {
public:
    TsReader(const QByteArray &ts, const InterfaceCatalogue::Limits &limits)
        : m_xml(ts)
        , m_limits(limits) {}

    bool checkShape();
    template <typename OnMessage> bool read(OnMessage onMessage);

    QString error() const { return m_error; }
    int line() const { return m_line; }
    QString language() const { return m_language; }

private:
    bool fail(const QString &message) {
        if (m_error.isEmpty()) {
            m_error = message;
            m_line = int(m_xml.lineNumber());
        }
        return false;
    }
    bool xmlFailed() {
        return fail(QStringLiteral("is not well-formed XML: ") + m_xml.errorString());
    }
    bool readText(QString *text, const QString &what);
    bool readTranslation(Message *message);
    template <typename OnMessage> bool readContext(OnMessage onMessage);

    QXmlStreamReader m_xml;
    InterfaceCatalogue::Limits m_limits;
    QString m_error;
    int m_line = 0;
    QString m_language;
    int m_messages = 0;
};

// A first pass over every token: nesting depth, no entity declarations, the TS root.
bool TsReader::checkShape() {
    int depth = 0;
    bool sawRoot = false;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!m_xml.entityDeclarations().isEmpty() || !m_xml.notationDeclarations().isEmpty())
                return fail(QStringLiteral("declares XML entities; a translation file has none"));
            break;
        case QXmlStreamReader::StartElement:
            if (depth == 0 && sawRoot)
                return fail(QStringLiteral("has more than one root element"));
            if (depth == 0 && m_xml.name() != QLatin1String("TS"))
                return fail(QStringLiteral("is not a Qt Linguist translation (.ts): its root "
                                           "element is <%1>, not <TS>")
                                .arg(m_xml.name()));
            sawRoot = true;
            if (++depth > m_limits.maxDepth)
                return fail(
                    QStringLiteral("nests elements more than %1 deep").arg(m_limits.maxDepth));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (m_xml.hasError())
        return xmlFailed();
    if (!sawRoot)
        return fail(QStringLiteral("is empty: a .ts file starts with <TS>"));
    return true;
}

bool TsReader::readText(QString *text, const QString &what) {
    *text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    if (m_xml.hasError())
        return fail(QStringLiteral("<%1> must hold plain text: %2").arg(what, m_xml.errorString()));
    if (text->size() > m_limits.maxTextChars)
        return fail(QStringLiteral("a <%1> is too long (%2 characters; the limit is %3)")
                        .arg(what)
                        .arg(text->size())
                        .arg(m_limits.maxTextChars));
    return true;
}

bool TsReader::readTranslation(Message *message) {
    const QString type = m_xml.attributes().value(QLatin1String("type")).toString();
    message->skip = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
    if (!message->numerus) {
        QString text;
        if (!readText(&text, QStringLiteral("translation")))
            return false;
        message->forms = {text};
        return true;
    }
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("numerusform"))
            return fail(QStringLiteral("<translation> of a message with plural forms holds "
                                       "<%1>; only <numerusform> is allowed")
                            .arg(m_xml.name()));
        QString form;
        if (!readText(&form, QStringLiteral("numerusform")))
            return false;
        message->forms << form;
    }
    return !m_xml.hasError() || xmlFailed();
}

template <typename OnMessage> bool TsReader::readContext(OnMessage onMessage) {
    QString context;
    bool named = false;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("name")) {
            if (!readText(&context, QStringLiteral("name")))
                return false;
            named = true;
            continue;
        }
        if (m_xml.name() != QLatin1String("message")) {
            m_xml.skipCurrentElement();
            continue;
        }
        if (!named)
            return fail(QStringLiteral("a <context> has a <message> before its <name>"));
        if (++m_messages > m_limits.maxMessages)
            return fail(QStringLiteral("holds more than %1 messages").arg(m_limits.maxMessages));
        Message message;
        message.line = int(m_xml.lineNumber());
        message.numerus =
            m_xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        bool hasSource = false;
        bool hasTranslation = false;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("source")) {
                hasSource = readText(&message.source, QStringLiteral("source"));
                if (!hasSource)
                    return false;
            } else if (name == QLatin1String("comment")) {
                if (!readText(&message.disambiguation, QStringLiteral("comment")))
                    return false;
            } else if (name == QLatin1String("translation")) {
                if (!readTranslation(&message))
                    return false;
                hasTranslation = true;
            } else {
                m_xml.skipCurrentElement(); // locations, comments for translators, ...
            }
        }
        if (m_xml.hasError())
            return xmlFailed();
        if (!hasSource)
            return fail(QStringLiteral("a <message> has no <source>"));
        if (!hasTranslation)
            message.skip = true;
        if (!onMessage(context, message))
            return false;
    }
    return !m_xml.hasError() || xmlFailed();
}

template <typename OnMessage> bool TsReader::read(OnMessage onMessage) {
    if (!m_xml.readNextStartElement())
        return xmlFailed();
    m_language = m_xml.attributes().value(QLatin1String("language")).toString();
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("context")) {
            m_xml.skipCurrentElement();
            continue;
        }
        if (!readContext(onMessage))
            return false;
    }
    return !m_xml.hasError() || xmlFailed();
}

} // namespace

std::optional<InterfaceCatalogue> InterfaceCatalogue::parse(const QByteArray &ts,
                                                            const QString &fileName,
                                                            const QString &packLanguage,
                                                            PackProblems *problems,
                                                            const Limits &limits) {
    auto fail = [&](int line, const QString &message) {
        problems->append({PackProblem::Severity::Error, fileName, line,
                          QStringLiteral("interface translation: ") + message});
        return std::nullopt;
    };
    if (ts.size() > limits.maxBytes)
        return fail(0, QStringLiteral("the file is too large (%1 bytes; the limit is %2 bytes)")
                           .arg(ts.size())
                           .arg(limits.maxBytes));
    TsReader shape(ts, limits);
    if (!shape.checkShape())
        return fail(shape.line(), shape.error());

    InterfaceCatalogue catalogue;
    catalogue.m_language = packLanguage;
    catalogue.m_plurals = PluralRules(packLanguage);
    const int forms = catalogue.m_plurals.formCount();
    QString problem;
    int problemLine = 0;
    TsReader reader(ts, limits);
    const bool ok = reader.read([&](const QString &context, const Message &message) {
        auto refuse = [&](const QString &why) {
            problem = QStringLiteral("the translation of \"%1\" (context %2) %3")
                          .arg(message.source.left(80), context, why);
            problemLine = message.line;
            return false;
        };
        if (message.skip)
            return true;
        const QSet<QString> expected = placeholders(message.source);
        if (message.numerus && message.forms.size() != forms)
            return refuse(QStringLiteral("has %1 plural forms; \"%2\" has %3")
                              .arg(message.forms.size())
                              .arg(packLanguage)
                              .arg(forms));
        bool allEmpty = true;
        for (const QString &form : message.forms) {
            if (form.isEmpty())
                continue;
            allEmpty = false;
            const QSet<QString> used = placeholders(form);
            if (used != expected)
                return refuse(QStringLiteral("uses the placeholders %1; its source uses %2")
                                  .arg(listed(used), listed(expected)));
        }
        if (allEmpty)
            return true;
        const QByteArray k =
            key(context.toUtf8(), message.source.toUtf8(), message.disambiguation.toUtf8());
        if (catalogue.m_messages.contains(k))
            return refuse(QStringLiteral("is given twice"));
        catalogue.m_messages.insert(k, message.forms);
        return true;
    });
    if (!ok)
        return problem.isEmpty() ? fail(reader.line(), reader.error()) : fail(problemLine, problem);
    if (!reader.language().isEmpty() &&
        primaryLanguage(reader.language()) != primaryLanguage(packLanguage))
        return fail(0, QStringLiteral("it translates into \"%1\", but the pack's language is "
                                      "\"%2\"")
                           .arg(reader.language(), packLanguage));
    return catalogue;
}

QByteArray InterfaceCatalogue::key(const QByteArray &context, const QByteArray &source,
                                   const QByteArray &disambiguation) {
    QByteArray k;
    k.reserve(context.size() + source.size() + disambiguation.size() + 2);
    k.append(context).append('\0').append(source).append('\0').append(disambiguation);
    return k;
}

QString InterfaceCatalogue::translate(const char *context, const char *sourceText,
                                      const char *disambiguation, int n) const {
    if (m_messages.isEmpty() || !sourceText)
        return {};
    const QByteArray ctx(context ? context : "");
    const QByteArray source(sourceText);
    auto it =
        m_messages.constFind(key(ctx, source, QByteArray(disambiguation ? disambiguation : "")));
    // As QTranslator does: a text with a disambiguation the catalogue lacks takes the plain one.
    if (it == m_messages.constEnd() && disambiguation && *disambiguation)
        it = m_messages.constFind(key(ctx, source, QByteArray()));
    if (it == m_messages.constEnd())
        return {};
    const QStringList &forms = *it;
    int index = 0;
    if (n >= 0 && forms.size() > 1)
        index = qBound(0, m_plurals.formFor(n), int(forms.size()) - 1);
    const QString text = forms.value(index);
    return text.isEmpty() ? QString() : text;
}

} // namespace pr
