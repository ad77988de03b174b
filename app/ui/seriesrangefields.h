// The choices the frame and animation dialogs share: which dates (a step between two days) and
// the image size, as the --step/--from/--to/--size options of --frames and --animate.
#pragma once

#include "seriesrange.h"

#include <QObject>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace atlas {

class SeriesRangeFields final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesRangeFields)

public:
    // `first`/`last`: the days the series may cover; `initial` is clamped to them.
    SeriesRangeFields(const SeriesRange &initial, const QDate &first, const QDate &last, QWidget *parent);

    // "Frames:", "From:", "To:" and "Size:" rows.
    void addRows(QFormLayout *form);
    SeriesRange range() const;  // from <= to

private:
    QWidget *sizeRow(QWidget *parent);

    QComboBox *m_step = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
};

} // namespace atlas
