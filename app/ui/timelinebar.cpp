#include "timelinebar.h"

#include "eventslider.h"
#include "labels.h"
#include "mediaicons.h"
#include "playbackclock.h"

#include <QApplication>
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
constexpr int kDateGap = 24;       // between the buttons and the date
constexpr int kButtonGap = 12;     // around the play button
constexpr int kSliderMinimum = 240;  // the slider beside the speed and loop boxes stays usable

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

// Black on white whatever the window theme, like the projector map above it: every role is set,
// from Fusion's light palette, so nothing of a dark theme shows through.
QPalette highContrastPalette()
{
    const QPalette light = QApplication::style()->standardPalette();
    QPalette p;
    for (int group = 0; group < QPalette::NColorGroups; ++group)
        for (int role = 0; role < QPalette::NColorRoles; ++role)
            if (role != QPalette::NoRole)
                p.setColor(QPalette::ColorGroup(group), QPalette::ColorRole(role),
                           light.color(QPalette::ColorGroup(group), QPalette::ColorRole(role)));
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
    measureButtons();
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
    m_topRow = new QHBoxLayout;
    addButtons(m_topRow);
    m_topRow->addSpacing(kDateGap);
    m_dateLabel = new QLabel(this);
    m_topRow->addWidget(m_dateLabel, 1);
    m_options = new QWidget(this);
    auto *options = new QHBoxLayout(m_options);
    options->setContentsMargins(0, 0, 0, 0);
    m_speed = new QComboBox(m_options);
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // follows each language's longest speed
    for (int i = 0; i < int(std::size(kSpeeds)); ++i)
        m_speed->addItem(QString());
    connect(m_speed, &QComboBox::currentIndexChanged, this, &TimelineBar::setSpeedIndex);
    options->addWidget(m_speed);
    m_loop = new QCheckBox(m_options);
    connect(m_loop, &QCheckBox::toggled, this, &TimelineBar::loopChanged);
    options->addWidget(m_loop);
    m_topRow->addWidget(m_options);
    m_slider = new EventSlider(this);
    m_sliderRow = new QHBoxLayout;
    m_sliderRow->addWidget(m_slider, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 4, 10, 4);
    column->setSpacing(2);
    column->addLayout(m_topRow);
    column->addLayout(m_sliderRow);
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
            row->addSpacing(kButtonGap);  // play stands apart from the steps
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
    measureButtons();
    reflow();
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
    m_presentation = on;
    QFont dateFont = font();
    dateFont.setPixelSize(on ? 50 : 30);  // 50 px: the longest Serbian date still fits 1024 px
    dateFont.setBold(true);
    m_dateLabel->setFont(dateFont);
    updateDateLabelWidth();
    QFont controls = font();
    controls.setPixelSize(on ? 24 : 15);
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_dateLabel)
            w->setFont(controls);
    const int icon = on ? 40 : 22;
    for (QToolButton *b : std::as_const(m_buttons))
        b->setIconSize(QSize(icon, icon));
    m_slider->setMinimumHeight(on ? 96 : 0);
    // A style sheet replaces the widget's palette: the year labels' colour must be in it too.
    m_slider->setStyleSheet(on ? QStringLiteral(
        "QSlider { color: black; background: white; }"
        "QSlider::groove:horizontal { height: 12px; border-radius: 6px; background: #c8c8c8; }"
        "QSlider::sub-page:horizontal { border-radius: 6px; background: #005a9c; }"
        "QSlider::handle:horizontal { width: 32px; margin: -11px 0; border-radius: 17px; background: #005a9c;"
        " border: 1px solid black; }") : QString());
    m_loop->setStyleSheet(on ? QStringLiteral(
        "QCheckBox { color: black; }"
        "QCheckBox::indicator { width: 24px; height: 24px; border: 2px solid black; background: white; }"
        "QCheckBox::indicator:checked { background: #005a9c; }") : QString());
    setAutoFillBackground(on);
    setPalette(on ? highContrastPalette() : QPalette());
    measureButtons();
    applyFlow(m_flow, true);
    reflow();
}

// Toggles each button's style to read its width both ways; the sizes are cached until the text or
// the font changes again, so a resize only adds them up.
void TimelineBar::measureButtons()
{
    m_textButtonsWidth = m_iconButtonsWidth = 0;
    for (QToolButton *b : std::as_const(m_buttons)) {
        const Qt::ToolButtonStyle shown = b->toolButtonStyle();
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_iconButtonsWidth += b->sizeHint().width();
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_textButtonsWidth += b->sizeHint().width();
        b->setToolButtonStyle(shown);
    }
    // Play and Pause differ in length: leave room for the longer one.
    const QFontMetrics metrics(m_play->font());
    m_textButtonsWidth += std::abs(metrics.horizontalAdvance(tr("Pause")) - metrics.horizontalAdvance(tr("Play")));
}

int TimelineBar::widthNeeded(Flow flow) const
{
    const int gap = std::max(6, style()->layoutSpacing(QSizePolicy::ToolButton, QSizePolicy::ToolButton, Qt::Horizontal));
    const bool icons = m_presentation || flow == Flow::IconButtons;
    // Five buttons, three spacers and the date: nine gaps between them.
    int top = (icons ? m_iconButtonsWidth : m_textButtonsWidth) + kDateGap + 2 * kButtonGap + 9 * gap +
              m_dateLabel->minimumWidth();
    const int options = m_options->sizeHint().width() + gap;
    int beside = 0;
    if (flow == Flow::OneRow)
        top += options;
    else
        beside = kSliderMinimum + options;
    const QMargins margins = layout()->contentsMargins();
    return margins.left() + margins.right() + std::max(top, beside);
}

QSize TimelineBar::minimumSizeHint() const
{
    return {widthNeeded(Flow::IconButtons), QWidget::minimumSizeHint().height()};
}

void TimelineBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void TimelineBar::reflow()
{
    for (Flow flow : {Flow::OneRow, Flow::OptionsBesideSlider}) {
        if (widthNeeded(flow) <= width()) {
            applyFlow(flow);
            return;
        }
    }
    applyFlow(Flow::IconButtons);
}

void TimelineBar::applyFlow(Flow flow, bool force)
{
    if (flow == m_flow && !force)
        return;
    m_flow = flow;
    QHBoxLayout *target = flow == Flow::OneRow ? m_topRow : m_sliderRow;
    if (target->indexOf(m_options) < 0) {
        (target == m_topRow ? m_sliderRow : m_topRow)->removeWidget(m_options);
        target->addWidget(m_options, 0, Qt::AlignTop);
    }
    const bool icons = m_presentation || flow == Flow::IconButtons;  // in presentation the date needs the room
    for (QToolButton *b : std::as_const(m_buttons))
        b->setToolButtonStyle(icons ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

} // namespace atlas
