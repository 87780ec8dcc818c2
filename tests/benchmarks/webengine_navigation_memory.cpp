// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// Does a bare QWebEngineView keep memory for every page it opens? The kiosk soak's heap grows
// about 4 KB for each answer opened, inside Qt WebEngine. This program has none of the reader:
// one view in an off-the-record profile opens two small pages in turn, LOADS times, and prints
// what malloc holds in use every 100 loads, so a growth per navigation shows without the app.
// Usage: QT_QPA_PLATFORM=offscreen webengine_navigation_memory [MODE] [LOADS=1000]
//   scheme:  pages served by a QWebEngineUrlSchemeHandler (as the reader serves its answers)
//   html:    pages given with setHtml() (data: URLs), no handler
//   page:    as scheme, with a new page (same profile) every 250 loads
//   profile: as scheme, with a new profile, handler and page every 250 loads
#include <QApplication>
#include <QBuffer>
#include <QEventLoop>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>
#include <cstdio>
#include <malloc.h>
#include <memory>

namespace {

QByteArray pageHtml(int n) {
    QByteArray body;
    for (int i = 0; i < 20; ++i)
        body += "<p>Paragraph " + QByteArray::number(i) + " of page " + QByteArray::number(n) +
                ": plain text, as an answer has.</p>";
    return "<!doctype html><html lang=\"en\"><head><title>Page</title></head><body><h1>Page " +
           QByteArray::number(n) + "</h1>" + body + "</body></html>";
}

class PageHandler : public QWebEngineUrlSchemeHandler {
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void requestStarted(QWebEngineUrlRequestJob *job) override {
        auto *buffer = new QBuffer(job);
        buffer->setData(pageHtml(job->requestUrl().path().endsWith(QLatin1Char('a')) ? 1 : 2));
        buffer->open(QIODevice::ReadOnly);
        job->reply(QByteArrayLiteral("text/html"), buffer);
    }
};

} // namespace

int main(int argc, char *argv[]) {
    QWebEngineUrlScheme scheme(QByteArrayLiteral("bench"));
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
    QApplication app(argc, argv);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArrayLiteral("scheme");
    const bool viaScheme = mode != "html";
    const int loads = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;

    QWebEngineView view;
    view.resize(800, 600);
    view.show();
    std::unique_ptr<QWebEngineProfile> profile;
    std::unique_ptr<PageHandler> handler;
    std::unique_ptr<QWebEnginePage> page;
    const auto renew = [&](bool newProfile) {
        view.setPage(nullptr);
        page.reset();
        if (newProfile) {
            profile = std::make_unique<QWebEngineProfile>(); // off the record, as the reader's
            handler = std::make_unique<PageHandler>();
            profile->installUrlSchemeHandler(QByteArrayLiteral("bench"), handler.get());
        }
        page = std::make_unique<QWebEnginePage>(profile.get());
        view.setPage(page.get());
    };
    renew(true);

    std::printf("mode %s\nloads  malloc-in-use(kB)\n", mode.constData());
    for (int i = 1; i <= loads; ++i) {
        QEventLoop loop;
        QObject::connect(page.get(), &QWebEnginePage::loadFinished, &loop, &QEventLoop::quit);
        if (viaScheme)
            page->load(QUrl(i % 2 ? QStringLiteral("bench:/a") : QStringLiteral("bench:/b")));
        else
            page->setHtml(QString::fromUtf8(pageHtml(i % 2 ? 1 : 2)));
        loop.exec();
        if (i % 50 == 0)
            page->history()->clear(); // as the kiosk's reset does
        if (i % 250 == 0 && (mode == "page" || mode == "profile"))
            renew(mode == "profile");
        if (i % 100 == 0) {
            const struct mallinfo2 m = mallinfo2();
            std::printf("%5d  %zu\n", i, m.uordblks / 1024);
            std::fflush(stdout);
        }
    }
    view.setPage(nullptr);
    page.reset();
    return 0;
}
