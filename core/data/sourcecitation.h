// Splits a dataset source ("URL" or "Publisher, YYYY-MM-DD, title, URL") into display text and link.
// Used by the window's side panel to turn the " | "-separated source fields into clickable links.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

struct SourceCitation {
    QString text;  // the citation without its URL, or a title read from a bare URL (urlTitle)
    QString url;   // http(s) URL; empty for a citation without one
};

SourceCitation parseSource(const QString &source);

// A readable title for a bare URL: its site, the date in its path or query when there is one,
// and the words of its last path segment: "theguardian.com, 2008-02-18, kosovo serbia4".
QString urlTitle(const QString &url);
QList<SourceCitation> parseSources(const QStringList &sources);

} // namespace atlas
