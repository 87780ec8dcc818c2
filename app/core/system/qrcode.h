// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pr {

// A QR code (ISO/IEC 18004) of a short text such as a web address, made by libqrencode, so that
// a kiosk visitor can take a page's source home on a phone. A value: either valid with its
// square of modules, or invalid with an error message.
class QrCode {
    Q_DECLARE_TR_FUNCTIONS(pr::QrCode)

public:
    // Larger codes need a bigger screen and a steadier hand than a waiting room offers.
    static constexpr int maximumInputBytes = 1024;

    // Error correction level M (about 15% of the code may be damaged or hidden).
    static QrCode encode(const QString &text);

    bool isValid() const { return m_errorString.isEmpty(); }
    const QString &errorString() const { return m_errorString; }
    // 1 to 40; each version is 4 modules wider than the one before.
    int version() const { return m_version; }
    // Modules per side: 17 + 4 * version. 0 when invalid.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;
    int darkModuleCount() const;

private:
    QString m_errorString;
    int m_version = 0;
    int m_size = 0;
    QByteArray m_modules; // row by row, 1 = dark
};

// Draws a QR code as a standalone SVG document that scales to any size: a white square with the
// quiet zone around the code (4 modules, as the standard asks) and one black path. title is the
// accessible name ("Scan to open the source on your phone").
QString qrCodeSvg(const QrCode &code, const QString &title, int quietZone = 4);

} // namespace pr
