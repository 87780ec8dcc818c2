// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "watchdogpinger.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace pr {
namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemError(const char *what) {
    return QString::fromLatin1(what) + QStringLiteral(": ") +
           QString::fromLocal8Bit(strerror(errno));
}

} // namespace

WatchdogPinger::WatchdogPinger(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_socketPath(environment.value(QStringLiteral("NOTIFY_SOCKET"))) {
    bool ok = false;
    const qint64 usec = environment.value(QStringLiteral("WATCHDOG_USEC")).toLongLong(&ok);
    const QString pid = environment.value(QStringLiteral("WATCHDOG_PID"));
    // As sd_watchdog_enabled(3): the watchdog belongs to the process systemd named, if it did.
    const bool forThisProcess =
        pid.isEmpty() || pid.toLongLong() == QCoreApplication::applicationPid();
    if (ok && usec > 0 && forThisProcess && isAvailable())
        m_interval = std::chrono::milliseconds(std::max<qint64>(usec / 2000, 1));
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &WatchdogPinger::ping);
}

bool WatchdogPinger::notify(const QByteArray &state) {
    if (!isAvailable())
        return true;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QByteArray path = m_socketPath.toLocal8Bit();
    // "@name" is a socket in the abstract namespace: its name starts with a NUL byte.
    if (path.startsWith('@'))
        path[0] = '\0';
    if (path.size() >= qsizetype(sizeof(address.sun_path))) {
        m_errorString = QStringLiteral("NOTIFY_SOCKET is too long: ") + m_socketPath;
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const auto addressLength = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));

    const FileDescriptor fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (fd.get() < 0) {
        m_errorString = systemError("socket");
        return false;
    }
    const ssize_t sent = ::sendto(fd.get(), state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), addressLength);
    if (sent != ssize_t(state.size())) {
        m_errorString = systemError("sendto");
        return false;
    }
    return true;
}

void WatchdogPinger::start() {
    notify(QByteArrayLiteral("READY=1"));
    if (isWatchdogEnabled())
        m_timer.start();
}

void WatchdogPinger::stop() {
    m_timer.stop();
    notify(QByteArrayLiteral("STOPPING=1"));
}

void WatchdogPinger::ping() {
    notify(QByteArrayLiteral("WATCHDOG=1"));
}

} // namespace pr
