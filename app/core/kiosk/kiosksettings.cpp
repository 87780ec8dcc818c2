// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosksettings.h"

#include "kiosksettingskeys.h"
#include "pinhash.h"
#include "system/inifile.h"
#include "system/regularfile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <optional>

namespace pr {
namespace {

// Reads one value at a time, noting what was wrong with it.
class CheckedReader {
    Q_DECLARE_TR_FUNCTIONS(pr::KioskSettings)

public:
    CheckedReader(const IniFile &settings, QStringList &problems)
        : m_settings(settings)
        , m_problems(problems) {}

    bool boolean(const QString &key, bool fallback) {
        if (!m_settings.contains(key))
            return fallback;
        const QString text = m_settings.text(key).trimmed().toLower();
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"),
                                        QStringLiteral("on"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"),
                                       QStringLiteral("off"), QStringLiteral("0")};
        if (yes.contains(text))
            return true;
        if (no.contains(text))
            return false;
        m_problems.append(
            tr("%1: \"%2\" is not true or false; using %3.")
                .arg(key, text, fallback ? QStringLiteral("true") : QStringLiteral("false")));
        return fallback;
    }

    int number(const QString &key, int fallback, int minimum, int maximum) {
        if (!m_settings.contains(key))
            return fallback;
        const QString text = m_settings.text(key).trimmed();
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok) {
            m_problems.append(
                tr("%1: \"%2\" is not a whole number; using %3.").arg(key, text).arg(fallback));
            return fallback;
        }
        if (value < minimum) {
            m_problems.append(tr("%1: %2 is below the minimum of %3; using %3.")
                                  .arg(key)
                                  .arg(value)
                                  .arg(minimum));
            return minimum;
        }
        if (value > maximum) {
            m_problems.append(tr("%1: %2 is above the maximum of %3; using %3.")
                                  .arg(key)
                                  .arg(value)
                                  .arg(maximum));
            return maximum;
        }
        return value;
    }

    QString text(const QString &key) { return m_settings.text(key).trimmed(); }

    // A list is written as "en, es"; a hand-edited file may have "en,es" or a single code.
    QStringList list(const QString &key) {
        QStringList items;
        for (const QString &part : m_settings.values().value(key).toStringList()) {
            for (const QString &item : part.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!item.trimmed().isEmpty())
                    items.append(item.trimmed());
            }
        }
        return items;
    }

private:
    const IniFile &m_settings;
    QStringList &m_problems;
};

} // namespace

QString KioskSettings::systemFilePath() {
    // The native format on Linux is INI with a .conf name: /etc/xdg/patient-reader/kiosk.conf.
    return QSettings(QSettings::NativeFormat, QSettings::SystemScope,
                     QStringLiteral("patient-reader"), QStringLiteral("kiosk"))
        .fileName();
}

KioskSettings::KioskSettings()
    : KioskSettings(systemFilePath()) {}

KioskSettings::KioskSettings(const QString &filePath)
    : m_filePath(filePath) {
    read();
}

bool KioskSettings::isLanguageCode(const QString &code) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    return pattern.match(code).hasMatch();
}

