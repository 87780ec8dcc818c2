// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QWebEnginePage;

namespace pr {

struct ReadingSentence;

// Reads the text of the answer page and marks the sentence being read, through scripts run in
// an isolated world (QWebEngineScript::ApplicationWorld): the page's own JavaScript stays off,
// the page's scripts (there are none) could not see or change ours, and the page's content
// security policy is untouched. The mark is a <span class="reading-now"> around the sentence's
// characters, styled by the answer style sheet in every theme.
class PageReadingBridge : public QObject {
    Q_OBJECT

public:
    struct PageText {
        bool isAnswer = false; // false: not an answer page (home, not found) or the script failed
        QString language;      // of the question and answer (an untranslated one keeps its own)
        QStringList blocks;    // the question, then each paragraph, list item, ... of the answer
    };

    explicit PageReadingBridge(QWebEnginePage &page, QObject *parent = nullptr);

    void readText(std::function<void(const PageText &)> done);
    void highlight(const ReadingSentence &sentence);
    void clearHighlight();
    // Whether the page holds a highlighted sentence, for tests and checks: done(count of marks).
    void countMarks(std::function<void(int)> done);

private:
    QWebEnginePage &m_page;
};

} // namespace pr
