#include "problem.h"

#include <QStringList>

namespace atlas {

QString Problem::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}

QString joinProblems(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace atlas
