// The window's export commands: PNG, clipboard, status table CSV and frame series. Each command
// has a dialog-free core (used by the tests) and an interactive wrapper that asks and reports.
// Every map export goes through core's pipeline (viewExportRequest + MapExporter) with a renderer
// of its own, so exporting never disturbs the map view's layers.
#pragma once

#include "exportrequest.h"
#include "exportsettings.h"
#include "pngwriter.h"

#include <QDate>
#include <QImage>
#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace atlas {

// Where the export dialogs open: the last folder written to while it exists, else the first
// existing of the user's pictures, documents and home folders (QStandardPaths).
QString defaultExportFolder(const ExportSettings &settings);

class AtlasDocument;
class MapView;
struct AnimationRequest;
struct AnimationRun;
class ProjectedMap;
struct FrameRequest;
struct FrameRun;

class ExportController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    // `view` must outlive the controller; dialogs open over `window`.
    ExportController(std::shared_ptr<const AtlasDocument> document, const MapView &view, QWidget *window);

    // Exactly the view (region, zoom, date, theme, selection) at `settings.size`.
    QImage renderView(const ExportSettings &settings);
    WriteResult writeMap(const QString &path, const ExportSettings &settings);  // PNG, SVG or PDF by extension
    WriteResult writeStatusCsv(const QString &path, const QDate &date);
    FrameRun writeFrames(const FrameRequest &request, const ExportSettings &settings,
                         const std::function<bool(int, int)> &progress);
    // The view's region and theme at the request's size, one frame per date step (as --animate).
    AnimationRun writeAnimation(const AnimationRequest &request, const ExportSettings &settings,
                                const std::function<bool(int, int)> &progress);

signals:
    void fileWritten(const QString &message);  // for the status bar: each file written, the clipboard

public slots:
    void exportPng();
    void copyMap();
    void exportStatusCsv();
    void exportFrames();
    void exportAnimation();

private:
    std::shared_ptr<const ProjectedMap> mapFor(const ExportRequest &request) const;
    QString askSaveFile(const QString &title, const QString &name, const QString &filter,
                        QString *selectedFilter = nullptr);
    void wrote(const QString &path);
    void report(const QString &error) const;

    std::shared_ptr<const AtlasDocument> m_document;
    const MapView &m_view;
    QWidget *m_window = nullptr;
};

} // namespace atlas
