#include "timelinebar.h"

#include "eventslider.h"
#include "labels.h"
#include "mediaicons.h"
#include "playbackclock.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

struct Speed {
    const char *label;
    double daysPerSecond;
};

// A full run from 2008 to today takes about 17 minutes at the slowest speed, 17 s at the fastest.
constexpr Speed kSpeeds[] = {
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "1 week per second"), 7.0},
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "1 month per second"), 30.4},
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "3 months per second"), 91.3},
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "1 year per second"), 365.25},
};
constexpr int kDefaultSpeed = 2;

struct ButtonText {
    const char *text;
    const char *tip;
};

// In the order of TimelineBar::m_buttons; the play button's text follows the playback state.
constexpr ButtonText kButtonTexts[] = {
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "Start"),
     QT_TRANSLATE_NOOP("atlas::TimelineBar", "First date: 17 February 2008 (Home)")},
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "Event"), QT_TRANSLATE_NOOP("atlas::TimelineBar", "Previous event (Left)")},
    {nullptr, QT_TRANSLATE_NOOP("atlas::TimelineBar", "Play or pause (Space)")},
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "Event"), QT_TRANSLATE_NOOP("atlas::TimelineBar", "Next event (Right)")},
    {QT_TRANSLATE_NOOP("atlas::TimelineBar", "Today"), QT_TRANSLATE_NOOP("atlas::TimelineBar", "Last date: today (End)")},
};

// Black on white whatever the window theme, like the projector map above it.
QPalette highContrastPalette()
{
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x5A, 0x9C));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

TimelineBar::TimelineBar(const QDate &start, const QDate &end, const QList<QDate> &eventDates, QWidget *parent)
    : QWidget(parent), m_start(start), m_end(end), m_date(start), m_eventDates(eventDates)
{
    m_clock = new PlaybackClock(this);
    connect(m_clock, &PlaybackClock::advanced, this, &TimelineBar::advance);
    buildControls();
    m_slider->setDates(start, end, eventDates);
    connect(m_slider, &QSlider::valueChanged, this, &TimelineBar::onSliderMoved);
    connect(m_slider, &QSlider::sliderPressed, this, &TimelineBar::pause);
    setSpeedIndex(kDefaultSpeed);
    retranslate();
    updateIcons();
}

QToolButton *TimelineBar::addButton(int icon)
{
    auto *b = new QToolButton(this);
    b->setProperty("mediaIcon", icon);
    m_buttons << b;
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

void TimelineBar::buildControls()
{
    auto *row = new QHBoxLayout;
    addButtons(row);
    row->addSpacing(24);
    m_dateLabel = new QLabel(this);
    row->addWidget(m_dateLabel, 1);
    m_speed = new QComboBox(this);
    for (int i = 0; i < int(std::size(kSpeeds)); ++i)
        m_speed->addItem(QString());
    connect(m_speed, &QComboBox::currentIndexChanged, this, &TimelineBar::setSpeedIndex);
    row->addWidget(m_speed);
    m_loop = new QCheckBox(this);
    connect(m_loop, &QCheckBox::toggled, this, &TimelineBar::loopChanged);
    row->addWidget(m_loop);
    m_slider = new EventSlider(this);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 4, 10, 4);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_slider);
    setPresentation(false);
}

void TimelineBar::addButtons(QHBoxLayout *row)
{
    QToolButton *first = addButton(int(MediaIcon::Start));
    QToolButton *prev = addButton(int(MediaIcon::PreviousEvent));
    m_play = addButton(int(MediaIcon::Play));
    QToolButton *next = addButton(int(MediaIcon::NextEvent));
    QToolButton *last = addButton(int(MediaIcon::End));
    next->setLayoutDirection(Qt::RightToLeft);  // icon after the text: "Event >>"
    connect(first, &QToolButton::clicked, this, &TimelineBar::goToStart);
    connect(prev, &QToolButton::clicked, this, [this] { stepEvent(-1); });
    connect(m_play, &QToolButton::clicked, this, &TimelineBar::togglePlay);
    connect(next, &QToolButton::clicked, this, [this] { stepEvent(+1); });
    connect(last, &QToolButton::clicked, this, &TimelineBar::goToEnd);
    for (QToolButton *b : {first, prev, m_play, next, last}) {
        row->addWidget(b);
        if (b == prev || b == m_play)
            row->addSpacing(12);  // play stands apart from the steps
    }
}

