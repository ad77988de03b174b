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

// Members of `group` on `date` that `rule` counts.
int ruleCount(const RecognitionTimeline &timeline, CountingRule rule, const QString &group, const QDate &date)
{
    const RecognitionDataset &data = timeline.dataset();
    int n = 0;
    for (const Membership &m : data.memberships)
        if (m.group == group && m.isMemberOn(date))
            n += timeline.counting().counted(rule, data.indexOf(m.code), date);
    return n;
}

// The `ALL` row: every state but the subject, whatever its kind; `recognizing` by the rule.
GroupTally allStatesTally(const RecognitionTimeline &timeline, CountingRule rule, const QDate &date)
{
    const RecognitionDataset &data = timeline.dataset();
    GroupTally t{QStringLiteral("ALL")};
    for (int i = 0; i < data.states.size(); ++i) {
        if (data.states[i].kind == StateKind::Subject)
            continue;
        ++t.members;
        t.recognizing += timeline.counting().counted(rule, i, date);
        t.withdrawalClaimed += timeline.status(i, date) == Status::WithdrawalClaimed;
    }
    return t;
}

} // namespace

Table statusTable(const RecognitionTimeline &timeline, const QDate &date, std::optional<CountingRule> rule)
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
        if (rule)
            t.rows.last() << (timeline.counting().counted(*rule, i, date) ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    if (rule)
        t.header << QStringLiteral("counted");
    std::sort(t.rows.begin(), t.rows.end(), [](const QStringList &a, const QStringList &b) { return a[0] < b[0]; });
    return t;
}

Table statsTable(const RecognitionTimeline &timeline, const QDate &date, std::optional<CountingRule> rule)
{
    Table t{{QStringLiteral("group"), QStringLiteral("members"), QStringLiteral("recognizing"),
             QStringLiteral("withdrawal_claimed")},
            {},
            {1, 2, 3}};
    QList<GroupTally> tallies = timeline.tallies(date);
    if (rule) {
        for (GroupTally &g : tallies)
            g.recognizing = ruleCount(timeline, *rule, g.group, date);
        tallies << allStatesTally(timeline, *rule, date);
    }
    for (const GroupTally &g : std::as_const(tallies))
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
