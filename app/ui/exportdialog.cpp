#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

const QList<QSize> kPresets = {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)};

} // namespace

ExportDialog::ExportDialog(const ExportSettings &settings, const QSize &viewSize, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_viewSize(viewSize)
{
    setWindowTitle(tr("Export PNG"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    buildSizeControls();
    m_legend = new QCheckBox(tr("Legend with counts"), this);
    m_title = new QCheckBox(tr("Title, date and UN counter"), this);
    m_source = new QCheckBox(tr("Source line"), this);
    m_legend->setChecked(settings.legend);
    m_title->setChecked(settings.title);
    m_source->setChecked(settings.sourceLine);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Size:"), m_preset);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Show:"), m_legend);
    form->addRow(QString(), m_title);
    form->addRow(QString(), m_source);
    form->addRow(m_note);
    form->addRow(buttons);
}

void ExportDialog::buildSizeControls()
{
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("1280 × 720 (HD)"), kPresets[0]);
    m_preset->addItem(tr("1920 × 1080 (Full HD)"), kPresets[1]);
    m_preset->addItem(tr("3840 × 2160 (4K)"), kPresets[2]);
    m_preset->addItem(tr("Same as the window (%1 × %2)").arg(m_viewSize.width()).arg(m_viewSize.height()), m_viewSize);
    m_preset->addItem(tr("Custom"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(64, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(m_settings.size.width());
    m_height->setValue(m_settings.size.height());
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateNote);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::onPresetChanged);
    const int preset = m_preset->findData(m_settings.size);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    onPresetChanged(m_preset->currentIndex());
}

void ExportDialog::onPresetChanged(int index)
{
    const QVariant size = m_preset->itemData(index);
    const bool custom = !size.isValid();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        m_width->setValue(size.toSize().width());
        m_height->setValue(size.toSize().height());
    }
    updateNote();
}

void ExportDialog::updateNote()
{
    const QSize size(m_width->value(), m_height->value());
    const double viewAspect = double(m_viewSize.width()) / std::max(1, m_viewSize.height());
    const double aspect = double(size.width()) / size.height();
    QString note = tr("The image shows the region and zoom of the window, scaled to %1 pixels wide.").arg(size.width());
    if (std::abs(aspect - viewAspect) > 0.02)
        note += QLatin1Char(' ') + tr("Its shape differs from the window's, so it shows more or less above and below.");
    m_note->setText(note);
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s = m_settings;
    s.size = QSize(m_width->value(), m_height->value());
    s.legend = m_legend->isChecked();
    s.title = m_title->isChecked();
    s.sourceLine = m_source->isChecked();
    return s;
}

} // namespace atlas
