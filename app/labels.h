// Translated words the window shows for statuses, events and dates, and one-line state summaries
// for tooltips and screen readers. The CLI keeps its fixed English words (recognitionstatus.h).
#pragma once

#include "recognitionevent.h"
#include "recognitionstatus.h"

#include <QDate>
#include <QString>

namespace atlas {

class RecognitionTimeline;

QString statusLabel(Status status);     // "Recognises Kosovo"
QString eventLabel(EventKind kind);     // "Withdrawal claim"
QString longDate(const QDate &date);    // "17 February 2008"
QString shortDate(const QDate &date);   // "17 Feb 2008"

// "France: recognises Kosovo since 18 February 2008"; `place` names a territory drawn in its
// sovereign's colour ("Greenland (Denmark): ..."), empty for the state itself.
QString stateSummary(const RecognitionTimeline &timeline, int stateIndex, const QDate &date,
                     const QString &place = QString());

} // namespace atlas
