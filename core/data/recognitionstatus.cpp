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

} // namespace atlas
