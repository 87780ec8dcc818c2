#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace pr {

// The kiosk's on-screen keyboard, Qt Virtual Keyboard: offers only the layouts of the kiosk's
// languages and shows the layout of the language the visitor reads in. Qt Virtual Keyboard keeps
// its settings for the whole process and exposes them only to QML, so this class holds a small
// QML engine to reach them.
class OnScreenKeyboard : public QObject {
    Q_OBJECT

public:
    // True when the application's input method is Qt Virtual Keyboard (QT_IM_MODULE).
    static bool isInputMethod();

    explicit OnScreenKeyboard(QObject *parent = nullptr);
    ~OnScreenKeyboard() override;

    // False when Qt Virtual Keyboard's QML modules are missing; errorString() says which.
    bool isAvailable() const { return m_settings != nullptr; }
    const QString &errorString() const { return m_errorString; }

    // The layouts Qt Virtual Keyboard has, such as "en_US" and "ar_AR".
    QStringList installedLayouts() const;
    // Limits the keyboard to these languages' layouts. Returns the languages that have none.
    QStringList setLanguages(const QStringList &languageTags);
    // Shows this language's layout, if it has one.
    void showLanguage(const QString &languageTag);

    QStringList activeLayouts() const;
    QString currentLayout() const;

private:
    QVariant call(const char *function, const QVariant &argument = {}) const;

    QQmlEngine m_engine;
    QObject *m_settings = nullptr;
    QString m_errorString;
};

} // namespace pr
