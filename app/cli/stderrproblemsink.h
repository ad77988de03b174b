// The command line's problem sink: one line per problem on stderr, "kosovo-atlas: " first, so
// scripts can read messages that name file, line and field.
#pragma once

#include "problemsink.h"

namespace atlas {

class StderrProblemSink final : public ProblemSink {
protected:
    void show(const QList<Problem> &errors, const QList<Problem> &warnings) override;
};

} // namespace atlas
