#include "eventsequencecheck.h"

#include "statustransition.h"

#include <QDir>

namespace atlas {

void checkEventSequences(const RecognitionDataset &data, QList<Problem> &errors)
{
    const QString file = QDir(data.directory).filePath(QStringLiteral("events.csv"));
    QHash<QString, Status> status;
    for (const RecognitionEvent &e : data.events) {
        const Status before = status.value(e.code, Status::DoesNotRecognize);
        const StatusStep step = applyEvent(before, e.kind);
        if (!step.allowed) {
            errors.append({file, e.line, QStringLiteral("event"),
                           QStringLiteral("%1 of %2 on %3 is impossible while the state's status is '%4'")
                               .arg(eventWord(e.kind), e.code, e.date.toString(Qt::ISODate), statusWord(before))});
            continue;
        }
        status.insert(e.code, step.after);
    }
}

} // namespace atlas
