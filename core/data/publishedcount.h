// One row of published_counts.csv: a total of Kosovo's recognitions that someone published, and
// the counting rule it corresponds to. Read and validated with the dataset; the tests hold each
// rule's tally against these figures.
#pragma once

#include "countingrule.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

enum class CountScope {
    Un,   // UN member states only
    All,  // every state the atlas knows except the subject (Cook Islands, Niue, Taiwan, ...)
};

QString countScopeWord(CountScope scope);  // "un", "all"
std::optional<CountScope> countScopeFromWord(const QString &word);

struct PublishedCount {
    QDate date;
    int figure = 0;
    CountScope scope = CountScope::Un;
    QString publisher;  // kosovo-mfa, serbia-mfa, polgeonow, encyclopedia, other
    CountingRule rule = CountingRule::Net;
    QStringList sources;
    QString note;
    int line = 0;       // line in published_counts.csv, for messages
};

// The words published_counts.csv allows in `publisher`.
const QStringList &publisherWords();

} // namespace atlas
