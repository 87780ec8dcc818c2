#include "onscreenkeyboard.h"

#include "kiosk/keyboardlayouts.h"

#include <QDir>
#include <QQmlComponent>
#include <QUrl>

namespace pr {

namespace {

// Qt Virtual Keyboard's public settings API is this QML singleton. Importing the layouts module
// registers the layouts it ships.
const char settingsBridge[] = R"(import QtQml
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Layouts
QtObject {
    function layoutPath() { return VirtualKeyboardSettings.layoutPath.toString() }
    function activeLocales() { return VirtualKeyboardSettings.activeLocales }
    function setActiveLocales(locales) { VirtualKeyboardSettings.activeLocales = locales }
    function locale() { return VirtualKeyboardSettings.locale }
    function setLocale(locale) { VirtualKeyboardSettings.locale = locale }
}
)";

QString folderOf(const QUrl &url) {
    if (url.scheme() == QLatin1String("qrc"))
        return QLatin1Char(':') + url.path();
    return url.toLocalFile();
}

} // namespace

bool OnScreenKeyboard::isInputMethod() {
    return qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard");
}

OnScreenKeyboard::OnScreenKeyboard(QObject *parent)
    : QObject(parent) {
    QQmlComponent component(&m_engine);
    component.setData(settingsBridge, QUrl());
    m_settings = component.create();
    if (!m_settings)
        m_errorString = tr("The on-screen keyboard's settings cannot be reached: %1")
                            .arg(component.errorString().trimmed());
}

OnScreenKeyboard::~OnScreenKeyboard() {
    delete m_settings;
}

QVariant OnScreenKeyboard::call(const char *function, const QVariant &argument) const {
    QVariant result;
    if (!m_settings)
        return result;
    if (argument.isValid())
        QMetaObject::invokeMethod(m_settings, function, Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, argument));
    else
        QMetaObject::invokeMethod(m_settings, function, Q_RETURN_ARG(QVariant, result));
    return result;
}

QStringList OnScreenKeyboard::installedLayouts() const {
    const QString folder = folderOf(QUrl(call("layoutPath").toString()));
    if (folder.isEmpty())
        return {};
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QStringList OnScreenKeyboard::setLanguages(const QStringList &languageTags) {
    const KeyboardLayouts layouts(installedLayouts());
    call("setActiveLocales", layouts.layoutsFor(languageTags));
    return layouts.languagesWithoutLayout(languageTags);
}

void OnScreenKeyboard::showLanguage(const QString &languageTag) {
    const QString layout = KeyboardLayouts(installedLayouts()).layoutFor(languageTag);
    if (!layout.isEmpty())
        call("setLocale", layout);
}

QStringList OnScreenKeyboard::activeLayouts() const {
    return call("activeLocales").toStringList();
}

QString OnScreenKeyboard::currentLayout() const {
    return call("locale").toString();
}

} // namespace pr
