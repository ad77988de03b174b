#include "reports.h"

#include "recognitiontimeline.h"

#include <algorithm>

namespace atlas {
namespace {

// The source behind a state's status on a date: the event that set it, else its stated position.
QString statusSource(const RecognitionDataset &data, const QString &code, const QDate &since)
{
    for (const RecognitionEvent &e : data.events)
        if (e.code == code && e.date == since && e.kind != EventKind::RecognitionContested)
            return e.sources.join(QStringLiteral(" | "));
    return data.positions.value(code).sources.join(QStringLiteral(" | "));
}

} // namespace

Table statusTable(const RecognitionTimeline &timeline, const QDate &date)
{
    const RecognitionDataset &data = timeline.dataset();
    Table t{{QStringLiteral("iso_a3"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("since"),
             QStringLiteral("source")},
            {},
            {}};
    for (int i = 0; i < data.states.size(); ++i) {
        const StateInfo &s = data.states[i];
        const QDate since = timeline.since(i, date);
        t.rows << QStringList{s.code, s.name, statusWord(timeline.status(i, date)), since.toString(Qt::ISODate),
                              statusSource(data, s.code, since)};
    }
    std::sort(t.rows.begin(), t.rows.end(), [](const QStringList &a, const QStringList &b) { return a[0] < b[0]; });
    return t;
}

Table statsTable(const RecognitionTimeline &timeline, const QDate &date)
{
    Table t{{QStringLiteral("group"), QStringLiteral("members"), QStringLiteral("recognizing"),
             QStringLiteral("withdrawal_claimed")},
            {},
            {1, 2, 3}};
    for (const GroupTally &g : timeline.tallies(date))
        t.rows << QStringList{g.group, QString::number(g.members), QString::number(g.recognizing),
                              QString::number(g.withdrawalClaimed)};
    return t;
}

Table eventsTable(const RecognitionTimeline &timeline)
{
    const RecognitionDataset &data = timeline.dataset();
    Table t{{QStringLiteral("iso_a3"), QStringLiteral("name"), QStringLiteral("event"), QStringLiteral("date"),
             QStringLiteral("claimed_by"), QStringLiteral("disputed"), QStringLiteral("source"),
             QStringLiteral("alt_dates"), QStringLiteral("note")},
            {},
            {}};
    for (const RecognitionEvent &e : data.events) {
        const StateInfo *s = data.state(e.code);
        QStringList alt;
        for (const QDate &d : e.altDates)
            alt << d.toString(Qt::ISODate);
        t.rows << QStringList{e.code, s ? s->name : QString(), eventWord(e.kind), e.date.toString(Qt::ISODate),
                              e.claimedBy, e.disputed ? QStringLiteral("yes") : QStringLiteral("no"),
                              e.sources.join(QStringLiteral(" | ")), alt.join(QLatin1Char(';')), e.note};
    }
    return t;
}

} // namespace atlas
