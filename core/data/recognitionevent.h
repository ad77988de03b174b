// One dated event in a state's recognition history, as read from events.csv.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

enum class EventKind {
    Recognition,
    WithdrawalClaim,
    ReRecognition,
    RecognitionAnnulled,   // the state's own institutions declared its recognition invalid
    RecognitionContested,  // announced by others, denied by the state: never counted
};

QString eventWord(EventKind kind);  // the word used in events.csv and `--events`
std::optional<EventKind> eventFromWord(const QString &word);

struct RecognitionEvent {
    QString code;          // ISO alpha-3 of the state the event is about
    QDate date;
    QList<QDate> altDates; // other dates sources give for the same act
    EventKind kind = EventKind::Recognition;
    QString claimedBy;     // code of who asserts it
    bool disputed = false;
    QStringList sources;
    QString note;
    int line = 0;          // line in events.csv, for messages
};

} // namespace atlas
