// What changed between two dates of the timeline: the states whose status differs and the events
// dated in between. The map outlines the first and names the latest of the second during playback
// and in animation frames (RenderOptions::changesSince); the window and the exports share it.
#pragma once

#include <QDate>
#include <QList>

namespace atlas {

class RecognitionTimeline;

struct TimelineChange {
    QList<int> changedStates;  // dataset state indices whose status on `to` differs from that on `from`
    QList<int> events;         // dataset event indices dated after `from`, up to and including `to`, by date
    bool isEmpty() const { return changedStates.isEmpty() && events.isEmpty(); }
};

// Empty when either date is invalid. Stepping back (`to` before `from`) outlines what changed as
// well but names no event: no event "happened" on the way back.
TimelineChange timelineChange(const RecognitionTimeline &timeline, const QDate &from, const QDate &to);

} // namespace atlas
