#include "publishedcount.h"

namespace atlas {

QString countScopeWord(CountScope scope)
{
    return scope == CountScope::Un ? QStringLiteral("un") : QStringLiteral("all");
}

std::optional<CountScope> countScopeFromWord(const QString &word)
{
    for (CountScope scope : {CountScope::Un, CountScope::All})
        if (word == countScopeWord(scope))
            return scope;
    return std::nullopt;
}

const QStringList &publisherWords()
{
    static const QStringList words = {QStringLiteral("kosovo-mfa"), QStringLiteral("serbia-mfa"),
                                      QStringLiteral("polgeonow"), QStringLiteral("encyclopedia"),
                                      QStringLiteral("other")};
    return words;
}

} // namespace atlas
