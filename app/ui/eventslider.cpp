#include "eventslider.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

namespace atlas {

EventSlider::EventSlider(QWidget *parent) : QSlider(Qt::Horizontal, parent)
{
    setPageStep(30);
    setSingleStep(1);
    setTracking(true);
}

void EventSlider::setDates(const QDate &start, const QDate &end, const QList<QDate> &eventDates)
{
    m_start = start;
    setRange(0, int(start.daysTo(end)));
    m_marks.clear();
    for (const QDate &d : eventDates)
        if (d >= start && d <= end)
            m_marks << valueOf(d);
    update();
}

QSize EventSlider::sizeHint() const
{
    const QSize base = QSlider::sizeHint();
    return {std::max(base.width(), 400), base.height() + labelsHeight()};
}

QSize EventSlider::minimumSizeHint() const
{
    const QSize base = QSlider::minimumSizeHint();
    return {base.width(), base.height() + labelsHeight()};
}

int EventSlider::sliderHeight() const
{
    // From the style, not sizeHint(): QSlider::sizeHint() calls initStyleOption(), which calls this.
    QStyleOptionSlider opt;
    QSlider::initStyleOption(&opt);
    const int thickness = style()->pixelMetric(QStyle::PM_SliderThickness, &opt, this);
    const int natural = style()->sizeFromContents(QStyle::CT_Slider, &opt, QSize(84, thickness), this).height();
    return std::max(natural, height() - labelsHeight());
}

int EventSlider::labelsHeight() const
{
    return fontMetrics().height() * 3 / 2 + 4;
}

void EventSlider::initStyleOption(QStyleOptionSlider *option) const
{
    QSlider::initStyleOption(option);
    option->rect.setHeight(sliderHeight());
}

int EventSlider::xOf(int value) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = width() - handle.width();
    return handle.width() / 2 + QStyle::sliderPositionFromValue(minimum(), maximum(), value, span);
}

void EventSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    QPainter p(this);
    const int tickTop = sliderHeight() + 1, tickBottom = tickTop + fontMetrics().height() / 2;
    p.setPen(QPen(palette().color(QPalette::Highlight), 1));
    for (int v : std::as_const(m_marks))
        p.drawLine(xOf(v), tickTop, xOf(v), tickBottom);
    p.setPen(palette().color(QPalette::WindowText));
    const QDate end = dateAt(maximum());
    const int yearStep = yearLabelStep();
    const int firstYear = (m_start.year() + yearStep) / yearStep * yearStep;  // 2010, 2015...: round years
    for (int year = firstYear; year <= end.year(); year += yearStep) {
        const int x = xOf(valueOf(QDate(year, 1, 1)));
        const QString label = QString::number(year);
        const int w = fontMetrics().horizontalAdvance(label);
        p.drawLine(x, tickTop, x, tickBottom + 3);
        p.drawText(QRect(x - w, tickBottom + 2, 2 * w, fontMetrics().height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

// Every year when there is room, else every 2nd, 5th or 10th: labels never run together,
// whatever the width and the font (presentation mode's is large).
int EventSlider::yearLabelStep() const
{
    const int years = std::max(1, dateAt(maximum()).year() - m_start.year() + 1);
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("2000  "));
    for (int step : {1, 2, 5})
        if (width() * step / years >= labelWidth)
            return step;
    return 10;
}

void EventSlider::mousePressEvent(QMouseEvent *event)
{
    // A click on the track jumps there (the default only steps by a page), which is what a
    // teacher pointing at a year expects.
    if (event->button() == Qt::LeftButton) {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        if (!handle.contains(event->position().toPoint())) {
            const int span = width() - handle.width();
            setValue(QStyle::sliderValueFromPosition(minimum(), maximum(),
                                                     int(event->position().x()) - handle.width() / 2, span));
        }
    }
    QSlider::mousePressEvent(event);
}

} // namespace atlas
