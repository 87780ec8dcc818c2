// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "regularfile.h"

#include <QFile>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pr {
namespace {

using Kind = FileProblem::Kind;

// Closes a descriptor when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd = -1)
        : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    void reset(int fd) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISLNK(mode))
        return QStringLiteral("a symbolic link");
    return QStringLiteral("a special file");
}

QString systemError(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

bool fail(FileProblem *problem, Kind kind, const QString &path, const QString &what) {
    *problem = {kind, path, what};
    return false;
}

// Refuses what is not a regular file before it is opened: opening a device can have effects of
// its own. linkAllowed: a link was asked to be followed (checked again on the opened file).
bool checkBeforeOpen(int dirFd, const QByteArray &name, const QString &shown, bool followLinks,
                     FileProblem *problem) {
    struct stat st {};
    if (::fstatat(dirFd, name.constData(), &st, followLinks ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
        const int code = errno;
        if (code == ENOENT)
            return fail(problem, Kind::Missing, shown, QStringLiteral("does not exist"));
        return fail(problem, Kind::Unreadable, shown,
                    QStringLiteral("cannot be read: ") + systemError(code));
    }
    if (S_ISLNK(st.st_mode))
        return fail(problem, Kind::Link, shown,
                    QStringLiteral("is a symbolic link; links are not followed, so nothing "
                                   "outside is read"));
    if (!S_ISREG(st.st_mode))
        return fail(problem, Kind::NotRegular, shown,
                    QStringLiteral("is %1, not a regular file").arg(kindOf(st.st_mode)));
    return true;
}

// Checks the opened file and reads it whole.
std::optional<QByteArray> readOpened(int fd, const QString &shown, qint64 maxBytes, bool readIt,
                                     FileProblem *problem) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        fail(problem, Kind::Unreadable, shown,
             QStringLiteral("cannot be read: ") + systemError(errno));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        fail(problem, Kind::NotRegular, shown,
             QStringLiteral("is %1, not a regular file").arg(kindOf(st.st_mode)));
        return std::nullopt;
    }
    if (st.st_size > maxBytes) {
        fail(problem, Kind::TooLarge, shown,
             QStringLiteral("is too large (%1 bytes; the limit is %2 bytes)")
                 .arg(qint64(st.st_size))
                 .arg(maxBytes));
        return std::nullopt;
    }
    if (!readIt)
        return QByteArray();
    QByteArray bytes;
    bytes.resize(qsizetype(st.st_size));
    qint64 done = 0;
    for (;;) {
        if (done == bytes.size()) {
            // Read one byte past the size seen, so a file that grew since is still caught.
            if (done > maxBytes)
                break;
            bytes.resize(qsizetype(qMin<qint64>(maxBytes + 1, done + 65536)));
        }
        const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            fail(problem, Kind::Unreadable, shown,
                 QStringLiteral("cannot be read: ") + systemError(errno));
            return std::nullopt;
        }
        if (n == 0)
            break;
        done += n;
    }
    bytes.truncate(qsizetype(done));
    if (done > maxBytes) {
        fail(problem, Kind::TooLarge, shown,
             QStringLiteral("is too large (the limit is %1 bytes)").arg(maxBytes));
        return std::nullopt;
    }
    return bytes;
}

constexpr int kOpenFlags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

// A Qt resource (":/packs/..."): compiled into the program, so it is the program's own.
bool isResource(const QString &path) {
    return path.startsWith(QLatin1String(":/"));
}

std::optional<QByteArray> readResource(const QString &path, const QString &shown, qint64 maxBytes,
                                       bool readIt, FileProblem *problem) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(problem, Kind::Missing, shown, QStringLiteral("does not exist"));
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        fail(problem, Kind::TooLarge, shown,
             QStringLiteral("is too large (%1 bytes; the limit is %2 bytes)")
                 .arg(file.size())
                 .arg(maxBytes));
        return std::nullopt;
    }
    return readIt ? file.readAll() : QByteArray();
}

