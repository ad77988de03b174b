// The tables behind --list, --stats and --events (and the window's CSV export). Column names and
// status words are a public contract: add columns at the end, never rename or remove.
#pragma once

#include "countingrule.h"
#include "tableformatter.h"

#include <QDate>

#include <optional>

namespace atlas {

class RecognitionTimeline;

// Without a rule both tables are exactly what they were before counting rules existed. With one,
// --list gains a last column `counted` (yes/no under the rule) and --stats counts `recognizing` by
// the rule (the other columns stay status counts) and gains a last row `ALL`: every state the
// dataset knows except the subject, UN member or not.
Table statusTable(const RecognitionTimeline &timeline, const QDate &date,
                  std::optional<CountingRule> rule = std::nullopt);  // iso_a3,name,status,since,source[,counted]
Table statsTable(const RecognitionTimeline &timeline, const QDate &date,
                 std::optional<CountingRule> rule = std::nullopt);   // group,members,recognizing,...
Table eventsTable(const RecognitionTimeline &timeline);                     // iso_a3,name,event,date,claimed_by,disputed,source

} // namespace atlas
