#include "frameexportdialog.h"

#include <QBoxLayout>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

#include <algorithm>

namespace atlas {

FrameExportDialog::FrameExportDialog(const FrameRequest &request, const QDate &first, const QDate &last, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export frames"));
    m_events = new QRadioButton(tr("One image per event date"), this);
    m_months = new QRadioButton(tr("One image per month"), this);
    (request.step == FrameStep::Months ? m_months : m_events)->setChecked(true);
    m_from = new QDateEdit(request.from, this);
    m_to = new QDateEdit(request.to, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDateRange(first, last);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_folder = new QLineEdit(request.folder, this);
    m_folder->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &FrameExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Frames:"), m_events);
    form->addRow(QString(), m_months);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(buttons);
}

void FrameExportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the frames"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

FrameRequest FrameExportDialog::request() const
{
    FrameRequest r;
    r.step = m_months->isChecked() ? FrameStep::Months : FrameStep::EventDates;
    r.from = std::min(m_from->date(), m_to->date());
    r.to = std::max(m_from->date(), m_to->date());
    r.folder = m_folder->text().trimmed();
    return r;
}

} // namespace atlas
