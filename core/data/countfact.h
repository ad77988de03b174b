// One row of count_facts.csv: a fact about Kosovo's or Serbia's lists, or a state's own
// confirmation, that the counting rules need but that is no event of the state itself.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

enum class CountFactKind {
    KosovoListIncludes,        // Kosovo's count carried the state although no recognition is counted
    KosovoListExcludes,        // Kosovo's count left the state out although it has a recognition
    SerbiaSaysNever,           // Serbia's government says the state never recognised
    SerbiaSaysUnclear,         // Serbia's government counts the state as neither side ("fluid", "frozen")
    StateConfirmedWithdrawal,  // the state's own government confirmed a withdrawal
};

QString countFactWord(CountFactKind kind);  // the word used in count_facts.csv
std::optional<CountFactKind> countFactFromWord(const QString &word);
QString countFactWords();                    // every word, comma separated, for messages

struct CountFact {
    CountFactKind kind = CountFactKind::KosovoListIncludes;
    QString code;  // the state the fact is about
    QDate from;    // first day it holds
    QDate until;   // last day it holds; null while it still holds
    QStringList sources;
    QString note;
    int line = 0;  // line in count_facts.csv, for messages

    bool holdsOn(const QDate &date) const { return from <= date && (until.isNull() || date <= until); }
};

} // namespace atlas
