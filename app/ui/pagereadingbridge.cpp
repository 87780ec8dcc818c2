// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pagereadingbridge.h"

#include "speech/readingtext.h"

#include <QPointer>
#include <QVariantMap>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace pr {
namespace {

// The blocks read aloud: the innermost headings, paragraphs, list items and cells of the
// question and answer (.entry-text), in page order. The same list on every call, as the marks
// add elements but no text.
const char kHelpers[] = R"JS(
var prBlocks = function () {
  var root = document.querySelector('.entry-text');
  if (!root) return null;
  var sel = 'h1, h2, h3, h4, h5, h6, p, li, td, th, pre, blockquote, dt, dd';
  return Array.prototype.filter.call(root.querySelectorAll(sel),
                                     function (e) { return !e.querySelector(sel); });
};
var prClear = function () {
  var marks = document.querySelectorAll('span.reading-now');
  Array.prototype.forEach.call(marks, function (s) {
    var parent = s.parentNode;
    while (s.firstChild) parent.insertBefore(s.firstChild, s);
    parent.removeChild(s);
    parent.normalize();
  });
};
)JS";

const char kReadText[] = R"JS(
(function () {
  var blocks = prBlocks();
  if (!blocks) return null;
  var root = document.querySelector('.entry-text');
  var owner = root.closest('[lang]') || document.documentElement;
  return { language: owner.getAttribute('lang') || '',
           blocks: blocks.map(function (e) { return e.textContent; }) };
})()
)JS";

const char kHighlight[] = R"JS(
(function (block, start, length) {
  prClear();
  var blocks = prBlocks();
  if (!blocks || !blocks[block]) return 0;
  var walker = document.createTreeWalker(blocks[block], NodeFilter.SHOW_TEXT);
  var pos = 0, end = start + length, parts = [];
  for (var n = walker.nextNode(); n; n = walker.nextNode()) {
    var from = pos, to = pos + n.data.length;
    pos = to;
    if (to <= start || from >= end || n.data.length === 0) continue;
    parts.push([n, Math.max(start, from) - from, Math.min(end, to) - from]);
  }
  var first = null;
  parts.forEach(function (p) {
    var node = p[0];
    if (p[1] > 0) node = node.splitText(p[1]);
    if (p[2] - p[1] < node.data.length) node.splitText(p[2] - p[1]);
    var span = document.createElement('span');
    span.className = 'reading-now';
    node.parentNode.insertBefore(span, node);
    span.appendChild(node);
    if (!first) first = span;
  });
  if (first) first.scrollIntoView({block: 'nearest', inline: 'nearest'});
  return parts.length;
})
)JS";

} // namespace

PageReadingBridge::PageReadingBridge(QWebEnginePage &page, QObject *parent)
    : QObject(parent)
    , m_page(page) {}

void PageReadingBridge::readText(std::function<void(const PageText &)> done) {
    QPointer<PageReadingBridge> self(this);
    m_page.runJavaScript(QString::fromUtf8(kHelpers) + QString::fromUtf8(kReadText),
                         QWebEngineScript::ApplicationWorld, [self, done](const QVariant &result) {
                             if (!self)
                                 return;
                             PageText text;
                             const QVariantMap map = result.toMap();
                             if (!map.isEmpty()) {
                                 text.isAnswer = true;
                                 text.language = map.value(QStringLiteral("language")).toString();
                                 text.blocks = map.value(QStringLiteral("blocks")).toStringList();
                             }
                             done(text);
                         });
}

void PageReadingBridge::highlight(const ReadingSentence &sentence) {
    m_page.runJavaScript(QString::fromUtf8(kHelpers) + QString::fromUtf8(kHighlight) +
                             QStringLiteral("(%1, %2, %3)")
                                 .arg(sentence.block)
                                 .arg(sentence.start)
                                 .arg(sentence.length),
                         QWebEngineScript::ApplicationWorld);
}

void PageReadingBridge::clearHighlight() {
    m_page.runJavaScript(QString::fromUtf8(kHelpers) + QStringLiteral("prClear();"),
                         QWebEngineScript::ApplicationWorld);
}

void PageReadingBridge::countMarks(std::function<void(int)> done) {
    QPointer<PageReadingBridge> self(this);
    m_page.runJavaScript(QStringLiteral("document.querySelectorAll('span.reading-now').length"),
                         QWebEngineScript::ApplicationWorld, [self, done](const QVariant &v) {
                             if (self)
                                 done(v.toInt());
                         });
}

} // namespace pr
