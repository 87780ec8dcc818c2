// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sessionwiper.h"

#include <exception>

namespace pr {

const QStringList &SessionWiper::visitorData() {
    static const QStringList names = {
        QStringLiteral("bookmarks-notes-history"), // the user store, including scroll positions
        QStringLiteral("open-pages"),              // back/forward history and the page shown
        QStringLiteral("search"),                  // search text and results
        QStringLiteral("zoom"),
        QStringLiteral("language"),
        QStringLiteral("clipboard"),
        QStringLiteral("web-profile"), // WebEngine's cache and storage (off the record)
    };
    return names;
}

void SessionWiper::addStep(const QString &name, Step step) {
    for (NamedStep &existing : m_steps) {
        if (existing.name == name) {
            existing.step = std::move(step);
            return;
        }
    }
    m_steps.append({name, std::move(step)});
}

void SessionWiper::addStepThatCannotFail(const QString &name, std::function<void()> step) {
    addStep(name, Step([step = std::move(step)] {
                step();
                return QString();
            }));
}

QStringList SessionWiper::stepNames() const {
    QStringList names;
    for (const NamedStep &s : m_steps)
        names.append(s.name);
    return names;
}

QStringList SessionWiper::missingSteps(const QStringList &required) const {
    const QStringList have = stepNames();
    QStringList missing;
    for (const QString &name : required) {
        if (!have.contains(name))
            missing.append(name);
    }
    return missing;
}

SessionWiper::Report SessionWiper::wipeAll() const {
    Report report;
    for (const NamedStep &s : m_steps) {
        QString error;
        // One broken step must not leave the visitor data behind it in place.
        try {
            error = s.step ? s.step() : tr("nothing is registered to wipe it");
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        } catch (...) {
            error = tr("it failed with an unknown error");
        }
        report.steps.append({s.name, error});
    }
    return report;
}

bool SessionWiper::Report::allWiped() const {
    return failedSteps().isEmpty();
}

QStringList SessionWiper::Report::failedSteps() const {
    QStringList failed;
    for (const StepResult &s : steps) {
        if (!s.ok())
            failed.append(s.name);
    }
    return failed;
}

QString SessionWiper::Report::toString() const {
    QStringList lines;
    for (const StepResult &s : steps)
        lines.append(s.ok() ? QString(s.name + QStringLiteral(": wiped"))
                            : QString(s.name + QStringLiteral(": FAILED: ") + s.error));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pr
