#include "outputnames.h"

#include "datasetsubject.h"
#include "frameexporter.h"

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

QString unusedFolderName(const QString &folder)
{
    if (frameFolderProblem(folder).isEmpty())
        return folder;
    QString base = folder;
    static const QRegularExpression numbered(QStringLiteral("-\\d+$"));
    base.remove(numbered);  // "frames-2" is followed by "frames-3", not "frames-2-2"
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (frameFolderProblem(candidate).isEmpty())
            return candidate;
    }
}

} // namespace atlas