void KioskSettings::read() {
    const QFileInfo info(m_filePath);
    // Anything there counts, so that a FIFO or a link to a device is reported, not ignored.
    m_fileExists = info.exists() || info.isSymLink();
    if (!m_fileExists)
        return;
    // A regular file of settings size, read as plain text: no serialized value is ever
    // built from it (see IniFile).
    QString why;
    const std::optional<QByteArray> bytes =
        RegularFile::read(m_filePath, IniFile::maxFileBytes, &why);
    if (!bytes) {
        m_problems.append(tr("%1; using the defaults.").arg(why));
        return;
    }
    // A file others can write is a file a visitor may be able to change.
    if (info.permissions() & (QFile::WriteGroup | QFile::WriteOther))
        m_problems.append(tr("%1 can be changed by other users; it should be writable by "
                             "root only (faqpack kiosk-setup sets this).")
                              .arg(m_filePath));

    const IniFile settings = IniFile::parse(*bytes);
    for (const IniFile::Problem &problem : settings.problems())
        m_problems.append(
            tr("%1 line %2: %3").arg(m_filePath).arg(problem.line).arg(problem.message));
    // The PIN's hash is for root and the kiosk's group only (see docs/kiosk.md).
    if (!settings.text(kioskkeys::adminPinHash()).isEmpty() &&
        (info.permissions() & QFile::ReadOther))
        m_problems.append(tr("%1 can be read by every user, and it holds the admin PIN's hash; "
                             "it should be readable by root and the kiosk's group only "
                             "(faqpack kiosk-setup sets this).")
                              .arg(m_filePath));
    CheckedReader reader(settings, m_problems);
    KioskOptions &o = m_options;
    o.enabled = reader.boolean(kioskkeys::enabled(), o.enabled);
    o.idleTimeoutSeconds = reader.number(kioskkeys::idleTimeoutSeconds(), o.idleTimeoutSeconds,
                                         KioskOptions::minimumIdleTimeoutSeconds,
                                         KioskOptions::maximumIdleTimeoutSeconds);
    o.countdownSeconds =
        reader.number(kioskkeys::countdownSeconds(), o.countdownSeconds,
                      KioskOptions::minimumCountdownSeconds, KioskOptions::maximumCountdownSeconds);

    o.pinHash = reader.text(kioskkeys::adminPinHash());
    if (o.pinHash.isEmpty()) {
        m_problems.append(tr("No admin PIN is set up: the kiosk cannot be left from the screen. "
                             "Set one with faqpack kiosk-setup --pin-stdin."));
    } else if (!PinHash::isWellFormed(o.pinHash)) {
        m_problems.append(tr("%1 is not a PIN hash made by faqpack kiosk-setup: no PIN will be "
                             "accepted.")
                              .arg(kioskkeys::adminPinHash()));
    }

    QStringList allowed;
    for (const QString &code : reader.list(kioskkeys::allowedLanguages())) {
        if (!isLanguageCode(code))
            m_problems.append(tr("%1: \"%2\" is not a language code; left out.")
                                  .arg(kioskkeys::allowedLanguages(), code));
        else if (!allowed.contains(code))
            allowed.append(code);
    }
    QString language = reader.text(kioskkeys::language());
    if (!language.isEmpty() && !isLanguageCode(language)) {
        m_problems.append(
            tr("%1: \"%2\" is not a language code.").arg(kioskkeys::language(), language));
        language.clear();
    }
    if (language.isEmpty())
        language = allowed.isEmpty() ? o.language : allowed.constFirst();
    if (!allowed.isEmpty() && !allowed.contains(language)) {
        m_problems.append(tr("%1: \"%2\" is not among the allowed languages; added to them.")
                              .arg(kioskkeys::language(), language));
    }
    if (!allowed.contains(language))
        allowed.prepend(language);
    o.language = language;
    o.allowedLanguages = allowed;

    o.printingAllowed = reader.boolean(kioskkeys::printingAllowed(), o.printingAllowed);
    o.printerName = reader.text(kioskkeys::printerName());
    o.requireSignedContent =
        reader.boolean(kioskkeys::requireSignedContent(), o.requireSignedContent);
    o.readAloudAllowed = reader.boolean(kioskkeys::readAloudAllowed(), o.readAloudAllowed);
    const QString theme = reader.text(kioskkeys::theme());
    if (theme.isEmpty() || KioskOptions::themes().contains(theme))
        o.theme = theme.isEmpty() ? o.theme : theme;
    else
        m_problems.append(tr("%1: \"%2\" is not a theme (system, light, dark, high-contrast); "
                             "the system theme is used.")
                              .arg(kioskkeys::theme(), theme));
    const QString font = reader.text(kioskkeys::readingFont());
    if (font.isEmpty() || KioskOptions::readingFonts().contains(font))
        o.readingFont = font.isEmpty() ? o.readingFont : font;
    else
        m_problems.append(tr("%1: \"%2\" is not a reading font (default, dyslexic, spaced); "
                             "the default font is used.")
                              .arg(kioskkeys::readingFont(), font));

    o.attractText = reader.text(kioskkeys::attractText());
    if (o.attractText.size() > KioskOptions::maximumAttractTextLength) {
        m_problems.append(tr("%1 is longer than %2 characters; cut short.")
                              .arg(kioskkeys::attractText())
                              .arg(KioskOptions::maximumAttractTextLength));
        o.attractText.truncate(KioskOptions::maximumAttractTextLength);
    }
}

} // namespace pr
