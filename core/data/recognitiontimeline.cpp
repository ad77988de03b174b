#include "recognitiontimeline.h"

#include "statustransition.h"

#include <algorithm>
#include <set>

namespace atlas {

RecognitionTimeline::RecognitionTimeline(const RecognitionDataset &data)
    : m_data(data), m_changes(data.states.size()), m_counting(data)
{
    for (const RecognitionEvent &e : data.events) {  // events are sorted by date
        const int i = data.indexOf(e.code);
        if (i < 0)
            continue;
        QVector<Change> &changes = m_changes[i];
        const Status before = changes.isEmpty() ? Status::DoesNotRecognize : changes.last().status;
        const StatusStep step = applyEvent(before, e.kind);
        if (step.allowed && step.after != before)
            changes.append({e.date, step.after});
    }
}

const RecognitionTimeline::Change *RecognitionTimeline::lastChange(int stateIndex, const QDate &date) const
{
    const QVector<Change> &changes = m_changes.at(stateIndex);
    auto it = std::upper_bound(changes.begin(), changes.end(), date,
                               [](const QDate &d, const Change &c) { return d < c.date; });
    return it == changes.begin() ? nullptr : &*(it - 1);
}

Status RecognitionTimeline::status(int stateIndex, const QDate &date) const
{
    if (m_data.states.at(stateIndex).kind == StateKind::Subject)
        return Status::Self;
    const Change *c = lastChange(stateIndex, date);
    return c ? c->status : Status::DoesNotRecognize;
}

QDate RecognitionTimeline::since(int stateIndex, const QDate &date) const
{
    const Change *c = lastChange(stateIndex, date);
    return c ? c->date : QDate();
}

QVector<Status> RecognitionTimeline::statuses(const QDate &date) const
{
    QVector<Status> out(m_data.states.size());
    for (int i = 0; i < out.size(); ++i)
        out[i] = status(i, date);
    return out;
}

GroupTally RecognitionTimeline::tally(const QString &group, const QDate &date) const
{
    GroupTally t{group};
    for (const Membership &m : m_data.memberships) {
        if (m.group != group || !m.isMemberOn(date))
            continue;
        ++t.members;
        const Status s = status(m_data.indexOf(m.code), date);
        t.recognizing += s == Status::Recognizes;
        t.withdrawalClaimed += s == Status::WithdrawalClaimed;
    }
    return t;
}

QList<GroupTally> RecognitionTimeline::tallies(const QDate &date) const
{
    QList<GroupTally> out;
    for (const QString &group : m_data.groups())
        out << tally(group, date);
    return out;
}

StatusCounts RecognitionTimeline::unMemberCounts(const QDate &date) const
{
    StatusCounts counts;
    for (const Membership &m : m_data.memberships)
        if (m.group == QLatin1String("UN") && m.isMemberOn(date))
            ++counts.byStatus[int(status(m_data.indexOf(m.code), date))];
    return counts;
}

QList<QDate> RecognitionTimeline::changeDates() const
{
    std::set<QDate> dates;
    for (const auto &changes : m_changes)
        for (const Change &c : changes)
            dates.insert(c.date);
    return QList<QDate>(dates.begin(), dates.end());
}

} // namespace atlas
