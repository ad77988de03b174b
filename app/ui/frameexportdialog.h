// File > Export Frames: which dates and size (as --frames' --step, --from, --to, --size) and
// the new folder the numbered PNGs and frames.csv go into.
#pragma once

#include "frameexporter.h"
#include "seriesrangefields.h"

#include <QDialog>

class QLineEdit;

namespace atlas {

class FrameExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameExportDialog)

public:
    // `first`/`last`: the allowed days; `range` and `folder` the initial values.
    FrameExportDialog(const SeriesRange &range, const QString &folder, const QDate &first, const QDate &last,
                      QWidget *parent = nullptr);

    SeriesRange range() const;
    QString folder() const;
    FrameRequest request() const;  // the range's dates into folder()

private:
    void chooseFolder();

    SeriesRangeFields *m_range = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace atlas
