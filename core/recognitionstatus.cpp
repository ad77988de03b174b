#include "recognitionstatus.h"

namespace atlas {

QString statusWord(Status status)
{
    switch (status) {
    case Status::Self: return QStringLiteral("self");
    case Status::Recognizes: return QStringLiteral("recognizes");
    case Status::WithdrawalClaimed: return QStringLiteral("withdrawal_claimed");
    case Status::DoesNotRecognize: return QStringLiteral("does_not_recognize");
    }
    return {};
}

std::optional<Status> statusFromWord(const QString &word)
{
    for (Status s : kAllStatuses)
        if (statusWord(s) == word)
            return s;
    return std::nullopt;
}

} // namespace atlas
