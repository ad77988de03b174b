// Help > About: version, what the atlas shows, data sources and licences.
#pragma once

#include <QString>

class QWidget;

namespace atlas {

struct RecognitionDataset;

void showAboutDialog(QWidget *parent, const RecognitionDataset &data);
QString aboutText(const RecognitionDataset &data);  // the box's rich text, licences included

} // namespace atlas
