// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/manifest.h"
#include "content/packproblem.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pr {

// What the manifest of a language pack adds to a pack manifest:
//   "base":       {"id": "ketamine-faq", "version": "1.0.0"}   the pack it translates
//   "translator": "..."
//   "review":     {"status": "not-reviewed"}
//              or {"status": "reviewed", "reviewer": "...", "date": "2026-03-01"}
//   "interface":  "patient-reader_es.ts"   (optional) the interface translation (Qt Linguist XML)
struct LanguagePackManifest {
    TranslationProvenance provenance; // baseLanguage and baseDirection: only the base knows
    QString interfaceFile;

    static constexpr const char *kFile = "manifest.json";

    // Records a located problem for each missing or malformed field; nullopt on any error.
    static std::optional<LanguagePackManifest> fromJson(const QJsonObject &manifest,
                                                        PackProblems *problems);
};

} // namespace pr
