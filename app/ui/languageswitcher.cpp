// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languageswitcher.h"

#include "readersettings.h"
#include "translation/languagepackloader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>

namespace pr {

LanguageSwitcher::LanguageSwitcher(Pack base, ReaderSettings &settings, QStringList packFolders,
                                   const ContentTrustPolicy *policy, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_current(m_base)
    , m_settings(settings)
    , m_policy(policy)
    , m_catalog(LanguagePackCatalog::scan(m_base, packFolders, QLocale(), {}, policy)) {
    connect(&m_watcher, &PackFolderWatcher::changed, this,
            [this](const QString &folder) { loadPack(folder); });
    if (m_englishPlurals.load(QStringLiteral(":/i18n/patient-reader_en.qm")))
        QCoreApplication::installTranslator(&m_englishPlurals);
    else
        qWarning("The English plural forms are missing from the resources.");
}

LanguageSwitcher::~LanguageSwitcher() {
    removeInterfaceTranslation();
    QCoreApplication::removeTranslator(&m_englishPlurals);
}

void LanguageSwitcher::populateMenu(QMenu *menu) {
    m_group = new QActionGroup(menu);
    m_group->setExclusive(true);
    for (const AvailableLanguage &language : m_catalog.languages()) {
        QAction *action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.languageTag);
        if (!language.isBase && !language.clinicallyReviewed)
            action->setToolTip(tr("Translation not checked by a clinician"));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, tag = language.languageTag] { switchTo(tag); });
    }
    // A pack that was refused (broken, or changed since it was signed) is not a language to
    // choose, but the reader can see why it is missing.
    for (const UnusableLanguagePack &pack : m_catalog.unusable()) {
        QAction *action =
            menu->addAction(tr("%1 cannot be used: why?").arg(QFileInfo(pack.path).fileName()));
        action->setObjectName(QStringLiteral("unusablePack"));
        connect(action, &QAction::triggered, this,
                [this, problems = pack.problems] { emit problemsChanged(problems); });
    }
    updateMenuChecks();
}

void LanguageSwitcher::updateMenuChecks() {
    if (!m_group)
        return;
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == currentLanguage());
}

PackProblems LanguageSwitcher::switchTo(const QString &languageTag) {
    if (languageTag == m_base.manifest().language) {
        m_watcher.watch(QString());
        emit problemsChanged({});
        removeInterfaceTranslation();
        m_current = m_base;
        m_settings.setLanguage(languageTag);
        updateMenuChecks();
        emit packChanged(m_current);
        return {};
    }
    if (const AvailableLanguage *language = m_catalog.find(languageTag))
        return loadPack(language->path);
    return {{PackProblem::Severity::Error, languageTag, 0,
             tr("no language pack for \"%1\" is installed").arg(languageTag)}};
}

PackProblems LanguageSwitcher::loadPack(const QString &path) {
    LanguagePackLoader loader(m_base);
    loader.setTrustPolicy(m_policy);
    const LanguagePackLoadResult result = loader.load(path);
    // A folder is a translator's work in progress: follow its changes, and on an error keep
    // showing the last good version beside the list of problems.
    m_watcher.watch(QFileInfo(path).isDir() ? path : QString());
    emit problemsChanged(result.problems);
    if (!result.ok()) {
        updateMenuChecks();
        return result.problems;
    }
    m_current = result.translated->pack;
    installInterfaceTranslation(result.translated->interfaceTranslation, currentLanguage());
    m_settings.setLanguage(currentLanguage());
    updateMenuChecks();
    emit packChanged(m_current);
    return result.problems; // warnings only, such as stale entries
}

void LanguageSwitcher::restoreRememberedLanguage() {
    const QString remembered = m_settings.language();
    if (!remembered.isEmpty() && remembered != currentLanguage())
        switchTo(remembered);
}

void LanguageSwitcher::installInterfaceTranslation(const InterfaceCatalogue &catalogue,
                                                   const QString &languageTag) {
    removeInterfaceTranslation();
    m_appTranslator.setCatalogue(catalogue);
    bool any = false;
    if (!m_appTranslator.isEmpty()) {
        QCoreApplication::installTranslator(&m_appTranslator);
        any = true;
    }
    // Qt's own strings (standard buttons and dialogs) in the same language.
    if (m_qtTranslator.load(QLocale(languageTag), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
        any = true;
    }
    m_translatorsInstalled = any;
    QLocale::setDefault(QLocale(languageTag));
    QApplication::setLayoutDirection(QLocale(languageTag).textDirection());
    m_scriptFont.applyFor(QLocale(languageTag));
}

void LanguageSwitcher::removeInterfaceTranslation() {
    if (m_translatorsInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_translatorsInstalled = false;
    }
    QLocale::setDefault(QLocale(m_base.manifest().language));
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QApplication::setLayoutDirection(m_base.manifest().direction);
        m_scriptFont.applyFor(QLocale(m_base.manifest().language));
    }
}

} // namespace pr
