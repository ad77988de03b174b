#include "timelinechange.h"

#include "recognitiontimeline.h"

namespace atlas {

TimelineChange timelineChange(const RecognitionTimeline &timeline, const QDate &from, const QDate &to)
{
    TimelineChange change;
    if (!from.isValid() || !to.isValid() || from == to)
        return change;
    const RecognitionDataset &data = timeline.dataset();
    for (int i = 0; i < data.states.size(); ++i)
        if (timeline.status(i, from) != timeline.status(i, to))
            change.changedStates << i;
    if (to < from)
        return change;
    for (int e = 0; e < data.events.size(); ++e)  // the dataset keeps its events sorted by date
        if (data.events[e].date > from && data.events[e].date <= to)
            change.events << e;
    return change;
}

} // namespace atlas
