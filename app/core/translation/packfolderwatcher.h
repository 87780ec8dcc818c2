// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace pr {

// Watches a pack folder a translator is working in (its files and its answers/ folder) and
// says once when they have settled after a change, so that the app can reload the pack.
class PackFolderWatcher : public QObject {
    Q_OBJECT

public:
    explicit PackFolderWatcher(QObject *parent = nullptr);

    // An empty folder stops watching.
    void watch(const QString &folder);
    QString folder() const { return m_folder; }
    void setSettleTime(int milliseconds) { m_settle.setInterval(milliseconds); }

signals:
    void changed(const QString &folder);

private:
    void rewatch();

    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace pr
