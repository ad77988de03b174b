// The tables behind --list, --stats and --events (and the window's CSV export). Column names and
// status words are a public contract: add columns at the end, never rename or remove.
#pragma once

#include "tableformatter.h"

#include <QDate>

namespace atlas {

class RecognitionTimeline;

Table statusTable(const RecognitionTimeline &timeline, const QDate &date);  // iso_a3,name,status,since,source
Table statsTable(const RecognitionTimeline &timeline, const QDate &date);   // group,members,recognizing,...
Table eventsTable(const RecognitionTimeline &timeline);                     // iso_a3,name,event,date,claimed_by,disputed,source

} // namespace atlas
