// Everything read from resources/data/: the subject, states, events, positions, memberships, key dates,
// the count facts and the published counts.
// Plain data owned by value; the timeline and the CLI read it, nothing paints from it directly.
#pragma once

#include "countfact.h"
#include "datasetsubject.h"
#include "publishedcount.h"
#include "recognitionevent.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

// Subject: the state the dataset is about (subject.csv), Kosovo in the shipped data.
enum class StateKind { UnMember, UnObserver, Subject, Other };

struct StateInfo {
    QString code;  // ISO 3166-1 alpha-3 (XKX for Kosovo)
    QString name;
    StateKind kind = StateKind::Other;
};

struct StatedPosition {
    QString text;
    QStringList sources;
};

struct Membership {
    QString group;  // UN, EU, NATO, AU, OIC, G20
    QString code;
    QDate joined;
    QDate left;     // last day of membership (the UK: 2020-01-31); null while still a member
    QStringList sources;

    bool isMemberOn(const QDate &date) const { return joined <= date && (left.isNull() || date <= left); }
};

struct KeyDate {
    QDate date;
    QString id;
    QString label;
    QStringList sources;
};

struct RecognitionDataset {
    DatasetSubject subject;
    QList<StateInfo> states;
    QList<RecognitionEvent> events;  // sorted by date, then by file order
    QHash<QString, StatedPosition> positions;
    QList<Membership> memberships;
    QList<KeyDate> keyDates;         // sorted by date
    QList<CountFact> countFacts;     // count_facts.csv, file order (empty when the file is absent)
    QList<PublishedCount> publishedCounts;  // published_counts.csv, file order (empty when absent)
    QString directory;               // where it was read from

    int indexOf(const QString &code) const;  // -1 when unknown
    const StateInfo *state(const QString &code) const;
    QStringList groups() const;              // in first-seen order of memberships.csv
    QList<RecognitionEvent> eventsOf(const QString &code) const;
    void rebuildIndex();                     // call after changing `states`

private:
    QHash<QString, int> m_index;
};

} // namespace atlas