std::optional<QByteArray> openAndRead(const QString &path, qint64 maxBytes, FileProblem *problem,
                                      RegularFile::Links links, bool readIt) {
    if (isResource(path))
        return readResource(path, path, maxBytes, readIt, problem);
    if (path.isEmpty() || path.contains(QChar(0))) {
        fail(problem, Kind::Missing, QStringLiteral("\"%1\"").arg(path),
             QStringLiteral("is not a file name"));
        return std::nullopt;
    }
    const bool follow = links == RegularFile::Links::Follow;
    const QByteArray native = QFile::encodeName(path);
    if (!checkBeforeOpen(AT_FDCWD, native, path, follow, problem))
        return std::nullopt;
    const Fd fd(::open(native.constData(), kOpenFlags | (follow ? 0 : O_NOFOLLOW)));
    if (fd.get() < 0) {
        const int code = errno;
        if (code == ELOOP)
            fail(problem, Kind::Link, path, QStringLiteral("is a symbolic link"));
        else
            fail(problem, code == ENOENT ? Kind::Missing : Kind::Unreadable, path,
                 QStringLiteral("cannot be opened: ") + systemError(code));
        return std::nullopt;
    }
    return readOpened(fd.get(), path, maxBytes, readIt, problem);
}

std::optional<QByteArray> openInside(const QString &root, const QString &relativePath,
                                     qint64 maxBytes, FileProblem *problem, bool readIt) {
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
            part.contains(QChar(0))) {
            fail(problem, Kind::Missing, relativePath,
                 QStringLiteral("is not a path inside the pack"));
            return std::nullopt;
        }
    }
    if (isResource(root))
        return readResource(root + QLatin1Char('/') + relativePath, relativePath, maxBytes, readIt,
                            problem);
    // The root itself may be reached through a link (a pack folder installed as a link).
    Fd dir(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) {
        fail(problem, Kind::Unreadable, root,
             QStringLiteral("cannot be opened: ") + systemError(errno));
        return std::nullopt;
    }
    QString shown;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        shown += parts.at(i);
        const QByteArray name = QFile::encodeName(parts.at(i));
        struct stat st {};
        if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            fail(problem, Kind::Missing, relativePath,
                 QStringLiteral("is missing (there is no folder %1)").arg(shown));
            return std::nullopt;
        }
        if (S_ISLNK(st.st_mode)) {
            fail(problem, Kind::Link, relativePath,
                 QStringLiteral("is inside %1, which is a symbolic link; only the pack's own "
                                "files are read")
                     .arg(shown));
            return std::nullopt;
        }
        const int next =
            ::openat(dir.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            fail(problem, Kind::Unreadable, relativePath,
                 QStringLiteral("cannot be read: %1: %2").arg(shown, systemError(errno)));
            return std::nullopt;
        }
        dir.reset(next);
        shown += QLatin1Char('/');
    }
    const QByteArray name = QFile::encodeName(parts.constLast());
    if (!checkBeforeOpen(dir.get(), name, relativePath, false, problem))
        return std::nullopt;
    const Fd fd(::openat(dir.get(), name.constData(), kOpenFlags | O_NOFOLLOW));
    if (fd.get() < 0) {
        const int code = errno;
        fail(problem, code == ELOOP ? Kind::Link : Kind::Unreadable, relativePath,
             QStringLiteral("cannot be opened: ") + systemError(code));
        return std::nullopt;
    }
    return readOpened(fd.get(), relativePath, maxBytes, readIt, problem);
}

} // namespace

std::optional<QByteArray> RegularFile::read(const QString &path, qint64 maxBytes,
                                            FileProblem *problem, Links links) {
    return openAndRead(path, maxBytes, problem, links, true);
}

std::optional<QByteArray> RegularFile::read(const QString &path, qint64 maxBytes, QString *error,
                                            Links links) {
    FileProblem problem;
    std::optional<QByteArray> bytes = openAndRead(path, maxBytes, &problem, links, true);
    if (!bytes)
        *error = problem.toString();
    return bytes;
}

bool RegularFile::check(const QString &path, qint64 maxBytes, QString *error, Links links) {
    FileProblem problem;
    const bool ok = openAndRead(path, maxBytes, &problem, links, false).has_value();
    if (!ok)
        *error = problem.toString();
    return ok;
}

std::optional<QByteArray> RegularFile::readInside(const QString &root, const QString &relativePath,
                                                  qint64 maxBytes, FileProblem *problem) {
    return openInside(root, relativePath, maxBytes, problem, true);
}

} // namespace pr
