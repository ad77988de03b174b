#include "problemsink.h"

namespace atlas {

bool ProblemSink::report(const QList<Problem> &errors, const QList<Problem> &warnings)
{
    if (!errors.isEmpty() || !warnings.isEmpty())
        show(errors, warnings);
    return errors.isEmpty();
}

} // namespace atlas
