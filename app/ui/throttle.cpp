#include "throttle.h"

namespace atlas {

Throttle::Throttle(int intervalMs, std::function<void()> callback, QObject *parent)
    : QObject(parent), m_interval(intervalMs), m_callback(std::move(callback))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Throttle::run);
}

void Throttle::request()
{
    const qint64 elapsed = m_sinceRun.isValid() ? m_sinceRun.elapsed() : m_interval;
    if (elapsed >= m_interval) {
        // Even with a run pending: a flood of slider drags can hold the timer back, and the
        // panels must keep in step with the map while the mouse moves.
        m_timer.stop();
        run();
    } else if (!m_timer.isActive()) {
        m_timer.start(int(m_interval - elapsed));
    }  // else the pending run will pick up the latest state
}

void Throttle::run()
{
    m_sinceRun.restart();
    m_callback();
}

} // namespace atlas
