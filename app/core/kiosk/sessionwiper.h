// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace pr {

// What a kiosk must forget between visitors. The UI registers one step per kind of data it
// holds (the user store's wipe(), the search box, the zoom, ...) and wipeAll() runs them in the
// order registered. Every step runs even when an earlier one fails; the report says which did
// not, so the UI can fall back to restarting the app.
class SessionWiper {
    Q_DECLARE_TR_FUNCTIONS(pr::SessionWiper)

public:
    // A step returns an error message, or an empty string when it wiped its data.
    using Step = std::function<QString()>;

    struct StepResult {
        QString name;
        QString error; // empty when wiped
        bool ok() const { return error.isEmpty(); }
    };

    struct Report {
        QList<StepResult> steps;
        bool allWiped() const;
        QStringList failedSteps() const;
        // One line per step: "NAME: wiped" or "NAME: FAILED: ERROR", for the log.
        QString toString() const;
    };

    // Names for the visitor data the kiosk issue lists. The UI registers steps under these
    // names; missingSteps() tells which of them nothing wipes yet.
    static const QStringList &visitorData();

    // A step under a name that is already registered replaces it.
    void addStep(const QString &name, Step step);
    void addStepThatCannotFail(const QString &name, std::function<void()> step);
    QStringList stepNames() const;
    QStringList missingSteps(const QStringList &required = visitorData()) const;

    Report wipeAll() const;

private:
    struct NamedStep {
        QString name;
        Step step;
    };
    QList<NamedStep> m_steps;
};

} // namespace pr
