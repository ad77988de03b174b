#include "frameexportdialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace atlas {

FrameExportDialog::FrameExportDialog(const SeriesRange &range, const QString &folder, const QDate &first,
                                     const QDate &last, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export frames"));
    m_range = new SeriesRangeFields(range, first, last, this);
    m_folder = new QLineEdit(folder, this);
    m_folder->setMinimumWidth(320);
    m_folder->setToolTip(tr("A new or empty folder: the frames are numbered 0001.png, 0002.png, … beside frames.csv"));
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
    m_range->addRows(form);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(buttons);
}

void FrameExportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the frames"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

SeriesRange FrameExportDialog::range() const
{
    return m_range->range();
}

QString FrameExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

FrameRequest FrameExportDialog::request() const
{
    const SeriesRange r = range();
    return {r.step, r.from, r.to, folder()};
}

} // namespace atlas
