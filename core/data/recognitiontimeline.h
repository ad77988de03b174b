// Answers "what was the status of state X on date D" and group tallies; used by renderer, CLI and charts.
// Built once from a dataset; queries are const and cheap (binary search per state).
#pragma once

#include "countingevaluator.h"
#include "recognitiondataset.h"
#include "recognitionstatus.h"

#include <QDate>
#include <QVector>

namespace atlas {

struct GroupTally {
    QString group;
    int members = 0;            // members on the date (membership as of that date)
    int recognizing = 0;        // of them, status `recognizes`
    int withdrawalClaimed = 0;  // of them, status `withdrawal_claimed`
};

struct StatusCounts {
    int byStatus[4] = {0, 0, 0, 0};  // indexed by int(Status)
    int operator[](Status s) const { return byStatus[int(s)]; }
};

class RecognitionTimeline {
public:
    explicit RecognitionTimeline(const RecognitionDataset &data);

    const RecognitionDataset &dataset() const { return m_data; }
    Status status(int stateIndex, const QDate &date) const;
    QDate since(int stateIndex, const QDate &date) const;  // last status change on or before date; null if none
    QVector<Status> statuses(const QDate &date) const;     // indexed like dataset().states

    GroupTally tally(const QString &group, const QDate &date) const;
    QList<GroupTally> tallies(const QDate &date) const;    // every group, in dataset order
    StatusCounts unMemberCounts(const QDate &date) const;  // shorthand for the on-map counter

    QList<QDate> changeDates() const;  // sorted, unique: dates on which some status changed

    // What each counting rule counts (never the status: that stays the events' alone).
    const CountingEvaluator &counting() const { return m_counting; }

private:
    struct Change {
        QDate date;
        Status status;
    };
    const RecognitionDataset &m_data;
    QVector<QVector<Change>> m_changes;  // per state, sorted by date
    CountingEvaluator m_counting;
    const Change *lastChange(int stateIndex, const QDate &date) const;
};

} // namespace atlas
