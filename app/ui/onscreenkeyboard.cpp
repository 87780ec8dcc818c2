// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "onscreenkeyboard.h"

#include "system/logging.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace pr {

namespace {

// Columns per key: letters take 2, so wide keys and half-key offsets need no other unit.
constexpr int letterSpan = 2;

bool wantsText(const QWidget *widget) {
    return qobject_cast<const QLineEdit *>(widget) && widget->isEnabled() &&
           !static_cast<const QLineEdit *>(widget)->isReadOnly();
}

bool wantsDigits(const QWidget *widget) {
    return widget->inputMethodHints().testFlag(Qt::ImhDigitsOnly);
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(KeyboardLayouts layouts, QWidget *window)
    : QWidget(window)
    , m_layouts(std::move(layouts))
    , m_grid(new QGridLayout(this)) {
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setAccessibleName(tr("On-screen keyboard"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Mid);
    // A style sheet, not setFont(): the kiosk window's style sheet would override the font.
    setStyleSheet(QStringLiteral("QPushButton { font-size: %1pt; }")
                      .arg(QApplication::font().pointSizeF() * 1.6, 0, 'f', 1));
    m_grid->setSpacing(6);
    m_grid->setContentsMargins(8, 8, 8, 8);
    if (!m_layouts.isValid())
        qCWarning(lcKiosk, "kiosk keyboard: %s", qPrintable(m_layouts.errorString()));
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { followFocus(now); });
    window->installEventFilter(this);
    qApp->installEventFilter(this); // a tap on a field that already has the focus
    hide();
}

QStringList OnScreenKeyboard::setLanguages(const QStringList &languageTags) {
    m_offered.clear();
    for (const QString &tag : languageTags) {
        const KeyboardLayout layout = m_layouts.layoutFor(tag);
        const bool known = std::any_of(m_offered.cbegin(), m_offered.cend(),
                                       [&](const KeyboardLayout &l) { return l.id == layout.id; });
        if (layout.isValid() && !known)
            m_offered.append(layout);
    }
    m_language = 0;
    if (!m_offered.isEmpty())
        rebuild(m_offered.first());
    return m_layouts.languagesWithoutLayout(languageTags);
}

void OnScreenKeyboard::showLanguage(const QString &languageTag) {
    const QString id = m_layouts.layoutFor(languageTag).id;
    for (int i = 0; i < m_offered.size(); ++i) {
        if (m_offered.at(i).id == id) {
            m_language = i;
            if (m_shown.id != QLatin1String("digits") || !m_target || !wantsDigits(m_target))
                rebuild(m_offered.at(i));
            return;
        }
    }
}

QStringList OnScreenKeyboard::offeredLayouts() const {
    QStringList ids;
    for (const KeyboardLayout &layout : m_offered)
        ids.append(layout.id);
    return ids;
}

QPushButton *OnScreenKeyboard::key(const QString &textOrName) const {
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (m_grid->indexOf(button) < 0)
            continue; // a key of the layout shown before, about to be deleted
        if (button->property("types").toString() == textOrName ||
            button->objectName() == textOrName)
            return button;
    }
    return nullptr;
}

void OnScreenKeyboard::followFocus(QWidget *now) {
    if (!now || now->window() != parentWidget()->window())
        return; // focus left the window for a moment: keep things as they are
    if (isAncestorOf(now))
        return;
    if (wantsText(now))
        showFor(now);
    else
        hide();
}

void OnScreenKeyboard::showFor(QWidget *target) {
    m_target = target;
    if (wantsDigits(target))
        rebuild(m_layouts.digits());
    else if (m_shown.id == QLatin1String("digits") && !m_offered.isEmpty())
        rebuild(m_offered.at(m_language));
    if (!m_shown.isValid())
        return;
    placeAtBottom();
    show();
    raise();
}

void OnScreenKeyboard::rebuild(const KeyboardLayout &layout) {
    m_shown = layout;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        // Later: the key being tapped (the globe, say) may be the one that asked for this.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    setLayoutDirection(layout.direction);
    int widest = 0;
    for (const QStringList &row : layout.rows)
        widest = std::max(widest, int(row.size()));
    const int columns = std::max(widest * letterSpan, 10);
    for (int r = 0; r < layout.rows.size(); ++r) {
        const QStringList &row = layout.rows.at(r);
        // Shorter rows are centred, as on a real keyboard.
        int column = (columns - int(row.size()) * letterSpan) / 2;
        for (const QString &text : row) {
            addKey(text, QString(), r, column, letterSpan);
            column += letterSpan;
        }
    }
    const int last = int(layout.rows.size());
    const bool digits = layout.id == QLatin1String("digits");
    const bool digitsOnly = digits && m_target && wantsDigits(m_target);
    // The PIN pad's delete, enter and hide keys line up under its three columns.
    int column = digitsOnly ? (columns - 3 * letterSpan) / 2 : 0;
    if (!digits && m_offered.size() > 1) {
        const KeyboardLayout &next = m_offered.at((m_language + 1) % m_offered.size());
        addKey(QStringLiteral("⇄ ") + next.name, QStringLiteral("globe"), last, column, 3)
            ->setAccessibleName(tr("Keyboard: %1").arg(next.name));
        column += 3;
    }
    if (!digitsOnly) {
        QPushButton *mode = addKey(digits ? QStringLiteral("abc") : QStringLiteral("123"),
                                   QStringLiteral("mode"), last, column, 2);
        mode->setAccessibleName(digits ? tr("Letters") : tr("Numbers"));
        column += 2;
        const int spaceSpan = std::max(2, columns - column - 6);
        addKey(tr("space"), QStringLiteral("space"), last, column, spaceSpan);
        column += spaceSpan;
    }
    addKey(QStringLiteral("⌫"), QStringLiteral("backspace"), last, column, 2)
        ->setAccessibleName(tr("Delete"));
    addKey(QStringLiteral("⏎"), QStringLiteral("enter"), last, column + 2, 2)
        ->setAccessibleName(tr("Enter"));
    addKey(QStringLiteral("⌨ ⌄"), QStringLiteral("hide"), last, column + 4, 2)
        ->setAccessibleName(tr("Hide the keyboard"));
    if (isVisible())
        placeAtBottom();
}

QPushButton *OnScreenKeyboard::addKey(const QString &label, const QString &name, int row,
                                      int column, int span) {
    auto *button = new QPushButton(label, this);
    button->setFocusPolicy(Qt::NoFocus); // the text field keeps the focus
    button->setAutoRepeat(name == QLatin1String("backspace"));
    button->setMinimumSize(48, 56);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    if (name.isEmpty()) {
        button->setProperty("types", label);
        button->setAccessibleName(label);
        connect(button, &QPushButton::clicked, this, [this, label] { typeText(label); });
    } else {
        button->setObjectName(name);
        if (name == QLatin1String("space"))
            connect(button, &QPushButton::clicked, this, [this] { typeText(QStringLiteral(" ")); });
        else if (name == QLatin1String("backspace"))
            connect(button, &QPushButton::clicked, this, [this] { pressKey(Qt::Key_Backspace); });
        else if (name == QLatin1String("enter"))
            connect(button, &QPushButton::clicked, this, [this] { pressKey(Qt::Key_Return); });
        else if (name == QLatin1String("hide"))
            connect(button, &QPushButton::clicked, this, &QWidget::hide);
        else if (name == QLatin1String("globe"))
            connect(button, &QPushButton::clicked, this, &OnScreenKeyboard::nextLanguage);
        else if (name == QLatin1String("mode"))
            connect(button, &QPushButton::clicked, this, &OnScreenKeyboard::toggleDigits);
    }
    m_grid->addWidget(button, row, column, 1, span);
    return button;
}

void OnScreenKeyboard::typeText(const QString &text) {
    if (!m_target)
        return;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(m_target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(m_target, &release);
}

void OnScreenKeyboard::pressKey(int key) {
    if (!m_target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(m_target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(m_target, &release);
}

void OnScreenKeyboard::nextLanguage() {
    if (m_offered.isEmpty())
        return;
    m_language = (m_language + 1) % int(m_offered.size());
    rebuild(m_offered.at(m_language));
}

void OnScreenKeyboard::toggleDigits() {
    if (m_shown.id == QLatin1String("digits")) {
        if (!m_offered.isEmpty())
            rebuild(m_offered.at(m_language));
    } else {
        rebuild(m_layouts.digits());
    }
}

void OnScreenKeyboard::placeAtBottom() {
    const QRect area = parentWidget()->rect();
    const int rows = int(m_shown.rows.size()) + 1;
    const int keyHeight = std::clamp(area.height() / 14, 56, 96);
    const int height = std::min(rows * (keyHeight + 6) + 16, area.height() / 2);
    // A number pad as wide as a landscape screen is hard to use: keep it phone-sized.
    const bool pad = m_shown.id == QLatin1String("digits");
    const int width = pad ? std::min(area.width(), 12 * keyHeight) : area.width();
    setGeometry(area.center().x() - width / 2, area.bottom() + 1 - height, width, height);
}

bool OnScreenKeyboard::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        placeAtBottom();
    if (event->type() == QEvent::MouseButtonRelease && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (wantsText(widget) && widget->hasFocus() && widget->window() == parentWidget()->window())
            showFor(widget);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pr
