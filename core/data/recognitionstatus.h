// The four statuses a state can have on a date; their words are part of the CLI contract.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace atlas {

enum class Status {
    Self,               // Kosovo itself
    Recognizes,
    WithdrawalClaimed,  // a withdrawal was announced after a recognition and not reversed
    DoesNotRecognize,
};

inline constexpr std::array<Status, 4> kAllStatuses = {
    Status::Self, Status::Recognizes, Status::WithdrawalClaimed, Status::DoesNotRecognize};

// "self", "recognizes", "withdrawal_claimed", "does_not_recognize": never change these.
QString statusWord(Status status);

} // namespace atlas
