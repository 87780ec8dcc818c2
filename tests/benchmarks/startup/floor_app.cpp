// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// The floor for the startup benchmark: the least a Qt WebEngine application does to show one
// static page. A bare QWebEngineView, default profile, default settings, no flags.
// Usage: floor_app PAGE.html (the window is 1200x760; -geometry also works)
#include <QApplication>
#include <QFileInfo>
#include <QUrl>
#include <QWebEngineView>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QWebEngineView view;
    view.resize(1200, 760);
    const QString page = QString::fromLocal8Bit(argc > 1 ? argv[1] : "floor-page.html");
    view.load(QUrl::fromLocalFile(QFileInfo(page).absoluteFilePath()));
    view.show();
    return app.exec();
}
