// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pofile.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <utility>

namespace pr {
namespace {

// msgid "..." as PO editors write it: a text with line breaks starts with "" and puts each
// line on a string of its own.
QString keywordLine(const QString &prefix, const QString &keyword, const QString &text) {
    if (!text.contains(QLatin1Char('\n')))
        return prefix + keyword + QStringLiteral(" \"") + PoFile::escape(text) +
               QStringLiteral("\"\n");
    QString out = prefix + keyword + QStringLiteral(" \"\"\n");
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        if (last && lines.at(i).isEmpty())
            break;
        out += prefix + QLatin1Char('"') + PoFile::escape(lines.at(i)) +
               (last ? QString() : QStringLiteral("\\n")) + QStringLiteral("\"\n");
    }
    return out;
}

QString commentLines(const QString &marker, const QString &text) {
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += marker + (line.isEmpty() ? QString() : QLatin1Char(' ') + line) + QLatin1Char('\n');
    return out;
}

QString header(const TranslationCatalog &catalog) {
    const QString now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm+0000"));
    const QString translator =
        catalog.translator.isEmpty() ? PoFile::translatorPlaceholder() : catalog.translator;
    const QStringList fields = {
        QStringLiteral("Project-Id-Version: %1 %2").arg(catalog.baseId, catalog.baseVersion),
        QStringLiteral("Report-Msgid-Bugs-To: "),
        QStringLiteral("POT-Creation-Date: %1").arg(now),
        QStringLiteral("PO-Revision-Date: %1").arg(now),
        QStringLiteral("Last-Translator: %1").arg(translator),
        QStringLiteral("Language-Team: %1").arg(catalog.language),
        QStringLiteral("Language: %1").arg(catalog.language),
        QStringLiteral("MIME-Version: 1.0"),
        QStringLiteral("Content-Type: text/plain; charset=UTF-8"),
        QStringLiteral("Content-Transfer-Encoding: 8bit"),
        // Packs use no plural forms; the header still needs the field.
        QStringLiteral("Plural-Forms: nplurals=2; plural=(n != 1);"),
        QStringLiteral("X-Source-Language: %1").arg(catalog.sourceLanguage),
    };
    QString out = QStringLiteral("# Translation of the Patient Reader pack \"%1\" version %2.\n"
                                 "# msgctxt is the id of each text: do not change it.\n")
                      .arg(catalog.baseId, catalog.baseVersion);
    out += QStringLiteral("msgid \"\"\nmsgstr \"\"\n");
    for (const QString &field : fields)
        out += QLatin1Char('"') + PoFile::escape(field) + QStringLiteral("\\n\"\n");
    return out;
}

struct PendingEntry {
    QString context;
    QString id;
    QString str;
    QString previous;
    QStringList notes;
    QString location;
    bool fuzzy = false;
    bool hasContext = false;
    bool hasId = false;
    bool hasStr = false;
    int strLine = 0;
    int firstLine = 0;
};

class PoParser {
public:
    PoParser(const QString &fileName, PackProblems *problems)
        : m_fileName(fileName)
        , m_problems(problems) {}

    std::optional<TranslationCatalog> parse(const QString &text) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size() && !m_failed; ++i)
            parseLine(lines.at(i).trimmed(), int(i + 1));
        if (!m_failed)
            finish();
        if (m_failed)
            return std::nullopt;
        return m_catalog;
    }

