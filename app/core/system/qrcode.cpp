// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "qrcode.h"

#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace pr {

QrCode QrCode::encode(const QString &text) {
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) {
        code.m_errorString = tr("There is no address to put in a QR code.");
        return code;
    }
    if (utf8.contains('\0')) {
        code.m_errorString = tr("The address contains a NUL character.");
        return code;
    }
    if (utf8.size() > maximumInputBytes) {
        code.m_errorString = tr("The address is too long for a QR code: %1 bytes, at most %2.")
                                 .arg(utf8.size())
                                 .arg(maximumInputBytes);
        return code;
    }
    errno = 0;
    // QR_MODE_8 with case sensitivity: the library still packs runs of digits and capitals
    // into their compact modes, and everything else is kept byte for byte (UTF-8).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!encoded) {
        code.m_errorString = errno == ERANGE
                                 ? tr("The address is too long for a QR code.")
                                 : tr("The QR code could not be made (error %1).").arg(errno);
        return code;
    }
    code.m_version = encoded->version;
    code.m_size = encoded->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(encoded->data[i] & 1);
    return code;
}

bool QrCode::isDark(int x, int y) const {
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

int QrCode::darkModuleCount() const {
    return int(m_modules.count(char(1)));
}

QString qrCodeSvg(const QrCode &code, const QString &title, int quietZone) {
    if (!code.isValid())
        return {};
    quietZone = std::max(quietZone, 0);
    const int side = code.size() + 2 * quietZone;
    const QString n = QString::number(side);
    const QString name = title.toHtmlEscaped();
    QString path;
    // One horizontal run of dark modules per subpath keeps the document small.
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size();) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (code.isDark(x + run, y))
                ++run;
            path +=
                QStringLiteral("M%1,%2h%3v1h-%3z").arg(x + quietZone).arg(y + quietZone).arg(run);
            x += run;
        }
    }
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                          "viewBox=\"0 0 ") +
           n + QLatin1Char(' ') + n +
           QStringLiteral("\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"") + name +
           QStringLiteral("\"><title>") + name + QStringLiteral("</title><rect width=\"") + n +
           QStringLiteral("\" height=\"") + n +
           QStringLiteral("\" fill=\"#fff\"/><path fill=\"#000\" d=\"") + path +
           QStringLiteral("\"/></svg>\n");
}

} // namespace pr
