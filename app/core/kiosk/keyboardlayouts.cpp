// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/keyboardlayouts.h"

#include "system/jsonparsemessage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr {

namespace {

// A key types a letter or a short cluster such as Arabic "لا", never a whole word.
constexpr int maximumKeyLength = 4;

QString problemInLayout(const QString &id, const QJsonValue &value, KeyboardLayout &layout) {
    const QJsonObject object = value.toObject();
    layout.id = id;
    layout.name = object.value(QLatin1String("name")).toString(id);
    const QString direction = object.value(QLatin1String("direction")).toString();
    if (direction == QLatin1String("rtl"))
        layout.direction = Qt::RightToLeft;
    else if (!direction.isEmpty() && direction != QLatin1String("ltr"))
        return KeyboardLayouts::tr("layout \"%1\": direction must be \"ltr\" or \"rtl\"").arg(id);
    const QJsonArray rows = object.value(QLatin1String("rows")).toArray();
    if (rows.isEmpty())
        return KeyboardLayouts::tr("layout \"%1\" has no rows of keys").arg(id);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!rows.at(r).isArray() || rows.at(r).toArray().isEmpty())
            return KeyboardLayouts::tr("layout \"%1\", row %2: not a list of keys")
                .arg(id)
                .arg(r + 1);
        QStringList keys;
        for (const QJsonValue &key : rows.at(r).toArray()) {
            const QString text = key.toString();
            if (text.isEmpty() || text.size() > maximumKeyLength)
                return KeyboardLayouts::tr("layout \"%1\", row %2: each key must be 1 to %3 "
                                           "characters of text")
                    .arg(id)
                    .arg(r + 1)
                    .arg(maximumKeyLength);
            keys.append(text);
        }
        layout.rows.append(keys);
    }
    return {};
}

} // namespace

QString KeyboardLayouts::bundledPath() {
    return QStringLiteral(":/keyboards/layouts.json");
}

KeyboardLayouts KeyboardLayouts::load(const QString &path) {
    KeyboardLayouts result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.m_errorString = tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return result;
    }
    QJsonParseError error{};
    const QByteArray json = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.m_errorString =
            tr("%1 is not valid JSON: %2").arg(path, JsonParseMessage::describe(error, json));
        return result;
    }
    const QJsonObject layouts = document.object().value(QLatin1String("layouts")).toObject();
    if (layouts.isEmpty()) {
        result.m_errorString = tr("%1: no \"layouts\" object").arg(path);
        return result;
    }
    for (auto it = layouts.begin(); it != layouts.end(); ++it) {
        KeyboardLayout layout;
        if (const QString problem = problemInLayout(it.key(), it.value(), layout);
            !problem.isEmpty()) {
            result.m_errorString = path + QStringLiteral(": ") + problem;
            result.m_layouts.clear();
            return result;
        }
        result.m_layouts.insert(it.key(), layout);
    }
    return result;
}

KeyboardLayout KeyboardLayouts::layoutFor(const QString &languageTag) const {
    QString tag = languageTag.trimmed();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (tag.isEmpty() || tag == QLatin1String("digits"))
        return {};
    if (const auto exact = m_layouts.constFind(tag); exact != m_layouts.cend())
        return *exact;
    return m_layouts.value(tag.section(QLatin1Char('-'), 0, 0));
}

QStringList KeyboardLayouts::languagesWithoutLayout(const QStringList &languageTags) const {
    QStringList missing;
    for (const QString &tag : languageTags) {
        if (!layoutFor(tag).isValid())
            missing.append(tag);
    }
    return missing;
}

} // namespace pr
