#pragma once

#include <QList>
#include <QString>

namespace pr {

// A "See ..." pointer from one answer to a topic. When the topic is an entry of the same pack,
// targetId names it; otherwise the topic lives outside this offline edition.
struct CrossReference {
    QString label;
    QString targetId;

    bool isInPack() const { return !targetId.isEmpty(); }
    friend bool operator==(const CrossReference &, const CrossReference &) = default;
};

struct Entry {
    QString id;
    QString question;
    QString answerMarkdown;
    QList<CrossReference> seeAlso;
};

} // namespace pr
