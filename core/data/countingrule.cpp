#include "countingrule.h"

#include "statustransition.h"

#include <algorithm>

namespace atlas {
namespace {

const std::array<const char *, 4> kWords = {"net", "kosovo-mfa", "serbia-mfa", "confirmed"};

bool factHolds(const QList<CountFact> &facts, CountFactKind kind, const QDate &date)
{
    return std::any_of(facts.cbegin(), facts.cend(), [&](const CountFact &f) { return f.kind == kind && f.holdsOn(date); });
}

// Events on or before `date` of kind `kind` that also satisfy `test`.
template <typename Test>
bool anyEvent(const QList<RecognitionEvent> &events, const QDate &date, Test &&test)
{
    return std::any_of(events.cbegin(), events.cend(), [&](const RecognitionEvent &e) { return e.date <= date && test(e); });
}

bool isWithdrawal(const RecognitionEvent &e)
{
    return e.kind == EventKind::WithdrawalClaim || e.kind == EventKind::RecognitionAnnulled;
}

// net: the status the map shows. Same transition rule as the timeline, so `recognizes` and
// "counted under net" can never disagree.
bool countedNet(const QList<RecognitionEvent> &events, const QDate &date)
{
    Status s = Status::DoesNotRecognize;
    for (const RecognitionEvent &e : events) {
        if (e.date > date)
            break;
        const StatusStep step = applyEvent(s, e.kind);
        if (step.allowed)
            s = step.after;
    }
    return s == Status::Recognizes;
}

// kosovo-mfa: every recognition on Kosovo's list stays there (whoever announced it, disputed or
// not, withdrawn or annulled); its list also carried some states whose recognition was denied
// (kosovo_list_includes) and left out some that recognised (kosovo_list_excludes, which wins).
bool countedKosovo(const QList<RecognitionEvent> &events, const QList<CountFact> &facts, const QDate &date)
{
    if (factHolds(facts, CountFactKind::KosovoListExcludes, date))
        return false;
    if (factHolds(facts, CountFactKind::KosovoListIncludes, date))
        return true;
    return anyEvent(events, date, [](const RecognitionEvent &e) { return e.kind == EventKind::Recognition; });
}

// serbia-mfa: Kosovo's list, less what Serbia rejects: a recognition asserted by someone else that
// a party disputes (Serbia counts an undisputed one Kosovo announced: it asked Tanzania to withdraw
// its), any state after a withdrawal claim or annulment (Serbia does not count later reaffirmations:
// Guinea-Bissau was "fluid" to it in 2020), and serbia_says_never or serbia_says_unclear while they hold.
bool countedSerbia(const QString &code, const QList<RecognitionEvent> &events, const QList<CountFact> &facts,
                   const QDate &date)
{
    if (factHolds(facts, CountFactKind::SerbiaSaysNever, date) || factHolds(facts, CountFactKind::SerbiaSaysUnclear, date))
        return false;
    if (!countedKosovo(events, facts, date))
        return false;
    const bool accepted = anyEvent(events, date, [&](const RecognitionEvent &e) {
        return e.kind == EventKind::Recognition && (e.claimedBy == code || !e.disputed);
    });
    return accepted && !anyEvent(events, date, isWithdrawal);
}

// confirmed: a recognition (or re-recognition) counts unless the state itself disputes it, i.e. it
// was asserted by someone else and is disputed; the state's own annulment or a withdrawal its
// government confirmed (state_confirmed_withdrawal) removes it. Claims by others subtract nothing.
bool countedConfirmed(const QString &code, const QList<RecognitionEvent> &events, const QList<CountFact> &facts,
                      const QDate &date)
{
    if (factHolds(facts, CountFactKind::StateConfirmedWithdrawal, date))
        return false;
    bool counted = false;
    for (const RecognitionEvent &e : events) {
        if (e.date > date)
            break;
        const bool act = e.kind == EventKind::Recognition || e.kind == EventKind::ReRecognition;
        if (act && (e.claimedBy == code || !e.disputed))
            counted = true;
        else if (e.kind == EventKind::RecognitionAnnulled)
            counted = false;
    }
    return counted;
}

} // namespace

QString countingRuleWord(CountingRule rule)
{
    return QString::fromLatin1(kWords[std::size_t(rule)]);
}

std::optional<CountingRule> countingRuleFromWord(const QString &word)
{
    for (CountingRule rule : kAllCountingRules)
        if (word == QLatin1String(kWords[std::size_t(rule)]))
            return rule;
    return std::nullopt;
}

QString countingRuleWords()
{
    QStringList words;
    for (CountingRule rule : kAllCountingRules)
        words << countingRuleWord(rule);
    return words.join(QStringLiteral(", "));
}

bool countedBy(CountingRule rule, const QString &code, const QList<RecognitionEvent> &events,
               const QList<CountFact> &facts, const QDate &date)
{
    switch (rule) {
    case CountingRule::Net: return countedNet(events, date);
    case CountingRule::KosovoMfa: return countedKosovo(events, facts, date);
    case CountingRule::SerbiaMfa: return countedSerbia(code, events, facts, date);
    case CountingRule::Confirmed: return countedConfirmed(code, events, facts, date);
    }
    return false;
}

} // namespace atlas
