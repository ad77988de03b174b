// Validation that each state's events tell a possible story (no withdrawal before a recognition).
#pragma once

#include "problem.h"
#include "recognitiondataset.h"

namespace atlas {

// Appends one error per impossible step, naming events.csv and the event's line.
void checkEventSequences(const RecognitionDataset &data, QList<Problem> &errors);

} // namespace atlas
