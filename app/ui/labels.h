// Translated words the window shows for statuses, events, dates and state names, and one-line
// state summaries for tooltips and screen readers, in the UI language (the default QLocale and the
// installed translator, see uilanguage.h). The CLI keeps its fixed English words (recognitionstatus.h).
#pragma once

#include "recognitionevent.h"
#include "recognitionstatus.h"

#include <QDate>
#include <QString>

namespace atlas {

class RecognitionTimeline;
class StateNames;
struct StateInfo;

QString statusLabel(Status status);     // "Recognises Kosovo"
QString eventLabel(EventKind kind);     // "Withdrawal claim"
QString longDate(const QDate &date);    // "17 February 2008", "17. februar 2008."
QString shortDate(const QDate &date);   // "17 Feb 2008"

// The name of `code` in the UI language; `english` (the dataset's or map's own name) when the
// UI is in English or `names` has none.
QString localName(const StateNames &names, const QString &code, const QString &english);
QString stateName(const StateNames &names, const StateInfo &state);

// "France: recognises Kosovo since 18 February 2008"; `place` names a territory drawn in its
// sovereign's colour ("Greenland (Denmark): ..."), empty for the state itself.
QString stateSummary(const RecognitionTimeline &timeline, const StateNames &names, int stateIndex, const QDate &date,
                     const QString &place = QString());

} // namespace atlas
