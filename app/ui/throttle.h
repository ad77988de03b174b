// Runs a callback at most once per interval and always finishes on the latest request. Keeps
// charts and side-panel lists at ~10 Hz while playback repaints the map at 60 Hz.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace atlas {

class Throttle final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Throttle)

public:
    Throttle(int intervalMs, std::function<void()> callback, QObject *parent = nullptr);

    // Runs now when the last run is at least one interval ago (pending or not), else once when the
    // interval ends.
    void request();
    bool isPending() const { return m_timer.isActive(); }  // a run is due when the interval ends

private:
    void run();

    int m_interval = 100;
    std::function<void()> m_callback;
    QTimer m_timer;
    QElapsedTimer m_sinceRun;
};

} // namespace atlas
