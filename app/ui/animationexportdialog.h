// File > Export Animation: format (GIF, MP4, WebM), date range, step, speed (frame rate and hold
// at the end), size and the file. The same choices as --animate on the command line.
#pragma once

#include "animationexporter.h"
#include "frameexporter.h"

#include <QDialog>

class QComboBox;
class QLayout;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace atlas {

struct AnimationRequest {
    AnimationFormat format = AnimationFormat::Gif;
    FrameStep step = FrameStep::Months;
    QDate from;
    QDate to;
    AnimationSettings speed;
    QSize size{1280, 720};
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
    void buildChoices(const AnimationRequest &request, const QDate &first, const QDate &last);
    void buildSpeed(const AnimationRequest &request);
    QLayout *buildSizeRow(const AnimationRequest &request);
    QLayout *buildFileRow(const AnimationRequest &request);

    QComboBox *m_format = nullptr;
    QComboBox *m_step = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_fps = nullptr;
    QDoubleSpinBox *m_hold = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace atlas
