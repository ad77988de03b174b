#include "animationexportdialog.h"

#include "exportformat.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>


namespace atlas {

AnimationExportDialog::AnimationExportDialog(const AnimationRequest &request, const QDate &first, const QDate &last,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export animation"));
    buildFormat(request);
    m_range = new SeriesRangeFields(request.range, first, last, this);
    buildSpeed(request);
    QLayout *fileRow = buildFileRow(request);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    m_range->addRows(form);
    form->addRow(tr("Speed:"), m_fps);
    form->addRow(tr("Hold last frame:"), m_hold);
    form->addRow(tr("File:"), fileRow);
    form->addRow(buttons);
}

// The formats; those this build cannot write are disabled.
void AnimationExportDialog::buildFormat(const AnimationRequest &request)
{
    m_format = new QComboBox(this);
    m_format->addItem(tr("GIF animation"), int(AnimationFormat::Gif));
    m_format->addItem(tr("MP4 video (H.264)"), int(AnimationFormat::Mp4));
    m_format->addItem(tr("WebM video (VP9)"), int(AnimationFormat::WebM));
    for (int i = 1; i < m_format->count(); ++i)
        if (!animationFormatAvailable(AnimationFormat(m_format->itemData(i).toInt())))
            m_format->setItemData(i, false, Qt::UserRole - 1);  // disabled: built without FFmpeg
    m_format->setCurrentIndex(m_format->findData(int(request.format)));
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
    r.range = m_range->range();
    r.speed.fps = m_fps->value();
    r.speed.holdSeconds = m_hold->value();
    r.path = m_path->text().trimmed();
    const QString ext = animationFormatExtensions().value(int(r.format));
    if (!r.path.isEmpty() && animationFormatForPath(r.path) != r.format)
        r.path += QLatin1Char('.') + ext;
    return r;
}

} // namespace atlas
