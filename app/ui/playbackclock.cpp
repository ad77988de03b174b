#include "playbackclock.h"

#include <algorithm>

namespace atlas {

PlaybackClock::PlaybackClock(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackClock::tick);
}

void PlaybackClock::start()
{
    m_sinceTick.start();
    m_timer.start();
}

void PlaybackClock::stop()
{
    m_timer.stop();
}

void PlaybackClock::tick()
{
    // Cap a stalled frame (window dragged, machine busy) so history does not jump by months.
    const double seconds = std::min(m_sinceTick.restart(), qint64(100)) / 1000.0;
    emit advanced(seconds * m_daysPerSecond);
}

} // namespace atlas
