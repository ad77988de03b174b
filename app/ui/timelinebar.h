// The time control under the map: slider over 2008-02-17..today with event ticks, a large date
// label, play/pause, previous/next event, speed and loop. Owns the playback position; the window
// listens to dateChanged() and never sets map dates on its own. Retranslates on QEvent::LanguageChange.
// Reflows to its width: the speed and loop boxes move beside the slider, then the buttons drop
// their text (kept in the tooltip), so the bar never makes the window wider than 960 px.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace atlas {

class EventSlider;
class PlaybackClock;

class TimelineBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineBar)

public:
    // `eventDates`: sorted dates on which some status changes (RecognitionTimeline::changeDates).
    TimelineBar(const QDate &start, const QDate &end, const QList<QDate> &eventDates, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    bool isPlaying() const;
    bool loops() const;
    int speedIndex() const;
    QString dateText() const;

    void setDate(const QDate &date);  // clamped to [start, end]
    void setSpeedIndex(int index);
    void setLoop(bool on);
    void setPresentation(bool on);     // large type, high contrast

    // How the controls are laid out for the current width, widest first.
    enum class Flow { OneRow, OptionsBesideSlider, IconButtons };
    Flow flow() const { return m_flow; }
    QLabel *dateLabel() const { return m_dateLabel; }
    QComboBox *speedBox() const { return m_speed; }
    QSize minimumSizeHint() const override;  // of the narrowest flow

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepEvent(int direction);    // +1 next, -1 previous change date
    void stepMonths(int months);
    void goToStart();
    void goToEnd();

signals:
    void dateChanged(const QDate &date);
    void playingChanged(bool playing);
    void loopChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildControls();
    void addButtons(QHBoxLayout *row);
    QToolButton *addButton(int icon);
    void retranslate();
    void updateDateLabelWidth();
    void measureButtons();
    int widthNeeded(Flow flow) const;
    void reflow();
    void applyFlow(Flow flow, bool force = false);
    void updateIcons();
    void advance(double days);
    void onSliderMoved(int value);
    void updatePlayButton();

    QDate m_start;
    QDate m_end;
    QDate m_date;
    QList<QDate> m_eventDates;
    double m_position = 0.0;  // days since m_start, fractional while playing
    PlaybackClock *m_clock = nullptr;
    EventSlider *m_slider = nullptr;
    QLabel *m_dateLabel = nullptr;
    QToolButton *m_play = nullptr;
    QList<QToolButton *> m_buttons;  // first, previous, play, next, last
    QComboBox *m_speed = nullptr;
    QCheckBox *m_loop = nullptr;
    QWidget *m_options = nullptr;      // speed and loop: in the top row or beside the slider
    QHBoxLayout *m_topRow = nullptr;
    QHBoxLayout *m_sliderRow = nullptr;
    int m_textButtonsWidth = 0;         // the five buttons with their text, in the current font
    int m_iconButtonsWidth = 0;         // the same, icons only
    bool m_presentation = false;
    Flow m_flow = Flow::OneRow;
};

} // namespace atlas
