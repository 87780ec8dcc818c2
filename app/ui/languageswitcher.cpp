// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languageswitcher.h"

#include "readersettings.h"
#include "session/readersession.h"
#include "system/logging.h"
#include "translation/languagepackloader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>

namespace pr {

LanguageSwitcher::LanguageSwitcher(Pack base, ReaderSession &session, ReaderSettings &settings,
                                   QStringList packFolders, const ContentTrustPolicy *policy,
                                   QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_session(session)
    , m_settings(settings)
    , m_policy(policy)
    , m_catalog(LanguagePackCatalog::scan(m_base, packFolders, QLocale(), {}, policy)) {
    connect(&m_watcher, &PackFolderWatcher::changed, this,
            [this](const QString &folder) { loadPack(folder); });
    if (m_englishPlurals.load(QStringLiteral(":/i18n/patient-reader_en.qm")))
        QCoreApplication::installTranslator(&m_englishPlurals);
    else
        qCWarning(lcReader, "The English plural forms are missing from the resources.");
}

LanguageSwitcher::~LanguageSwitcher() {
    removeInterfaceTranslation();
    QCoreApplication::removeTranslator(&m_englishPlurals);
}

const Pack &LanguageSwitcher::currentPack() const {
    return m_session.hasPack() ? m_session.pack() : m_base;
}

QString LanguageSwitcher::currentLanguage() const {
    return currentPack().manifest().language;
}

namespace {

QString canonical(const QString &path) {
    const QString canonicalPath = QFileInfo(path).canonicalFilePath();
    return canonicalPath.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonicalPath;
}

} // namespace

QAction *LanguageSwitcher::addLanguageAction(const QString &text, const QString &path,
                                             const QString &tag, bool reviewed, QAction *before) {
    auto *action = new QAction(text, m_menu);
    m_menu->insertAction(before, action);
    action->setCheckable(true);
    action->setData(path);
    // The review status, as for every translation listed (the base pack is no translation).
    if (!path.isEmpty() && !reviewed)
        action->setToolTip(tr("Translation not checked by a clinician"));
    m_group->addAction(action);
    if (path.isEmpty())
        connect(action, &QAction::triggered, this, [this, tag] { switchTo(tag); });
    else
        connect(action, &QAction::triggered, this, [this, path] { loadPack(path); });
    return action;
}

void LanguageSwitcher::populateMenu(QMenu *menu) {
    m_menu = menu;
    menu->setToolTipsVisible(true); // the review status of each translation
    m_group = new QActionGroup(menu);
    m_group->setExclusive(true);
    for (const AvailableLanguage &language : m_catalog.languages()) {
        addLanguageAction(language.nativeName,
                          language.isBase ? QString() : canonical(language.path),
                          language.languageTag, language.clinicallyReviewed, nullptr);
    }
    // Packs opened from a file or folder go here, after the installed languages.
    m_openedAnchor = menu->addSeparator();
    m_openedAnchor->setVisible(false);
    // A pack that was refused (broken, or changed since it was signed) is not a language to
    // choose, but the reader can see why it is missing.
    for (const UnusableLanguagePack &pack : m_catalog.unusable()) {
        QAction *action =
            menu->addAction(tr("%1 cannot be used: why?").arg(QFileInfo(pack.path).fileName()));
        action->setObjectName(QStringLiteral("unusablePack"));
        connect(action, &QAction::triggered, this,
                [this, problems = pack.problems] { emit problemsChanged(problems); });
    }
    if (!m_currentPath.isEmpty())
        listOpenedPack(m_currentPath, currentPack().manifest());
    updateMenuChecks();
}

void LanguageSwitcher::listOpenedPack(const QString &path, const Manifest &m) {
    if (!m_group)
        return;
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == path)
            return; // installed, or opened before
    }
    // The file's name tells it from an installed pack of the same language; isolated, so that
    // it keeps its order beside a right-to-left name.
    QAction *action = addLanguageAction(
        tr("%1 (%2)").arg(LanguagePackCatalog::nativeName(m.language),
                          QChar(0x2068) + QFileInfo(path).fileName() + QChar(0x2069)),
        path, m.language, m.trust.review() != nullptr, m_openedAnchor);
    action->setObjectName(QStringLiteral("openedLanguagePack"));
    action->setStatusTip(QDir::toNativeSeparators(path));
}

void LanguageSwitcher::updateMenuChecks() {
    if (!m_group)
        return;
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_currentPath);
}

PackProblems LanguageSwitcher::switchTo(const QString &languageTag) {
    if (languageTag == m_base.manifest().language) {
        m_watcher.watch(QString());
        m_problems.clear();
        emit problemsChanged({});
        removeInterfaceTranslation();
        m_currentPath.clear();
        m_settings.setLanguage(languageTag);
        updateMenuChecks();
        m_session.setPack(m_base);
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
    m_problems = result.problems;
    emit problemsChanged(result.problems);
    if (!result.ok()) {
        updateMenuChecks();
        return result.problems;
    }
    const Pack &translated = result.translated->pack;
    const QString language = translated.manifest().language;
    m_currentPath = canonical(path);
    installInterfaceTranslation(result.translated->interfaceTranslation, language);
    m_settings.setLanguage(language);
    listOpenedPack(m_currentPath, translated.manifest());
    updateMenuChecks();
    m_session.setPack(translated);
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
