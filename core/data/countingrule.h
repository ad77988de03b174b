// The four ways of counting Kosovo's recognitions that the atlas shows side by side. A rule only
// decides whether a state is counted on a date; it never changes the state's status (the map's
// colours and `--list`'s status column). Each rule reads event attributes (kind, claimed_by,
// disputed) and count facts (count_facts.csv) only: there is no per-state or per-date exception in
// code. Definitions, who counts this way and examples: resources/data/SOURCES.md, "Counting rules".
#pragma once

#include "countfact.h"
#include "recognitionevent.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace atlas {

enum class CountingRule {
    Net,        // status `recognizes`: every withdrawal claim and annulment subtracted (the default)
    KosovoMfa,  // Kosovo's foreign ministry: its list, withdrawal claims never subtracted
    SerbiaMfa,  // Serbia's foreign ministry: every withdrawal it announced subtracted for good
    Confirmed,  // independent trackers (PolGeoNow): undisputed acts minus confirmed withdrawals
};

inline constexpr std::array<CountingRule, 4> kAllCountingRules = {
    CountingRule::Net, CountingRule::KosovoMfa, CountingRule::SerbiaMfa, CountingRule::Confirmed};

// "net", "kosovo-mfa", "serbia-mfa", "confirmed": the words of --counting and published_counts.csv.
QString countingRuleWord(CountingRule rule);
std::optional<CountingRule> countingRuleFromWord(const QString &word);
QString countingRuleWords();  // "net, kosovo-mfa, serbia-mfa, confirmed"

// Whether `rule` counts the state on `date`. `events` are that state's events (sorted by date; later
// ones are ignored), `facts` the count facts about it, `code` its code.
bool countedBy(CountingRule rule, const QString &code, const QList<RecognitionEvent> &events,
               const QList<CountFact> &facts, const QDate &date);

} // namespace atlas
