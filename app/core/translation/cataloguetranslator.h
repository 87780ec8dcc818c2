// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "interfacecatalogue.h"

#include <QTranslator>

namespace pr {

// A QTranslator that answers from a checked InterfaceCatalogue, so that the interface
// translation of a language pack never goes through QTranslator's .qm loader.
class CatalogueTranslator : public QTranslator {
    Q_OBJECT

public:
    explicit CatalogueTranslator(QObject *parent = nullptr)
        : QTranslator(parent) {}

    void setCatalogue(InterfaceCatalogue catalogue) { m_catalogue = std::move(catalogue); }
    const InterfaceCatalogue &catalogue() const { return m_catalogue; }

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override {
        return m_catalogue.translate(context, sourceText, disambiguation, n);
    }
    bool isEmpty() const override { return m_catalogue.isEmpty(); }

private:
    InterfaceCatalogue m_catalogue;
};

} // namespace pr
