// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pr {

// One CSL-JSON name: a person ("family", "given", particles, "suffix") or an organisation
// ("literal").
struct CslName {
    QString family;
    QString given;
    QString nonDroppingParticle; // "van" in "van Moorselaar"
    QString suffix;              // "Jr."
    QString literal;

    bool isLiteral() const { return !literal.isEmpty(); }
    // The family name with its particle: "van Moorselaar".
    QString fullFamily() const;
    // The given names split at spaces and hyphens, for initials: "Jean-Paul A." gives
    // {"Jean", "-", "Paul", "A."}.
    QStringList givenParts() const;

    static CslName fromJson(const QJsonObject &object);
};

struct CslDate {
    int year = 0;
    int month = 0;
    int day = 0;

    bool hasYear() const { return year > 0; }
    static CslDate fromJson(const QJsonObject &object);
};

// A typed, read-only view of the CSL-JSON fields the formatters and exporters use. Strings are
// trimmed; numbers given as JSON numbers are read as text.
struct CslItem {
    QString id;
    QString type;
    QString title;
    QString containerTitle;
    QString containerTitleShort;
    QString volume;
    QString issue;
    QString page;
    QString number; // an article number ("e0193972") for journal articles
    QString publisher;
    QString publisherPlace;
    QString edition;
    QString language;
    QString doi;
    QString pmid;
    QString pmcid;
    QString url;
    QList<CslName> authors;
    CslDate issued;

    bool isJournalArticle() const;
    bool isBook() const;

    static CslItem fromJson(const QJsonObject &object);
};

} // namespace pr
