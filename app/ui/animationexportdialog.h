// File > Export Animation: format (GIF, MP4, WebM), date range, step, speed (frame rate and hold
// at the end), size and the file. The same choices as --animate on the command line.
#pragma once

#include "animationexporter.h"
#include "frameexporter.h"
#include "seriesrangefields.h"

#include <QDialog>

class QComboBox;
class QLayout;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace atlas {

struct AnimationRequest {
    AnimationFormat format = AnimationFormat::Gif;
    SeriesRange range;  // step, from, to, size
    AnimationSettings speed;
    QString path;
};

class AnimationExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnimationExportDialog)

public:
    AnimationExportDialog(const AnimationRequest &request, const QDate &first, const QDate &last, QWidget *parent = nullptr);

    AnimationRequest request() const;

private:
    void chooseFile();
    void formatChanged();
    void buildFormat(const AnimationRequest &request);
    void buildSpeed(const AnimationRequest &request);
    QLayout *buildFileRow(const AnimationRequest &request);

    QComboBox *m_format = nullptr;
    SeriesRangeFields *m_range = nullptr;
    QSpinBox *m_fps = nullptr;
    QDoubleSpinBox *m_hold = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace atlas
