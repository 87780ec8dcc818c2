// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "scriptfont.h"
#include "translation/cataloguetranslator.h"
#include "translation/languagepackcatalog.h"
#include "translation/packfolderwatcher.h"

#include <QObject>
#include <QTranslator>

class QAction;
class QActionGroup;
class QMenu;

namespace pr {

class ReaderSession;
class ReaderSettings;

// Switches the FAQ and the interface between the base pack's language and the language packs
// found in the pack folders, at once and without a restart: it asks the reading session to
// change to the translated pack, which everything shown follows. A pack that cannot be loaded
// is refused with its reasons, and the language in use stays.
class LanguageSwitcher : public QObject {
    Q_OBJECT

public:
    // With a policy, every language pack's signatures are checked before it is offered or
    // loaded (see ContentTrustPolicy); the policy must outlive the switcher.
    LanguageSwitcher(Pack base, ReaderSession &session, ReaderSettings &settings,
                     QStringList packFolders, const ContentTrustPolicy *policy = nullptr,
                     QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The pack every language pack translates.
    const Pack &base() const { return m_base; }
    // The session's pack and language.
    const Pack &currentPack() const;
    QString currentLanguage() const;
    const LanguagePackCatalog &catalog() const { return m_catalog; }

    // Fills menu with one checkable entry per language, each by its own name. A pack opened
    // from a file or folder (loadPack) is added to it, ticked, with the file's name.
    void populateMenu(QMenu *menu);
    // languageTag of the base pack switches back to it. Returns the problems when it fails.
    PackProblems switchTo(const QString &languageTag);
    // A language pack file or folder chosen by the reader.
    PackProblems loadPack(const QString &path);
    // What is wrong with the pack in use or with the last try to load one (as last emitted by
    // problemsChanged), for a window that connects after a pack was loaded at start.
    const PackProblems &problems() const { return m_problems; }
    // The pack file or folder in use; empty for the base pack.
    QString currentPath() const { return m_currentPath; }
    // The language remembered from the last run, if it is still available.
    void restoreRememberedLanguage();

signals:
    // What is wrong with the pack in use or with the last try to reload it; empty when nothing.
    void problemsChanged(const pr::PackProblems &problems);

private:
    void installInterfaceTranslation(const InterfaceCatalogue &catalogue,
                                     const QString &languageTag);
    void removeInterfaceTranslation();
    void updateMenuChecks();
    void listOpenedPack(const QString &path, const Manifest &manifest);
    QAction *addLanguageAction(const QString &text, const QString &path, const QString &tag,
                               bool reviewed, QAction *before);

    Pack m_base;
    ReaderSession &m_session;
    ReaderSettings &m_settings;
    const ContentTrustPolicy *m_policy;
    LanguagePackCatalog m_catalog;
    QTranslator m_englishPlurals;        // "1 answer found"; below any language pack's translation
    CatalogueTranslator m_appTranslator; // the language pack's checked .ts, never a .qm
    QTranslator m_qtTranslator;
    bool m_translatorsInstalled = false;
    QString m_currentPath; // canonical; empty for the base pack
    PackProblems m_problems;
    QMenu *m_menu = nullptr;
    QAction *m_openedAnchor = nullptr; // opened packs are listed before it
    ScriptFont m_scriptFont;           // letters of the interface language's script, measured
    QActionGroup *m_group = nullptr;
    // A pack folder a translator is working in reloads itself when its files change.
    PackFolderWatcher m_watcher;
};

} // namespace pr