private:
    void parseLine(const QString &line, int number) {
        if (line.isEmpty()) {
            finish();
            return;
        }
        if (line.startsWith(QLatin1String("#~")))
            return; // obsolete entries are not part of the translation
        if (line.startsWith(QLatin1String("#|"))) {
            startComment(number);
            parsePrevious(line.mid(2).trimmed(), number);
            return;
        }
        if (line.startsWith(QLatin1String("#,"))) {
            startComment(number);
            for (const QString &flag : line.mid(2).split(QLatin1Char(','))) {
                if (flag.trimmed() == QLatin1String("fuzzy"))
                    m_entry.fuzzy = true;
            }
            return;
        }
        if (line.startsWith(QLatin1String("#."))) {
            startComment(number);
            m_entry.notes.append(line.mid(2).trimmed());
            return;
        }
        if (line.startsWith(QLatin1String("#:"))) {
            startComment(number);
            m_entry.location = line.mid(2).trimmed();
            return;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            startComment(number);
            return; // the translator's own comments
        }
        if (line.startsWith(QLatin1Char('"'))) {
            if (!m_current) {
                error(number, QStringLiteral("a string that follows no keyword"));
                return;
            }
            appendString(line, number, m_current);
            return;
        }
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString keyword = space < 0 ? line : line.left(space);
        const QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (keyword == QLatin1String("msgctxt")) {
            if (m_entry.hasId || m_entry.hasStr)
                finish();
            begin(number);
            m_entry.hasContext = true;
            m_current = &m_entry.context;
        } else if (keyword == QLatin1String("msgid")) {
            if (m_entry.hasId)
                finish();
            begin(number);
            m_entry.hasId = true;
            m_current = &m_entry.id;
        } else if (keyword == QLatin1String("msgid_plural")) {
            m_current = &m_ignored;
            m_ignored.clear();
        } else if (keyword == QLatin1String("msgstr") || keyword == QLatin1String("msgstr[0]")) {
            if (!m_entry.hasId) {
                error(number, QStringLiteral("msgstr without msgid"));
                return;
            }
            m_entry.hasStr = true;
            m_entry.strLine = number;
            m_current = &m_entry.str;
        } else if (keyword.startsWith(QLatin1String("msgstr["))) {
            m_current = &m_ignored;
            m_ignored.clear();
        } else {
            error(number, QStringLiteral("unknown keyword \"%1\"").arg(keyword));
            return;
        }
        appendString(rest, number, m_current);
    }

    void parsePrevious(const QString &rest, int number) {
        if (rest.startsWith(QLatin1String("msgid "))) {
            m_previous = &m_entry.previous;
            appendString(rest.mid(6).trimmed(), number, m_previous);
        } else if (rest.startsWith(QLatin1Char('"')) && m_previous) {
            appendString(rest, number, m_previous);
        } else {
            m_previous = nullptr; // #| msgctxt: the id does not change here
        }
    }

    void appendString(const QString &quoted, int number, QString *target) {
        if (quoted.size() < 2 || !quoted.startsWith(QLatin1Char('"')) ||
            !quoted.endsWith(QLatin1Char('"'))) {
            error(number, QStringLiteral("expected a string in double quotes"));
            return;
        }
        QString text;
        if (!PoFile::unescape(QStringView(quoted).mid(1, quoted.size() - 2), &text)) {
            error(number, QStringLiteral("bad escape sequence or unescaped quote"));
            return;
        }
        target->append(text);
    }

    void startComment(int number) {
        if (m_entry.hasId)
            finish();
        if (m_entry.firstLine == 0)
            m_entry.firstLine = number;
    }

    void begin(int number) {
        if (m_entry.firstLine == 0)
            m_entry.firstLine = number;
    }

    void finish() {
        m_current = nullptr;
        m_previous = nullptr;
        PendingEntry entry = std::exchange(m_entry, PendingEntry());
        if (!entry.hasId) {
            return; // comments only
        }
        if (!entry.hasStr) {
            error(entry.firstLine, QStringLiteral("msgid without msgstr"));
            return;
        }
        if (!entry.hasContext && entry.id.isEmpty()) {
            m_catalog.headerLine = entry.strLine;
            readHeader(entry.str);
            return;
        }
        if (!entry.hasContext) {
            warning(entry.firstLine,
                    QStringLiteral("an entry without msgctxt (the unit id) is ignored"));
            return;
        }
        if (m_unitIds.contains(entry.context)) {
            error(entry.firstLine, QStringLiteral("unit \"%1\" appears twice").arg(entry.context));
            return;
        }
        TranslationUnit unit;
        unit.id = entry.context;
        unit.source = entry.id;
        unit.target = entry.str;
        unit.note = entry.notes.join(QLatin1Char('\n'));
        unit.location = entry.location;
        unit.fuzzy = entry.fuzzy;
        unit.previousSource = entry.previous;
        unit.line = entry.strLine;
        m_unitIds.insert(unit.id);
        m_catalog.units.append(unit);
    }

    void readHeader(const QString &header) {
        for (const QString &field : header.split(QLatin1Char('\n'))) {
            const qsizetype colon = field.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            const QString key = field.left(colon).trimmed();
            const QString value = field.mid(colon + 1).trimmed();
            if (key == QLatin1String("Language"))
                m_catalog.language = value;
            else if (key == QLatin1String("X-Source-Language"))
                m_catalog.sourceLanguage = value;
            else if (key == QLatin1String("Last-Translator"))
                (PoFile::isUnfilledTranslator(value) ? m_catalog.translatorPlaceholder
                                                     : m_catalog.translator) = value;
            else if (key == QLatin1String("Project-Id-Version")) {
                const QStringList parts = value.split(QLatin1Char(' '));
                m_catalog.baseId = parts.value(0);
                m_catalog.baseVersion = parts.value(1);
            }
        }
    }

    void error(int line, const QString &message) {
        m_problems->append({PackProblem::Severity::Error, m_fileName, line, message});
        m_failed = true;
    }
    void warning(int line, const QString &message) {
        m_problems->append({PackProblem::Severity::Warning, m_fileName, line, message});
    }

    QString m_fileName;
    PackProblems *m_problems;
    TranslationCatalog m_catalog;
    QSet<QString> m_unitIds; // of m_catalog.units, to find a repeated id at once
    PendingEntry m_entry;
    QString *m_current = nullptr;
    QString *m_previous = nullptr;
    QString m_ignored;
    bool m_failed = false;
};

} // namespace

