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
    if (m_timer.isActive())
        return;  // the pending run will pick up the latest state
    const qint64 elapsed = m_sinceRun.isValid() ? m_sinceRun.elapsed() : m_interval;
    if (elapsed >= m_interval)
        run();
    else
        m_timer.start(int(m_interval - elapsed));
}

void Throttle::run()
{
    m_sinceRun.restart();
    m_callback();
}

} // namespace atlas
