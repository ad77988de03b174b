#include "countfact.h"

#include <array>
#include <utility>

namespace atlas {
namespace {

const std::array<std::pair<CountFactKind, const char *>, 5> kWords = {{
    {CountFactKind::KosovoListIncludes, "kosovo_list_includes"},
    {CountFactKind::KosovoListExcludes, "kosovo_list_excludes"},
    {CountFactKind::SerbiaSaysNever, "serbia_says_never"},
    {CountFactKind::SerbiaSaysUnclear, "serbia_says_unclear"},
    {CountFactKind::StateConfirmedWithdrawal, "state_confirmed_withdrawal"},
}};

} // namespace

QString countFactWord(CountFactKind kind)
{
    for (const auto &[k, word] : kWords)
        if (k == kind)
            return QString::fromLatin1(word);
    return {};
}

std::optional<CountFactKind> countFactFromWord(const QString &word)
{
    for (const auto &[k, w] : kWords)
        if (word == QLatin1String(w))
            return k;
    return std::nullopt;
}

QString countFactWords()
{
    QStringList words;
    for (const auto &entry : kWords)
        words << QString::fromLatin1(entry.second);
    return words.join(QStringLiteral(", "));
}

} // namespace atlas
