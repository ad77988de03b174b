// Loads and validates the recognition dataset folder (resources/data/ or --data DIR).
#pragma once

#include "recognitiondataset.h"
#include "problem.h"

#include <QDate>

namespace atlas {

// Reads subject.csv, states.csv, events.csv, positions.csv, memberships.csv and key_dates.csv
// from `dir`, and count_facts.csv and published_counts.csv when they are there. Event dates must lie in [subject's first day, today]. Any error is located as
// file:line:field.
Result<RecognitionDataset> readDataset(const QString &dir, const QDate &today = QDate::currentDate());

} // namespace atlas
