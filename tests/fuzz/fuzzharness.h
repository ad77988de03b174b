// What the fuzz targets run on one input, shared with tests/hardening/fuzzregressiontest.cpp so
// that every input the fuzzer once crashed on stays a test in the normal suite.
#pragma once

#include <QByteArray>
#include <QString>

namespace atlas::fuzz {

// The dataset reader: the first byte picks which of the eight files the rest replaces in
// `datasetDir`, a small copy of the shipped dataset (see makeFuzzDataset); the file is restored
// afterwards. A dataset that loads is run through the timeline and the CLI reports as well.
void runDatasetInput(const QByteArray &input, const QString &datasetDir);

// Copies the head of each shipped dataset file into `dir` (small, so each run is quick, but
// with every state so that cross-file checks pass). Returns false on failure.
bool makeFuzzDataset(const QString &shippedDir, const QString &dir);

// The map loader: the first byte picks which of .shp, .shx, .dbf and .prj the rest replaces in
// the Balkans fixture `fixtureBase` (path without suffix), served from GDAL's /vsimem/.
void runMapInput(const QByteArray &input, const QString &fixtureBase);

// The tour reader on arbitrary bytes, checked against the shipped dataset in `dataDir` (read
// once). Every error must name the file; a tour that loads has a chapter per row, each with an
// English caption and a date inside the timeline.
void runTourInput(const QByteArray &input, const QString &dataDir);

} // namespace atlas::fuzz
