// File > Export frames: which dates (each event or each month, between two dates) and which folder.
#pragma once

#include "frameexporter.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace atlas {

class FrameExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameExportDialog)

public:
    // `first`/`last`: the allowed range; `request` gives the initial values.
    FrameExportDialog(const FrameRequest &request, const QDate &first, const QDate &last, QWidget *parent = nullptr);

    FrameRequest request() const;

private:
    void chooseFolder();

    QRadioButton *m_events = nullptr;
    QRadioButton *m_months = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace atlas
