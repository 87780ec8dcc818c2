// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>

class QWebEngineProfile;

namespace pr {

class PageServer;
class RemoteRequestBlocker;
class SchemeHandler;

// The locked-down browser profile every answer page runs in: off the record (nothing written to
// disk), JavaScript off, no plugins, no downloads, no local or remote access, only reader: URLs.
class ReaderProfile : public QObject {
    Q_OBJECT

public:
    ReaderProfile(const PageServer &server, QObject *parent = nullptr);

    QWebEngineProfile *profile() const { return m_profile; }
    RemoteRequestBlocker *blocker() const { return m_blocker; }

private:
    QWebEngineProfile *m_profile;
    SchemeHandler *m_handler;
    RemoteRequestBlocker *m_blocker;
};

} // namespace pr
