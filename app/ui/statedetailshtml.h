// The side panel's rich text for one state: event history with linked sources, stated position
// and memberships. Depends on the state only, not on the date, so playback never rebuilds it.
#pragma once

#include <QString>
#include <QStringList>

namespace atlas {

struct RecognitionDataset;
class StateNames;

// State names (claimants) in the UI language, see labels.h.
QString stateDetailsHtml(const RecognitionDataset &data, const StateNames &names, int stateIndex);

// " | "-separated sources as numbered links: [1] [2] ..., each titled with its citation.
QString sourceLinksHtml(const QStringList &sources);

} // namespace atlas
