// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packfolderwatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace pr {

PackFolderWatcher::PackFolderWatcher(QObject *parent)
    : QObject(parent) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, [this] {
        // Editors often replace a file rather than write it: watch the new one.
        rewatch();
        emit changed(m_folder);
    });
}

void PackFolderWatcher::watch(const QString &folder) {
    m_folder = folder;
    rewatch();
}

void PackFolderWatcher::rewatch() {
    const QStringList old = m_watcher.files() + m_watcher.directories();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return;
    QStringList paths{m_folder};
    QDirIterator it(m_folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && paths.size() < 5000)
        paths.append(it.next());
    m_watcher.addPaths(paths);
}

} // namespace pr
