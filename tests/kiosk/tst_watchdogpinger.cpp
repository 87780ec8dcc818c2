// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/watchdogpinger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace pr;

namespace {

// Plays systemd's part: a unix datagram socket that collects what the app sends.
class NotifySocket {
public:
    explicit NotifySocket(const QString &path)
        : m_path(path) {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = path.toLocal8Bit();
        std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
        m_bound = m_fd >= 0 &&
                  ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~NotifySocket() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    bool isBound() const { return m_bound; }

    // The next datagram, or an empty one when none comes within timeoutMs.
    QByteArray receive(int timeoutMs = 2000) const {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) != 1)
            return {};
        char buffer[256];
        const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
        return n > 0 ? QByteArray(buffer, n) : QByteArray();
    }

    // The next datagram, running the event loop (and so the pinger's timer) while waiting.
    QByteArray receiveWhileRunning(int timeoutMs = 5000) const {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            if (QByteArray datagram = receive(10); !datagram.isEmpty())
                return datagram;
        }
        return {};
    }

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
};

QProcessEnvironment environment(const QString &socket, const QString &watchdogUsec = {},
                                const QString &watchdogPid = {}) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("NOTIFY_SOCKET"), socket);
    if (!watchdogUsec.isEmpty())
        env.insert(QStringLiteral("WATCHDOG_USEC"), watchdogUsec);
    if (!watchdogPid.isEmpty())
        env.insert(QStringLiteral("WATCHDOG_PID"), watchdogPid);
    return env;
}

} // namespace

class TestWatchdogPinger : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString socketPath() const { return m_dir.filePath(QStringLiteral("notify")); }

private slots:
    void init() { QFile::remove(socketPath()); }

    void saysReadyToTheNotifySocket() {
        NotifySocket systemd(socketPath());
        QVERIFY(systemd.isBound());
        WatchdogPinger pinger(environment(socketPath()));
        QVERIFY(pinger.isAvailable());
        QVERIFY(!pinger.isWatchdogEnabled());
        pinger.start();
        QCOMPARE(systemd.receive(), QByteArray("READY=1"));
    }

    void pingsAtHalfTheWatchdogInterval() {
        NotifySocket systemd(socketPath());
        QVERIFY(systemd.isBound());
        WatchdogPinger pinger(environment(socketPath(), QStringLiteral("200000")));
        QVERIFY(pinger.isWatchdogEnabled());
        QCOMPARE(pinger.pingInterval(), std::chrono::milliseconds(100));
        pinger.start();
        QCOMPARE(systemd.receive(), QByteArray("READY=1"));
        QCOMPARE(systemd.receiveWhileRunning(), QByteArray("WATCHDOG=1"));
        QCOMPARE(systemd.receiveWhileRunning(), QByteArray("WATCHDOG=1"));
        pinger.stop();
        // Pings sent before the stop may still be queued; the stop comes after them, and no
        // ping after it.
        QByteArray last;
        while ((last = systemd.receive(100)) == "WATCHDOG=1") {
        }
        QCOMPARE(last, QByteArray("STOPPING=1"));
        QCOMPARE(systemd.receiveWhileRunning(500), QByteArray());
    }

    void leavesTheWatchdogToTheProcessSystemdNamed() {
        WatchdogPinger other(environment(socketPath(), QStringLiteral("200000"),
                                         QString::number(QCoreApplication::applicationPid() + 1)));
        QVERIFY(!other.isWatchdogEnabled());
        WatchdogPinger self(environment(socketPath(), QStringLiteral("200000"),
                                        QString::number(QCoreApplication::applicationPid())));
        QVERIFY(self.isWatchdogEnabled());
    }

    void reachesASocketInTheAbstractNamespace() {
        const QByteArray name =
            "pr-test-notify-" + QByteArray::number(QCoreApplication::applicationPid());
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path + 1, name.constData(), size_t(name.size()));
        const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + size_t(name.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), length), 0);

        WatchdogPinger pinger(environment(QLatin1Char('@') + QString::fromLatin1(name)));
        QVERIFY2(pinger.notify("STATUS=Showing the home screen"), qPrintable(pinger.errorString()));
        char buffer[64] = {};
        pollfd p{fd, POLLIN, 0};
        QCOMPARE(::poll(&p, 1, 2000), 1);
        const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
        ::close(fd);
        QCOMPARE(QByteArray(buffer, int(n)), QByteArray("STATUS=Showing the home screen"));
    }

    void reportsASocketThatIsNotThere() {
        WatchdogPinger pinger(environment(m_dir.filePath(QStringLiteral("nobody-listens"))));
        QVERIFY(!pinger.notify("READY=1"));
        QVERIFY(pinger.errorString().startsWith(QStringLiteral("sendto")));
    }

    void outsideSystemdItDoesNothing() {
        WatchdogPinger pinger{QProcessEnvironment()};
        QVERIFY(!pinger.isAvailable());
        QVERIFY(!pinger.isWatchdogEnabled());
        QVERIFY(pinger.notify("READY=1"));
        pinger.start();
        pinger.stop();
    }
};

QTEST_GUILESS_MAIN(TestWatchdogPinger)
#include "tst_watchdogpinger.moc"
