#include "statustransition.h"

namespace atlas {

StatusStep applyEvent(Status before, EventKind kind)
{
    switch (kind) {
    case EventKind::Recognition:
        // A second recognition (e.g. a formal note after an announcement) keeps the status.
        return {Status::Recognizes, before != Status::Self};
    case EventKind::WithdrawalClaim:
    case EventKind::RecognitionAnnulled:
        // Several claims about the same state are common; each needs an earlier recognition.
        return {Status::WithdrawalClaimed, before == Status::Recognizes || before == Status::WithdrawalClaimed};
    case EventKind::ReRecognition:
        return {Status::Recognizes, before == Status::WithdrawalClaimed || before == Status::Recognizes};
    case EventKind::RecognitionContested:
        return {before, true};  // recorded, never counted
    }
    return {before, false};
}

} // namespace atlas
