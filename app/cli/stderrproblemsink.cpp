#include "stderrproblemsink.h"

#include <QTextStream>

namespace atlas {

void StderrProblemSink::show(const QList<Problem> &errors, const QList<Problem> &warnings)
{
    QTextStream err(stderr);
    for (const Problem &p : warnings)
        err << "kosovo-atlas: warning: " << p.toString() << '\n';
    for (const Problem &p : errors)
        err << "kosovo-atlas: " << p.toString() << '\n';
}

} // namespace atlas
