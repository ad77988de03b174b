#include "seriesrangefields.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace atlas {

SeriesRangeFields::SeriesRangeFields(const SeriesRange &initial, const QDate &first, const QDate &last, QWidget *parent)
    : QObject(parent)
{
    m_step = new QComboBox(parent);
    m_step->addItem(tr("One frame per event date"), int(FrameStep::EventDates));
    m_step->addItem(tr("One frame per day"), int(FrameStep::Days));
    m_step->addItem(tr("One frame per week"), int(FrameStep::Weeks));
    m_step->addItem(tr("One frame per month"), int(FrameStep::Months));
    m_step->addItem(tr("One frame per year"), int(FrameStep::Years));
    m_step->setCurrentIndex(std::max(0, m_step->findData(int(initial.step))));
    m_from = new QDateEdit(parent);
    m_to = new QDateEdit(parent);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDateRange(first, last);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // A remembered range may lie outside today's: QDateEdit clamps it to the allowed days.
    m_from->setDate(initial.from.isValid() ? initial.from : first);
    m_to->setDate(initial.to.isValid() ? initial.to : last);
    m_from->setToolTip(tr("The first frame shows this day"));
    m_to->setToolTip(tr("The last frame shows this day"));
    m_width = new QSpinBox(parent);
    m_height = new QSpinBox(parent);
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(64, 7680);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(initial.size.width());
    m_height->setValue(initial.size.height());
    m_width->setToolTip(tr("Width of each frame in pixels"));
    m_height->setToolTip(tr("Height of each frame in pixels"));
}

QWidget *SeriesRangeFields::sizeRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_width);
    layout->addWidget(new QLabel(QStringLiteral("×"), row));
    layout->addWidget(m_height);
    layout->addStretch(1);
    return row;
}

void SeriesRangeFields::addRows(QFormLayout *form)
{
    form->addRow(tr("Frames:"), m_step);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Size:"), sizeRow(form->parentWidget()));
}

SeriesRange SeriesRangeFields::range() const
{
    SeriesRange r;
    r.step = FrameStep(m_step->currentData().toInt());
    r.from = std::min(m_from->date(), m_to->date());
    r.to = std::max(m_from->date(), m_to->date());
    r.size = QSize(m_width->value(), m_height->value());
    return r;
}

} // namespace atlas
