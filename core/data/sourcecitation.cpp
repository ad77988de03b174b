#include "sourcecitation.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace atlas {

namespace {

// A date written into the URL: /2008/02/18/, /2008/feb/18/, ?yyyy=2008&mm=02&dd=18, 2013-01-10.
QString dateInUrl(const QString &url)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                       QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                       QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QRegularExpression path(QStringLiteral("/((?:19|20)\\d\\d)[/-](\\d\\d|[a-z]{3})[/-](\\d\\d)(?:/|$|[^\\d])"));
    static const QRegularExpression query(QStringLiteral("yyyy=((?:19|20)\\d\\d)&mm=(\\d\\d?)&dd=(\\d\\d?)"));
    QRegularExpressionMatch m = path.match(url);
    if (!m.hasMatch())
        m = query.match(url);
    if (!m.hasMatch())
        return {};
    const int monthWord = int(months.indexOf(m.captured(2).toLower()));
    const int month = monthWord >= 0 ? monthWord + 1 : m.captured(2).toInt();
    const QDate date(m.captured(1).toInt(), month, m.captured(3).toInt());
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The last path segment that reads as words: "kosovo-egypt-recognizes-independence" -> words.
QString wordsInPath(const QUrl &url)
{
    static const QRegularExpression separators(QStringLiteral("[-_.+]+"));
    static const QRegularExpression extension(QStringLiteral("\\.(html?|php|aspx?|jsp)$"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}\\x{0400}-\\x{04FF}]{3}"));
    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
        QString words = QString(*it).remove(extension).replace(separators, QStringLiteral(" ")).trimmed();
        // One short token ("spip", "news") says nothing: keep only segments that read as a title.
        if (letters.match(words).hasMatch() && (words.contains(QLatin1Char(' ')) || words.size() >= 12))
            return words.size() > 90 ? words.left(87) + QStringLiteral("...") : words;
    }
    return {};
}

} // namespace

QString urlTitle(const QString &url)
{
    const QUrl parsed(url);
    QString host = parsed.host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QStringList parts{host.isEmpty() ? url : host};
    const QString date = dateInUrl(url);
    if (!date.isEmpty())
        parts << date;
    const QString words = wordsInPath(parsed);
    if (!words.isEmpty())
        parts << words;
    return parts.join(QStringLiteral(", "));
}

SourceCitation parseSource(const QString &source)
{
    // The URL, when there is one, is the last comma-separated part; titles may hold commas.
    static const QRegularExpression trailingUrl(QStringLiteral("(?:^|,\\s*)(https?://\\S+)\\s*$"));
    const QString text = source.trimmed();
    const QRegularExpressionMatch m = trailingUrl.match(text);
    if (!m.hasMatch())
        return {text, {}};
    const QString url = m.captured(1);
    const QString rest = text.left(m.capturedStart()).trimmed();
    return {rest.isEmpty() ? urlTitle(url) : rest, url};
}

QList<SourceCitation> parseSources(const QStringList &sources)
{
    QList<SourceCitation> out;
    for (const QString &s : sources)
        out << parseSource(s);
    return out;
}

} // namespace atlas
