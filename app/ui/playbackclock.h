// A ~60 Hz clock for playback: tells its owner how many days of history passed since the last
// tick at the chosen speed, measured from real elapsed time so a slow frame never slows history.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace atlas {

class PlaybackClock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackClock)

public:
    explicit PlaybackClock(QObject *parent = nullptr);

    void setDaysPerSecond(double days) { m_daysPerSecond = days; }
    double daysPerSecond() const { return m_daysPerSecond; }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    void advanced(double days);  // history days elapsed since the previous tick

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_daysPerSecond = 91.0;
};

} // namespace atlas
