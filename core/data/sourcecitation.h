// Splits a dataset source ("URL" or "Publisher, YYYY-MM-DD, title, URL") into display text and link.
// Used by the window's side panel to turn the " | "-separated source fields into clickable links.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

struct SourceCitation {
    QString text;  // the citation without its URL, or the URL's host when the source is a bare URL
    QString url;   // http(s) URL; empty for a citation without one
};

SourceCitation parseSource(const QString &source);
QList<SourceCitation> parseSources(const QStringList &sources);

} // namespace atlas
