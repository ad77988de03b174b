#include "outputnames.h"

#include "datasetsubject.h"

#include <QRegularExpression>

namespace atlas {

QString datedFileName(const DatasetSubject &subject, const QDate &date, const QString &extension)
{
    // A file-name-safe slug of the subject's English name: "Kosovo" -> "kosovo".
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString slug = subject.name.toLower().replace(unsafe, QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (slug.isEmpty())
        slug = QStringLiteral("atlas");
    return QStringLiteral("%1-recognition-%2.%3").arg(slug, date.toString(Qt::ISODate), extension);
}

} // namespace atlas
