// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citedreferences.h"

#include "content/markdownrenderer.h"

namespace pr {

QStringList citedReferenceKeys(const Pack &pack, const QString &answerMarkdown) {
    MarkdownRenderer::Options options;
    options.hasReference = [&pack](const QString &key) { return pack.reference(key) != nullptr; };
    return MarkdownRenderer(options).citedKeys(answerMarkdown);
}

QList<ReferenceRow> referenceRowsFor(const Pack &pack, const Entry *answer) {
    const QList<Reference> &references = pack.references();
    const QStringList cited =
        answer ? citedReferenceKeys(pack, answer->answerMarkdown) : QStringList();
    QList<ReferenceRow> rows;
    rows.reserve(references.size());
    for (qsizetype n = 0; n < cited.size(); ++n) {
        for (qsizetype i = 0; i < references.size(); ++i) {
            if (references.at(i).id == cited.at(n)) {
                rows.append({int(i), int(i + 1), int(n + 1)});
                break;
            }
        }
    }
    for (qsizetype i = 0; i < references.size(); ++i) {
        if (!cited.contains(references.at(i).id))
            rows.append({int(i), int(i + 1), 0});
    }
    return rows;
}

} // namespace pr
