// Reads and validates a tour file (resources/data/tour.csv, or one a teacher wrote): columns
// chapter, date, region, emphasis, source, caption_en, caption_sq, caption_sr, caption_sr_Latn.
// Every error names file, line and field, as for the dataset; a file with any error gives no tour.
#pragma once

#include "problem.h"
#include "recognitiondataset.h"
#include "tourchapter.h"

#include <QByteArray>
#include <QList>

namespace atlas {

// What a tour is checked against: the dataset's states and timeline, the region ids the map has
// (regionIds() in core/geo; passed in, so that the data layer does not depend on geo).
struct TourContext {
    const RecognitionDataset *data = nullptr;
    QStringList regionIds;
    QDate today;
};

// A caption longer than this does not fit the caption card at projector size.
inline constexpr int kMaxCaptionChars = 420;

Result<QList<TourChapter>> parseTour(const QByteArray &bytes, const QString &file, const TourContext &context);
Result<QList<TourChapter>> readTour(const QString &path, const TourContext &context);

// <dataDir>/tour.csv
QString shippedTourPath(const QString &dataDir);

} // namespace atlas
