// File > Export PNG: picks the image size (presets or custom) and which annotations to draw.
// The region and zoom always come from the window's current view.
#pragma once

#include "exportsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace atlas {

class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `viewSize`: the map view's size in pixels, offered as its own preset.
    ExportDialog(const ExportSettings &settings, const QSize &viewSize, QWidget *parent = nullptr);

    ExportSettings settings() const;

private:
    void buildSizeControls();
    void onPresetChanged(int index);
    void updateNote();

    ExportSettings m_settings;
    QSize m_viewSize;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_title = nullptr;
    QCheckBox *m_source = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace atlas
