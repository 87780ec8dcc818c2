// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/citationformatter.h"
#include "citations/referenceexporter.h"
#include "citations/referencepresentation.h"
#include "citations/referencesummary.h"
#include "command.h"

namespace pr::cli {

int runRefs(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the pack's references: formatted with what the reference check "
                       "found (text), or for reference managers (ris, bibtex, csl-json)."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("Only these references (default: all)."),
                                 QStringLiteral("[ID...]"));
    parser.addOption(packOption());
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("text (the default), ris, bibtex or csl-json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption style(
        QStringLiteral("style"),
        QStringLiteral("apa or vancouver for the text format (default: the pack's style)."),
        QStringLiteral("STYLE"));
    parser.addOption(format);
    parser.addOption(style);
    if (!parseArguments(parser, QStringLiteral("refs"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;

    const QString kind = parser.value(format);
    const std::optional<ExportFormat> exportFormat = ReferenceExporter::formatFromKey(kind);
    if (kind != QLatin1String("text") && !exportFormat) {
        streams.err << "faqpack refs: --format must be text, ris, bibtex or csl-json\n";
        return 2;
    }
    std::optional<CitationStyle> chosenStyle;
    if (parser.isSet(style)) {
        chosenStyle = citationStyleFromKey(parser.value(style));
        if (!chosenStyle) {
            streams.err << "faqpack refs: --style must be apa or vancouver\n";
            return 2;
        }
    }
    const std::optional<Pack> pack = loadPack(parser, streams);
    if (!pack)
        return 1;

    QList<Reference> selected;
    QList<int> numbers;
    const QStringList ids = parser.positionalArguments();
    for (const QString &id : ids) {
        if (!pack->reference(id)) {
            streams.err << "faqpack refs: no reference \"" << id << "\" in this pack\n";
            return 1;
        }
    }
    for (int i = 0; i < pack->references().size(); ++i) {
        const Reference &reference = pack->references().at(i);
        if (ids.isEmpty() || ids.contains(reference.id)) {
            selected.append(reference);
            numbers.append(i + 1);
        }
    }

    if (exportFormat) {
        streams.out << ReferenceExporter::exportAs(*exportFormat, selected);
        return 0;
    }
    const CitationFormatter formatter(chosenStyle.value_or(citationStyleOf(pack->manifest())),
                                      referencesLanguageOf(pack->manifest()));
    const ReferencePresentation presentation(formatter);
    if (ids.isEmpty())
        streams.out << ReferenceSummary::text(*pack) << "\n\n";
    for (int i = 0; i < selected.size(); ++i) {
        if (i > 0)
            streams.out << '\n';
        streams.out << presentation.text(selected.at(i), numbers.at(i));
    }
    return 0;
}

} // namespace pr::cli