QByteArray PoFile::write(const TranslationCatalog &catalog) {
    QString out = header(catalog);
    for (const TranslationUnit &unit : catalog.units) {
        out += QLatin1Char('\n');
        out += commentLines(QStringLiteral("#."), unit.note);
        if (!unit.location.isEmpty())
            out += QStringLiteral("#: ") + unit.location + QLatin1Char('\n');
        if (unit.fuzzy)
            out += QStringLiteral("#, fuzzy\n");
        if (unit.fuzzy && !unit.previousSource.isEmpty())
            out += keywordLine(QStringLiteral("#| "), QStringLiteral("msgid"), unit.previousSource);
        out += keywordLine(QString(), QStringLiteral("msgctxt"), unit.id);
        out += keywordLine(QString(), QStringLiteral("msgid"), unit.source);
        out += keywordLine(QString(), QStringLiteral("msgstr"), unit.target);
    }
    return out.toUtf8();
}

std::optional<TranslationCatalog> PoFile::read(const QByteArray &bytes, const QString &fileName,
                                               PackProblems *problems) {
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        problems->append(
            {PackProblem::Severity::Error, fileName, 0, QStringLiteral("is not UTF-8 text")});
        return std::nullopt;
    }
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
        problems->append({PackProblem::Severity::Error, fileName,
                          int(QStringView(text).left(nul).count(QLatin1Char('\n'))) + 1,
                          QStringLiteral("holds a NUL character, which no text may hold")});
        return std::nullopt;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return PoParser(fileName, problems).parse(text);
}

QString PoFile::translatorPlaceholder() {
    return QStringLiteral("FULL NAME <EMAIL@ADDRESS>");
}

bool PoFile::isUnfilledTranslator(const QString &value) {
    const QString v = value.trimmed();
    return v.isEmpty() || v.compare(QLatin1String("not stated"), Qt::CaseInsensitive) == 0 ||
           v.startsWith(QLatin1String("FULL NAME"));
}

QString PoFile::escape(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool PoFile::unescape(QStringView quoted, QString *text) {
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c == QLatin1Char('"'))
            return false;
        if (c != QLatin1Char('\\')) {
            text->append(c);
            continue;
        }
        if (++i >= quoted.size())
            return false;
        switch (quoted.at(i).unicode()) {
        case 'n':
            text->append(QLatin1Char('\n'));
            break;
        case 't':
            text->append(QLatin1Char('\t'));
            break;
        case 'r':
            text->append(QLatin1Char('\r'));
            break;
        case 'a':
            text->append(QLatin1Char('\a'));
            break;
        case 'b':
            text->append(QLatin1Char('\b'));
            break;
        case 'f':
            text->append(QLatin1Char('\f'));
            break;
        case 'v':
            text->append(QLatin1Char('\v'));
            break;
        case '\\':
            text->append(QLatin1Char('\\'));
            break;
        case '"':
            text->append(QLatin1Char('"'));
            break;
        case '\'':
            text->append(QLatin1Char('\''));
            break;
        case '?':
            text->append(QLatin1Char('?'));
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace pr
