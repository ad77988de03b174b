// The time slider: a horizontal QSlider (one step per day) that also draws a tick for every
// date on which some status changed and labels the years underneath. Used by TimelineBar.
#pragma once

#include <QDate>
#include <QList>
#include <QSlider>

namespace atlas {

class EventSlider final : public QSlider {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSlider)

public:
    explicit EventSlider(QWidget *parent = nullptr);

    // Slider value v is the day `start + v`.
    void setDates(const QDate &start, const QDate &end, const QList<QDate> &eventDates);
    QDate dateAt(int value) const { return m_start.addDays(value); }
    int valueOf(const QDate &date) const { return int(m_start.daysTo(date)); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int yearLabelStep() const;  // 1: every year is labelled, 2: every other year, then 5 or 10

protected:
    // The slider itself takes the top of the widget; ticks and year labels go underneath.
    void initStyleOption(QStyleOptionSlider *option) const override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int sliderHeight() const;
    int labelsHeight() const;
    int xOf(int value) const;

    QDate m_start;
    QList<int> m_marks;  // slider values of event dates
};

} // namespace atlas
