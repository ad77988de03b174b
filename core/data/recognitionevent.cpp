#include "recognitionevent.h"

#include <array>
#include <utility>

namespace atlas {
namespace {

const std::array<std::pair<EventKind, const char *>, 5> kWords = {{
    {EventKind::Recognition, "recognition"},
    {EventKind::WithdrawalClaim, "withdrawal_claim"},
    {EventKind::ReRecognition, "re_recognition"},
    {EventKind::RecognitionAnnulled, "recognition_annulled"},
    {EventKind::RecognitionContested, "recognition_contested"},
}};

} // namespace

QString eventWord(EventKind kind)
{
    for (const auto &[k, word] : kWords)
        if (k == kind)
            return QString::fromLatin1(word);
    return {};
}

std::optional<EventKind> eventFromWord(const QString &word)
{
    for (const auto &[k, w] : kWords)
        if (word == QLatin1String(w))
            return k;
    return std::nullopt;
}

} // namespace atlas
