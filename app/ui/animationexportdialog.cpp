#include "animationexportdialog.h"

#include "exportformat.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace atlas {

AnimationExportDialog::AnimationExportDialog(const AnimationRequest &request, const QDate &first, const QDate &last,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export animation"));
    buildChoices(request, first, last);
    buildSpeed(request);
    QLayout *sizeRow = buildSizeRow(request);
    QLayout *fileRow = buildFileRow(request);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Frames:"), m_step);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Speed:"), m_fps);
    form->addRow(tr("Hold last frame:"), m_hold);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("File:"), fileRow);
    form->addRow(buttons);
}


// Format (formats this build cannot write are disabled), frame step and date range.
void AnimationExportDialog::buildChoices(const AnimationRequest &request, const QDate &first, const QDate &last)
{
    m_format = new QComboBox(this);
    m_format->addItem(tr("GIF animation"), int(AnimationFormat::Gif));
    m_format->addItem(tr("MP4 video (H.264)"), int(AnimationFormat::Mp4));
    m_format->addItem(tr("WebM video (VP9)"), int(AnimationFormat::WebM));
    for (int i = 1; i < m_format->count(); ++i)
        if (!animationFormatAvailable(AnimationFormat(m_format->itemData(i).toInt())))
            m_format->setItemData(i, false, Qt::UserRole - 1);  // disabled: built without FFmpeg
    m_format->setCurrentIndex(m_format->findData(int(request.format)));
    m_step = new QComboBox(this);
    m_step->addItem(tr("One frame per event date"), int(FrameStep::EventDates));
    m_step->addItem(tr("One frame per day"), int(FrameStep::Days));
    m_step->addItem(tr("One frame per week"), int(FrameStep::Weeks));
    m_step->addItem(tr("One frame per month"), int(FrameStep::Months));
    m_step->addItem(tr("One frame per year"), int(FrameStep::Years));
    m_step->setCurrentIndex(m_step->findData(int(request.step)));
    m_from = new QDateEdit(request.from, this);
    m_to = new QDateEdit(request.to, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDateRange(first, last);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
}

void AnimationExportDialog::buildSpeed(const AnimationRequest &request)
{
    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 60);
    m_fps->setValue(request.speed.fps);
    m_fps->setSuffix(tr(" frames/s"));
    m_hold = new QDoubleSpinBox(this);
    m_hold->setRange(0, 60);
    m_hold->setSingleStep(0.5);
    m_hold->setValue(request.speed.holdSeconds);
    m_hold->setSuffix(tr(" s"));
}

QLayout *AnimationExportDialog::buildSizeRow(const AnimationRequest &request)
{
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *side : {m_width, m_height})
        side->setRange(64, 7680);
    m_width->setValue(request.size.width());
    m_height->setValue(request.size.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    return sizeRow;
}

QLayout *AnimationExportDialog::buildFileRow(const AnimationRequest &request)
{
    m_path = new QLineEdit(request.path, this);
    m_path->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &AnimationExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AnimationExportDialog::formatChanged);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    return fileRow;
}

// The file's extension follows the chosen format.
void AnimationExportDialog::formatChanged()
{
    const QString ext = animationFormatExtensions().value(m_format->currentIndex());
    QString path = m_path->text().trimmed();
    if (path.isEmpty() || ext.isEmpty())
        return;
    const QString old = extensionOf(path);
    if (!old.isEmpty())
        path.chop(old.size() + 1);
    m_path->setText(path + QLatin1Char('.') + ext);
}

void AnimationExportDialog::chooseFile()
{
    const QString ext = animationFormatExtensions().value(m_format->currentIndex());
    const QString path = QFileDialog::getSaveFileName(this, tr("Animation file"), m_path->text(),
                                                      tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty())
        m_path->setText(extensionOf(path) == ext ? path : path + QLatin1Char('.') + ext);
}

AnimationRequest AnimationExportDialog::request() const
{
    AnimationRequest r;
    r.format = AnimationFormat(m_format->currentData().toInt());
    r.step = FrameStep(m_step->currentData().toInt());
    r.from = std::min(m_from->date(), m_to->date());
    r.to = std::max(m_from->date(), m_to->date());
    r.speed.fps = m_fps->value();
    r.speed.holdSeconds = m_hold->value();
    r.size = QSize(m_width->value(), m_height->value());
    r.path = m_path->text().trimmed();
    const QString ext = animationFormatExtensions().value(int(r.format));
    if (!r.path.isEmpty() && animationFormatForPath(r.path) != r.format)
        r.path += QLatin1Char('.') + ext;
    return r;
}

} // namespace atlas
