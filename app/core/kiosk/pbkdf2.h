// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>

namespace pr {

// PBKDF2 with HMAC-SHA256 (RFC 8018, section 5.2), built on QtCore alone so that the core does
// not need QtNetwork's QPasswordDigestor. Returns keyLength bytes; empty when an argument is
// out of range (no iterations, no key length).
QByteArray pbkdf2HmacSha256(const QByteArray &password, const QByteArray &salt, int iterations,
                            int keyLength);

// Compares without stopping at the first difference, so that the time taken does not tell how
// much of a guess was right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace pr