void TimelineBar::retranslate()
{
    for (int i = 0; i < int(m_buttons.size()); ++i) {
        const ButtonText &t = kButtonTexts[i];
        if (t.text)
            m_buttons[i]->setText(tr(t.text));
        m_buttons[i]->setToolTip(tr(t.tip));
        m_buttons[i]->setAccessibleName(tr(t.tip));
    }
    updatePlayButton();
    m_dateLabel->setAccessibleName(tr("Date shown"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (int i = 0; i < int(std::size(kSpeeds)); ++i)
        m_speed->setItemText(i, tr(kSpeeds[i].label));
    m_loop->setText(tr("Loop"));
    m_loop->setToolTip(tr("Start again from 2008 after reaching today (Ctrl+L)"));
    m_slider->setAccessibleName(tr("Date"));
    m_slider->setToolTip(tr("Drag to move through time; ticks mark recognitions and withdrawal claims"));
    m_dateLabel->setText(longDate(m_date));
    m_slider->setAccessibleDescription(m_dateLabel->text());
    updateDateLabelWidth();
}

bool TimelineBar::isPlaying() const { return m_clock->isRunning(); }
bool TimelineBar::loops() const { return m_loop->isChecked(); }
int TimelineBar::speedIndex() const { return m_speed->currentIndex(); }
QString TimelineBar::dateText() const { return m_dateLabel->text(); }
void TimelineBar::setLoop(bool on) { m_loop->setChecked(on); }

void TimelineBar::setSpeedIndex(int index)
{
    if (index < 0 || index >= int(std::size(kSpeeds)))
        return;
    m_speed->setCurrentIndex(index);
    m_clock->setDaysPerSecond(kSpeeds[index].daysPerSecond);
}

void TimelineBar::setDate(const QDate &date)
{
    const QDate d = std::clamp(date, m_start, m_end);
    m_position = double(m_start.daysTo(d));
    m_slider->setValue(m_slider->valueOf(d));  // emits dateChanged through onSliderMoved
}

void TimelineBar::onSliderMoved(int value)
{
    const QDate d = m_slider->dateAt(value);
    if (std::floor(m_position) != value)
        m_position = value;  // the user moved the slider: playback continues from there
    if (d == m_date)
        return;
    m_date = d;
    m_dateLabel->setText(longDate(d));
    m_slider->setAccessibleDescription(m_dateLabel->text());  // screen readers say the date, not a day count
    emit dateChanged(d);
}

void TimelineBar::advance(double days)
{
    const double endPosition = m_start.daysTo(m_end);
    m_position += days;
    if (m_position > endPosition) {
        if (!loops()) {
            m_position = endPosition;
            pause();
        } else {
            m_position = 0.0;
        }
    }
    m_slider->setValue(int(std::floor(m_position)));
}

void TimelineBar::play()
{
    if (isPlaying())
        return;
    if (m_date >= m_end)  // pressing play at the end starts over, as media players do
        setDate(m_start);
    m_clock->start();
    updatePlayButton();
    emit playingChanged(true);
}

void TimelineBar::pause()
{
    if (!isPlaying())
        return;
    m_clock->stop();
    updatePlayButton();
    emit playingChanged(false);
}

void TimelineBar::togglePlay()
{
    isPlaying() ? pause() : play();
}

void TimelineBar::updatePlayButton()
{
    const bool playing = isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setProperty("mediaIcon", int(playing ? MediaIcon::Pause : MediaIcon::Play));
    updateIcons();
}

void TimelineBar::updateIcons()
{
    const QColor colour = palette().color(QPalette::ButtonText);
    for (QToolButton *b : std::as_const(m_buttons))
        b->setIcon(mediaIcon(MediaIcon(b->property("mediaIcon").toInt()), colour));
}

void TimelineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The longest date must never be clipped, in either size or language.
void TimelineBar::updateDateLabelWidth()
{
    const QFontMetrics metrics(m_dateLabel->font());
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, metrics.horizontalAdvance(longDate(QDate(2000, month, 28))));
    m_dateLabel->setMinimumWidth(widest + 8);
}

void TimelineBar::stepEvent(int direction)
{
    pause();
    if (direction > 0) {
        const auto it = std::upper_bound(m_eventDates.cbegin(), m_eventDates.cend(), m_date);
        setDate(it == m_eventDates.cend() ? m_end : *it);
    } else {
        const auto it = std::lower_bound(m_eventDates.cbegin(), m_eventDates.cend(), m_date);
        setDate(it == m_eventDates.cbegin() ? m_start : *(it - 1));
    }
}

void TimelineBar::stepMonths(int months)
{
    pause();
    setDate(m_date.addMonths(months));
}

void TimelineBar::goToStart()
{
    pause();
    setDate(m_start);
}

void TimelineBar::goToEnd()
{
    pause();
    setDate(m_end);
}

void TimelineBar::setPresentation(bool on)
{
    QFont dateFont = font();
    dateFont.setPixelSize(on ? 56 : 30);
    dateFont.setBold(true);
    m_dateLabel->setFont(dateFont);
    updateDateLabelWidth();
    QFont controls = font();
    controls.setPixelSize(on ? 24 : 15);
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_dateLabel)
            w->setFont(controls);
    const int icon = on ? 40 : 22;
    for (QToolButton *b : std::as_const(m_buttons)) {
        b->setIconSize(QSize(icon, icon));
        b->setToolButtonStyle(on ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);  // room for the date
    }
    m_slider->setMinimumHeight(on ? 96 : 0);
    m_slider->setStyleSheet(on ? QStringLiteral(
        "QSlider::groove:horizontal { height: 12px; border-radius: 6px; background: #c8c8c8; }"
        "QSlider::sub-page:horizontal { border-radius: 6px; background: #005a9c; }"
        "QSlider::handle:horizontal { width: 32px; margin: -11px 0; border-radius: 17px; background: #005a9c;"
        " border: 1px solid black; }") : QString());
    m_loop->setStyleSheet(on ? QStringLiteral(
        "QCheckBox::indicator { width: 24px; height: 24px; border: 2px solid black; background: white; }"
        "QCheckBox::indicator:checked { background: #005a9c; }") : QString());
    setAutoFillBackground(on);
    setPalette(on ? highContrastPalette() : QPalette());
}

} // namespace atlas
