// Where problems go once core has returned them: the command line prints them on stderr, the
// window shows a dialog and logs warnings. Every loader and export reports through one of these,
// so a message reads the same wherever it came from.
#pragma once

#include "problem.h"

namespace atlas {

class ProblemSink {
public:
    virtual ~ProblemSink() = default;

    // Warnings first, then errors. Returns true when there is no error.
    bool report(const QList<Problem> &errors, const QList<Problem> &warnings = {});
    // One error not tied to a file line: a failed write, a bad argument.
    void error(const QString &message) { report({Problem{{}, 0, {}, message}}); }

protected:
    virtual void show(const QList<Problem> &errors, const QList<Problem> &warnings) = 0;
};

} // namespace atlas
