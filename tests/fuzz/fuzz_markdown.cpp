// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// The Markdown of an answer, rendered to the page's HTML (MarkdownRenderer).

#include "content/markdownrenderer.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pr::MarkdownRenderer::Options options;
    // Some ids and keys exist, others do not, so that both paths are taken.
    options.hasEntry = [](const QString &id) { return id.size() % 2 == 0; };
    options.hasReference = [](const QString &key) { return !key.startsWith(QLatin1Char('x')); };
    options.highlightTerms = {QStringLiteral("ketamine"), QStringLiteral("dose")};
    options.maxLinks = 50;
    const pr::MarkdownRenderer renderer(options);
    const QString markdown = QString::fromUtf8(pr::fuzz::bytes(data, size));
    (void)renderer.toHtml(markdown);
    (void)renderer.citedKeys(markdown);
    return 0;
}
