#include "datasetsubject.h"

#include "csvrow.h"

#include <QDir>

namespace atlas {

QString DatasetSubject::editionText() const
{
    return QStringLiteral("%1 (as of %2)").arg(version, asOf.toString(Qt::ISODate));
}

Result<DatasetSubject> readDatasetSubject(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("subject.csv"));
    Result<DatasetSubject> out;
    Result<CsvTable> table = readCsvFile(path);
    out.errors += table.errors;
    out.warnings += table.warnings;
    if (!table.ok())
        return out;
    const CsvColumns columns(table.value,
                             {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("first_day"),
                              QStringLiteral("version"), QStringLiteral("as_of"), QStringLiteral("source")},
                             path, out.errors);
    if (!out.ok())
        return out;
    if (table.value.records.size() != 1) {
        out.errors.append({path, 0, {}, QStringLiteral("must hold exactly one row, has %1").arg(table.value.records.size())});
        return out;
    }
    CsvRow row(columns, table.value.records.first(), out.errors);
    if (!row.shapeOk())
        return out;
    DatasetSubject &s = out.value;
    s.code = row.required(QStringLiteral("code"));
    s.name = row.required(QStringLiteral("name"));
    s.firstDay = row.date(QStringLiteral("first_day")).value_or(QDate());
    s.version = row.required(QStringLiteral("version"));
    s.asOf = row.date(QStringLiteral("as_of")).value_or(QDate());
    s.sources = row.sources(QStringLiteral("source"));
    if (s.asOf.isValid() && s.firstDay.isValid() && s.asOf < s.firstDay)
        row.error(QStringLiteral("as_of"), QStringLiteral("must not be before first_day"));
    return out;
}

} // namespace atlas
