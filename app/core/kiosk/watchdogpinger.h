// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>
#include <chrono>

namespace pr {

// Talks to systemd's service manager the way sd_notify(3) does, without libsystemd: a datagram
// to the unix socket in $NOTIFY_SOCKET. start() says "READY=1" (for Type=notify) and then
// "WATCHDOG=1" every half $WATCHDOG_USEC (WatchdogSec=). The pings come from a timer on the
// thread that owns this object, the UI thread in the app, so a hung UI stops them and systemd
// restarts the app. Outside systemd (no $NOTIFY_SOCKET) every call does nothing.
class WatchdogPinger : public QObject {
    Q_OBJECT

public:
    explicit WatchdogPinger(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        QObject *parent = nullptr);

    // $NOTIFY_SOCKET is set.
    bool isAvailable() const { return !m_socketPath.isEmpty(); }
    // $WATCHDOG_USEC is set (and $WATCHDOG_PID, if set, is this process).
    bool isWatchdogEnabled() const { return m_interval.count() > 0; }
    std::chrono::milliseconds pingInterval() const { return m_interval; }
    const QString &errorString() const { return m_errorString; }

    // Sends one state line such as "READY=1" or "STATUS=Showing the home screen". Returns false
    // (see errorString()) when it could not be sent; true, doing nothing, outside systemd.
    bool notify(const QByteArray &state);

public slots:
    // READY=1, then pings while the event loop runs.
    void start();
    // STOPPING=1, and no more pings.
    void stop();

private:
    void ping();

    QString m_socketPath;
    std::chrono::milliseconds m_interval{0};
    QTimer m_timer;
    QString m_errorString;
};

} // namespace pr
