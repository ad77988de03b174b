// Help > About: version, what the atlas shows, data sources and licences.
#pragma once

class QWidget;

namespace atlas {

struct RecognitionDataset;

void showAboutDialog(QWidget *parent, const RecognitionDataset &data);

} // namespace atlas
