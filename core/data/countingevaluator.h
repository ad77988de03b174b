// The counting rules (countingrule.h) evaluated once per dataset: for every rule and state, the
// dates on which "counted" changes, so a query is a binary search and a tally a pass over the
// states. Owned by RecognitionTimeline (timeline.counting()); the CLI, renderer and charts read it.
#pragma once

#include "countingrule.h"

#include <QDate>
#include <QVector>

#include <array>

namespace atlas {

struct RecognitionDataset;

// A rule's tally on a date, with its scope kept apart.
struct RuleTally {
    CountingRule rule = CountingRule::Net;
    int unCounted = 0;      // UN member states (on that date) counted under the rule
    int unMembers = 0;      // UN member states on that date
    int othersCounted = 0;  // counted states that are not UN members (Cook Islands, Niue, ...)
    int allCounted() const { return unCounted + othersCounted; }
};

class CountingEvaluator {
public:
    explicit CountingEvaluator(const RecognitionDataset &data);

    bool counted(CountingRule rule, int stateIndex, const QDate &date) const;
    RuleTally tally(CountingRule rule, const QDate &date) const;
    QList<QDate> changeDates(CountingRule rule) const;  // sorted, unique

private:
    struct Change {
        QDate date;
        bool counted = false;
    };
    using Steps = QVector<QVector<Change>>;  // per state, sorted by date
    void buildState(int stateIndex, const RecognitionDataset &data);

    const RecognitionDataset &m_data;
    std::array<Steps, kAllCountingRules.size()> m_steps;
};

} // namespace atlas
