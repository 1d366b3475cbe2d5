// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pes {

// How hits are ordered. Relevance ranks by the typed words and falls back to
// the title when nothing is typed.
enum class SearchOrder { Relevance, Title, TitleDescending, Modified };

// What to look for: words typed by a person (folded, each a prefix) and filters.
struct SearchQuery
{
    QString text;
    QList<Kind> kinds; // any kind when empty
    QString tag;       // a tag's IRI or its label
    QString place;     // a town, or the start of a postcode ("13", "13001")
    QString network;   // the owning network's IRI
    std::optional<Visibility> visibility;
    bool deleted = false;               // search the trash instead of live records
    QMap<QString, QString> fieldEquals; // field name -> exact text value ("status" -> "draft")
    SearchOrder order = SearchOrder::Relevance;
    int limit = 50;
    int offset = 0;
};

struct SearchHit
{
    qint64 id = 0;
    QString iri;
    Kind kind = Kind::Organisation;
    QString title;
    QString city;
    QString postcode;
};

} // namespace pes
