#include "publishedcount.h"

namespace atlas {

QString countScopeWord(CountScope scope)
{
    return scope == CountScope::Un ? QStringLiteral("un") : QStringLiteral("all");
}

const QStringList &publisherWords()
{
    static const QStringList words = {QStringLiteral("kosovo-mfa"), QStringLiteral("serbia-mfa"),
                                      QStringLiteral("polgeonow"), QStringLiteral("encyclopedia"),
                                      QStringLiteral("other")};
    return words;
}

} // namespace atlas
