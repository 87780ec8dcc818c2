// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "chromiumflags.h"

#include <QDir>

namespace pr {
namespace {

// Never --single-process or --no-sandbox / --no-zygote: they would give up the renderer's
// sandbox.
const QByteArrayList &readerSwitches() {
    static const QByteArrayList switches = {
        // The zygote for unsandboxed helpers: Qt runs the GPU and network services in the
        // browser process, so it only ever idles (one process, ~10-15 MiB PSS).
        QByteArrayLiteral("--no-unsandboxed-zygote"),
        // reader: pages have no host, so Chromium starts a new renderer process for nearly
        // every answer opened (73 helper processes for 8 kiosk visitors in the soak benchmark,
        // a process start per page). With a limit of one it reuses the one renderer (2 helper
        // processes for the same 8 visitors, pages open in a third of the time). The renderer
        // stays sandboxed; a page in another profile (the translator preview's source) still
        // gets its own.
        QByteArrayLiteral("--renderer-process-limit=1"),
        // Measured and left out (tests/benchmarks/startup_benchmark, no change in PSS or time
        // to text): --enable-low-end-device-mode, --js-flags=--jitless.
    };
    return switches;
}

QByteArray switchName(const QByteArray &flag) {
    const qsizetype eq = flag.indexOf('=');
    return eq < 0 ? flag : flag.left(eq);
}

} // namespace

QByteArray chromiumFlags(const QByteArray &fromEnvironment) {
    QByteArrayList flags = fromEnvironment.simplified().split(' ');
    flags.removeAll(QByteArray());
    QByteArrayList named;
    for (const QByteArray &flag : std::as_const(flags))
        named.append(switchName(flag));
    for (const QByteArray &flag : readerSwitches())
        if (!named.contains(switchName(flag)))
            flags.append(flag);
    return flags.join(' ');
}

bool glIsSoftware() {
    if (qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 1)
        return true;
    return QDir(QStringLiteral("/dev/dri"))
        .entryList({QStringLiteral("renderD*")}, QDir::System)
        .isEmpty();
}

void applyChromiumFlags() {
    if (qEnvironmentVariableIntValue("PATIENT_READER_STOCK_WEBENGINE") == 1)
        return;
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", chromiumFlags(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
    // With software GL, OpenGL compositing costs Mesa's llvmpipe (libLLVM's relocated pages
    // alone are ~16 MiB, ~60 MiB once it draws) and shader compiles at start; Chromium's software
    // compositor draws the same page, and Qt Quick's software renderer shows it. Without a GL
    // integration Qt does not even create the shared GL context that loads Mesa.
    if (!glIsSoftware())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") &&
        qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    if (qEnvironmentVariable("QT_QUICK_BACKEND") == QLatin1String("software") &&
        qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
}

} // namespace pr
