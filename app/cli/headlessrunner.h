// Runs --export, --list, --stats and --events without opening a window; returns the exit code.
// Links core only (no Widgets, no Charts): it needs no display.
#pragma once

#include "atlaspaths.h"
#include "commandline.h"

namespace atlas {

class ProblemSink;

// Exit codes: 0 success, 1 bad data/map or failed write, 2 usage error. Problems go to `sink`.
int runHeadless(const CommandLine &command, const AtlasSources &sources, const QDate &today, ProblemSink &sink);

} // namespace atlas
