// Owns the atlas window for the launcher and re-reads the map and dataset for File > Reload Data
// (F5). On success the window is rebuilt on the new document at the same date; on failure a
// dialog lists the problems and the window keeps showing the last good map and data.
#pragma once

#include "atlaspaths.h"
#include "dialogproblemsink.h"
#include "mapprojection.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace atlas {

class AtlasDocument;
class MainWindow;

// What the window was opened on: the resolved sources, the command line's projection, today.
struct WindowStart {
    AtlasSources sources;
    ProjectionKind projection = ProjectionKind::EqualEarth;
    QDate today;
};

class WindowReloader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowReloader)

public:
    // Shows problems to the user; the default is a modal QMessageBox. Tests inject their own.
    using ProblemDialog = DialogProblemSink::ShowDialog;

    // Opens the first window on `document` (already loaded from `start.sources`) at `date`.
    WindowReloader(const WindowStart &start, std::shared_ptr<const AtlasDocument> document, const QDate &date);
    ~WindowReloader() override;

    MainWindow *window() const { return m_window.get(); }
    void setProblemDialog(ProblemDialog dialog) { m_dialog = std::move(dialog); }

    // Re-reads the sources. Returns true when the new document replaced the old one.
    bool reload();

signals:
    void windowReplaced(atlas::MainWindow *window);

private:
    void open(std::shared_ptr<const AtlasDocument> document, const QDate &date);

    WindowStart m_start;
    std::unique_ptr<MainWindow> m_window;
    ProblemDialog m_dialog;
};

} // namespace atlas
