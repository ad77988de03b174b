// What a dataset is about and which edition it is: read from subject.csv, so that nothing in code
// hard-codes the subject's code or the first day of its timeline. The CLI's --version and every
// export's source line name the edition, so a figure in a paper says which data it shows.
#pragma once

#include "problem.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace atlas {

struct DatasetSubject {
    QString code;         // the state whose recognition is mapped (XKX): status `self`
    QString name;         // English name, as in states.csv
    QDate firstDay;       // first day of the timeline (the declaration, 2008-02-17)
    QString version;      // edition of the dataset, e.g. "2026.12.1"
    QDate asOf;           // the day the data was last checked against its sources
    QStringList sources;

    // "2026.12.1 (as of 2026-12-01)"
    QString editionText() const;
};

// Reads <dir>/subject.csv (one row: code, name, first_day, version, as_of, source). Errors name
// file, line and field. Cheap: the CLI reads it before the map to check --date.
Result<DatasetSubject> readDatasetSubject(const QString &dir);

} // namespace atlas
