#include "countingevaluator.h"

#include "recognitiondataset.h"

#include <algorithm>
#include <set>

namespace atlas {
namespace {

template <typename T>
QList<T> ofState(const QList<T> &all, const QString &code)
{
    QList<T> out;
    for (const T &item : all)
        if (item.code == code)
            out << item;
    return out;
}

// The only days on which a rule's answer for a state can change: its event days and the first
// day of each of its facts and the day after each ends.
QList<QDate> candidateDays(const QList<RecognitionEvent> &events, const QList<CountFact> &facts)
{
    std::set<QDate> days;
    for (const RecognitionEvent &e : events)
        days.insert(e.date);
    for (const CountFact &f : facts) {
        days.insert(f.from);
        if (f.until.isValid())
            days.insert(f.until.addDays(1));
    }
    return QList<QDate>(days.begin(), days.end());
}

} // namespace

CountingEvaluator::CountingEvaluator(const RecognitionDataset &data) : m_data(data)
{
    for (Steps &steps : m_steps)
        steps.resize(data.states.size());
    for (int i = 0; i < data.states.size(); ++i)
        buildState(i, data);
}

void CountingEvaluator::buildState(int stateIndex, const RecognitionDataset &data)
{
    const StateInfo &state = data.states.at(stateIndex);
    if (state.kind == StateKind::Subject)
        return;  // Kosovo does not count itself under any rule
    const QList<RecognitionEvent> events = ofState(data.events, state.code);
    const QList<CountFact> facts = ofState(data.countFacts, state.code);
    const QList<QDate> days = candidateDays(events, facts);
    for (CountingRule rule : kAllCountingRules) {
        QVector<Change> &changes = m_steps[std::size_t(rule)][stateIndex];
        bool before = false;
        for (const QDate &day : days) {
            const bool now = countedBy(rule, state.code, events, facts, day);
            if (now != before)
                changes.append({day, now});
            before = now;
        }
    }
}

bool CountingEvaluator::counted(CountingRule rule, int stateIndex, const QDate &date) const
{
    const QVector<Change> &changes = m_steps[std::size_t(rule)].at(stateIndex);
    const auto it = std::upper_bound(changes.begin(), changes.end(), date,
                                     [](const QDate &d, const Change &c) { return d < c.date; });
    return it != changes.begin() && (it - 1)->counted;
}

RuleTally CountingEvaluator::tally(CountingRule rule, const QDate &date) const
{
    QVector<bool> unMember(m_data.states.size(), false);
    for (const Membership &m : m_data.memberships)
        if (m.group == QLatin1String("UN") && m.isMemberOn(date))
            if (const int i = m_data.indexOf(m.code); i >= 0)
                unMember[i] = true;
    RuleTally t{rule};
    for (int i = 0; i < unMember.size(); ++i) {
        const bool c = counted(rule, i, date);
        t.unMembers += unMember[i];
        t.unCounted += unMember[i] && c;
        t.othersCounted += !unMember[i] && c;
    }
    return t;
}

QList<QDate> CountingEvaluator::changeDates(CountingRule rule) const
{
    std::set<QDate> dates;
    for (const QVector<Change> &changes : m_steps[std::size_t(rule)])
        for (const Change &c : changes)
            dates.insert(c.date);
    return QList<QDate>(dates.begin(), dates.end());
}

} // namespace atlas
