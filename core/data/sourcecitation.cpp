#include "sourcecitation.h"

#include <QRegularExpression>
#include <QUrl>

namespace atlas {

SourceCitation parseSource(const QString &source)
{
    // The URL, when there is one, is the last comma-separated part; titles may hold commas.
    static const QRegularExpression trailingUrl(QStringLiteral("(?:^|,\\s*)(https?://\\S+)\\s*$"));
    const QString text = source.trimmed();
    const QRegularExpressionMatch m = trailingUrl.match(text);
    if (!m.hasMatch())
        return {text, {}};
    const QString url = m.captured(1);
    QString rest = text.left(m.capturedStart()).trimmed();
    if (rest.isEmpty())
        rest = QUrl(url).host();
    return {rest.isEmpty() ? url : rest, url};
}

QList<SourceCitation> parseSources(const QStringList &sources)
{
    QList<SourceCitation> out;
    for (const QString &s : sources)
        out << parseSource(s);
    return out;
}

} // namespace atlas
