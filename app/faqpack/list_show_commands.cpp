// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "web/pagerenderer.h"

namespace pr::cli {

int runList(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the questions: ID<TAB>QUESTION."));
    parser.addOption(packOption());
    if (!parseArguments(parser, QStringLiteral("list"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const std::optional<Pack> pack = loadPack(parser, streams);
    if (!pack)
        return 1;
    for (const Entry &entry : pack->entries())
        streams.out << entry.id << '\t' << entry.question << '\n';
    return 0;
}

int runShow(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print one answer."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The entry id (see list)."));
    parser.addOption(packOption());
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("text (the default) or html."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("html: light (the default), dark or "
                                                  "high-contrast."),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    parser.addOption(theme);
    const QCommandLineOption font(QStringLiteral("reading-font"),
                                  QStringLiteral("html: default, dyslexic or spaced."),
                                  QStringLiteral("FONT"), QStringLiteral("default"));
    parser.addOption(font);
    if (!parseArguments(parser, QStringLiteral("show"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        streams.err << "faqpack show: give exactly one entry id\n";
        return 2;
    }
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("html")) {
        streams.err << "faqpack show: --format must be text or html\n";
        return 2;
    }
    PageStyle style;
    if (!PageStyle::parseTheme(parser.value(theme), &style.theme)) {
        streams.err << "faqpack show: --theme must be light, dark or high-contrast\n";
        return 2;
    }
    const QString fontName = parser.value(font);
    if (fontName == QLatin1String("dyslexic"))
        style.font = ReadingFont::Dyslexic;
    else if (fontName == QLatin1String("spaced"))
        style.font = ReadingFont::Spaced;
    else if (fontName != QLatin1String("default")) {
        streams.err << "faqpack show: --reading-font must be default, dyslexic or spaced\n";
        return 2;
    }
    const std::optional<Pack> pack = loadPack(parser, streams);
    if (!pack)
        return 1;
    const QString id = parser.positionalArguments().constFirst();
    const Entry *entry = pack->entry(id);
    if (!entry) {
        streams.err << "faqpack show: no entry \"" << id << "\" in this pack\n";
        return 1;
    }
    const QList<SafetyNotice> notices = systemSafetyNotices(streams).forEntry(*entry, {}, *pack);
    if (kind == QLatin1String("html")) {
        PageRenderer::Options options;
        options.notices = notices;
        options.style = style;
        streams.out << PageRenderer(*pack).answerPage(*entry, options);
        return 0;
    }
    for (const SafetyNotice &notice : notices)
        streams.out << notice.plainText() << "\n\n";
    streams.out << entry->question << "\n\n" << entry->answerMarkdown.trimmed() << '\n';
    if (!entry->seeAlso.isEmpty()) {
        streams.out << "\nSee also:\n";
        for (const CrossReference &x : entry->seeAlso) {
            const Entry *target = pack->entry(x.targetId);
            streams.out << "  - " << x.label;
            if (target)
                streams.out << " (" << target->id << ": " << target->question << ")\n";
            else
                streams.out << " (not included in this offline edition)\n";
        }
    }
    const QList<const Entry *> referrers = pack->referrersOf(entry->id);
    if (!referrers.isEmpty()) {
        streams.out << "\nReferred to by:\n";
        for (const Entry *r : referrers)
            streams.out << "  - " << r->id << ": " << r->question << '\n';
    }
    streams.out << '\n' << PageRenderer::reviewedText(pack->manifest()) << '\n';
    return 0;
}

} // namespace pr::cli
