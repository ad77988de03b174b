#include "timelineseries.h"

#include "recognitiontimeline.h"

#include <algorithm>
#include <cstdlib>

namespace atlas {

QList<CountPoint> unCountSteps(const RecognitionTimeline &timeline, const QDate &from, const QDate &to)
{
    QList<QDate> dates{from};
    for (const QDate &d : timeline.changeDates())
        if (d > from && d <= to)
            dates << d;
    QList<CountPoint> out;
    for (const QDate &d : std::as_const(dates)) {
        const StatusCounts c = timeline.unMemberCounts(d);
        int members = 0;
        for (int n : c.byStatus)
            members += n;
        out.append({d, c[Status::Recognizes], c[Status::WithdrawalClaimed], members});
    }
    return out;
}

QList<CountPoint> ruleCountSteps(const RecognitionTimeline &timeline, CountingRule rule, const QDate &from,
                                 const QDate &to)
{
    QList<QDate> dates{from};
    for (const QDate &d : timeline.counting().changeDates(rule))
        if (d > from && d <= to)
            dates << d;
    QList<CountPoint> out;
    for (const QDate &d : std::as_const(dates)) {
        const RuleTally t = timeline.counting().tally(rule, d);
        out.append({d, t.unCounted, timeline.unMemberCounts(d)[Status::WithdrawalClaimed], t.unMembers});
    }
    return out;
}

QList<RecognitionEvent> eventsNear(const RecognitionDataset &data, const QDate &date, int count)
{
    // Events are sorted by date: widen a window around the insertion point, nearer side first.
    const auto &events = data.events;
    const auto split = std::lower_bound(events.begin(), events.end(), date,
                                        [](const RecognitionEvent &e, const QDate &d) { return e.date < d; });
    qsizetype after = split - events.begin(), before = after - 1;
    QList<RecognitionEvent> out;
    while (out.size() < count && (before >= 0 || after < events.size())) {
        const qint64 back = before >= 0 ? events[before].date.daysTo(date) : -1;
        const qint64 ahead = after < events.size() ? date.daysTo(events[after].date) : -1;
        if (ahead < 0 || (back >= 0 && back <= ahead))
            out.prepend(events[before--]);
        else
            out.append(events[after++]);
    }
    return out;
}

} // namespace atlas
