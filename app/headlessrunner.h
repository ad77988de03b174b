// Runs --export, --list, --stats and --events without opening a window; returns the exit code.
#pragma once

#include "commandline.h"

namespace atlas {

// Exit codes: 0 success, 1 bad data/map or failed write, 2 usage error.
int runHeadless(const CommandLine &command, const QDate &today);

} // namespace atlas
