// Plain data derived from the timeline for the window's charts and "events near this date" list.
// Computed once per dataset (the step series) or per date (the nearby events); no painting.
#pragma once

#include "countingrule.h"
#include "recognitionevent.h"

#include <QDate>
#include <QList>

namespace atlas {

struct RecognitionDataset;
class RecognitionTimeline;

// The UN member counts that hold from `date` until the next point's date.
struct CountPoint {
    QDate date;
    int recognizing = 0;
    int withdrawalClaimed = 0;
    int members = 0;  // UN members on that date
};

// A step function: a point at `from` and one on every change date in (from, to], sorted by date.
QList<CountPoint> unCountSteps(const RecognitionTimeline &timeline, const QDate &from, const QDate &to);

// The same step function for a counting rule: `recognizing` is the UN members the rule counts,
// `withdrawalClaimed` stays the status count. For net it equals unCountSteps().
QList<CountPoint> ruleCountSteps(const RecognitionTimeline &timeline, CountingRule rule, const QDate &from,
                                 const QDate &to);

// The `count` events closest to `date` (ties go to the earlier event), returned in date order.
QList<RecognitionEvent> eventsNear(const RecognitionDataset &data, const QDate &date, int count);

} // namespace atlas
