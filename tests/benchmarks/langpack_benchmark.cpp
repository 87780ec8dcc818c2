// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// Language pack benchmark: the time from "the reader picks a language" to a pack ready to show
// and search: read the .prpack, validate it, merge it with the English pack, load its
// interface translation, build its search index. Median and worst of 20 runs. Goal: a median
// under 200 ms.
//
//   langpack_benchmark                 the Spanish and Arabic packs the build made
//   langpack_benchmark FILE.prpack...  other packs
#include "content/packreader.h"
#include "search/searchindex.h"
#include "translation/cataloguetranslator.h"
#include "translation/languagepackcatalog.h"
#include "translation/languagepackloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTranslator>
#include <algorithm>

using namespace pr;

namespace {

constexpr int kRuns = 20;

struct Timings {
    QList<double> load;  // read + validate + merge + interface translation
    QList<double> index; // search index
    QList<double> total;
};

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double worst(const QList<double> &values) {
    return *std::max_element(values.cbegin(), values.cend());
}

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

bool measure(const LanguagePackLoader &loader, const QString &path, Timings *timings,
             QTextStream &err) {
    QElapsedTimer timer;
    timer.start();
    const LanguagePackLoadResult result = loader.load(path);
    if (!result.ok()) {
        for (const PackProblem &problem : result.problems)
            err << path << ": " << problem.toString() << '\n';
        return false;
    }
    CatalogueTranslator translator;
    translator.setCatalogue(result.translated->interfaceTranslation);
    const double loaded = msSince(timer);
    const SearchIndex index(result.translated->pack);
    const double total = msSince(timer);
    if (!index.isReady()) {
        err << path << ": search index: " << index.errorString() << '\n';
        return false;
    }
    timings->load.append(loaded);
    timings->index.append(total - loaded);
    timings->total.append(total);
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList packs = app.arguments().mid(1);
    const QString built =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../i18n/packs");
    if (packs.isEmpty())
        packs = {built + QStringLiteral("/ketamine-faq-es.prpack"),
                 built + QStringLiteral("/ketamine-faq-ar.prpack")};

    const PackReadResult english = PackReader().read(PackReader::bundledPackPath());
    if (!english.ok()) {
        err << "the bundled pack does not load\n";
        return 1;
    }
    const LanguagePackLoader loader(*english.pack);
    out << "Switching language: load (read, validate, merge, interface) + search index; " << kRuns
        << " runs, milliseconds\n";
    for (const QString &path : std::as_const(packs)) {
        Timings timings;
        measure(loader, path, &timings, err); // warm-up: first use of the SQLite and Qt code
        timings = {};
        for (int run = 0; run < kRuns; ++run) {
            if (!measure(loader, path, &timings, err))
                return 1;
        }
        out << QFileInfo(path).fileName() << ": median "
            << QString::number(median(timings.total), 'f', 1) << " (load "
            << QString::number(median(timings.load), 'f', 1) << " + index "
            << QString::number(median(timings.index), 'f', 1) << "), worst "
            << QString::number(worst(timings.total), 'f', 1) << '\n';
    }

    // At start-up the catalog loads every pack in the pack folders once.
    QList<double> scans;
    const QStringList folders = {QFileInfo(packs.constFirst()).absolutePath()};
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const LanguagePackCatalog catalog = LanguagePackCatalog::scan(*english.pack, folders);
        scans.append(msSince(timer));
        if (run == 0)
            out << "Catalog of " << folders.constFirst() << ": " << catalog.languages().size()
                << " languages, " << catalog.unusable().size() << " unusable\n";
    }
    out << "Catalog scan: median " << QString::number(median(scans), 'f', 1) << ", worst "
        << QString::number(worst(scans), 'f', 1) << '\n';
    return 0;
}
