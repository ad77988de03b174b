// The one rule that turns an event into a status change; shared by validation and the timeline.
#pragma once

#include "recognitionevent.h"
#include "recognitionstatus.h"

namespace atlas {

struct StatusStep {
    Status after = Status::DoesNotRecognize;
    bool allowed = true;  // false: the event cannot follow the status it is applied to
};

StatusStep applyEvent(Status before, EventKind kind);

} // namespace atlas
