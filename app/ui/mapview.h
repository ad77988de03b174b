// The map widget: paints through a core MapRenderer of its own (the renderer PNG export uses too)
// and turns mouse and keyboard input into viewport changes, hover and selection. It owns its
// projected map, renderer and hit tester; the document is shared and never changed. Selection is
// a state index into the dataset (hover a map code), so both survive a change of projection; the
// window decides what selecting means (side panel, accessibility text).
// Tooltips name states in the UI language; the view retranslates on QEvent::LanguageChange.
#pragma once

#include "mapprojection.h"
#include "mapviewport.h"
#include "renderoptions.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <thread>

namespace atlas {

class AtlasDocument;
class HitTester;
class MapRenderer;
class ProjectedMap;
class StateNames;
struct MapHit;

class MapView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    explicit MapView(std::shared_ptr<const AtlasDocument> document, QWidget *parent = nullptr);
    ~MapView() override;

    void setStateNames(std::shared_ptr<const StateNames> names);  // English names until called

    // Swaps in another projection of the document's shapes; region, selection and date stay.
    void setProjection(ProjectionKind kind);
    ProjectionKind projection() const;
    const std::shared_ptr<const ProjectedMap> &projectedMap() const { return m_map; }
    const MapRenderer &renderer() const { return *m_renderer; }

    void setDate(const QDate &date);
    QDate date() const { return m_options.date; }
    void setTheme(const MapTheme &theme);
    void setCountingRule(CountingRule rule);  // the counter's rule and the rule marks; colours stay by status
    void setLabels(bool on);  // country names in the UI language (RenderOptions::labels)
    void setSelectedState(int stateIndex);  // -1 clears
    void setEmphasis(const QStringList &codes);  // a tour chapter's states, outlined; empty clears
    int selectedState() const { return m_selectedState; }

    void showRegion(const QString &regionId);  // fits a preset (regionpresets.h) and keeps it fitted on resize
    QString region() const { return m_followRegion ? m_region : QString(); }
    void zoomBy(double factor);                // > 1 zooms in, around the centre
    void cycleSelection(int direction);        // ] and [: the next/previous state by name (stateClicked)

    // In device pixels (equal to widget pixels at device pixel ratio 1).
    const MapViewport &viewport() const { return m_viewport; }
    const RenderOptions &options() const { return m_options; }
    int stateAt(const QPointF &widgetPos) const;  // -1 for sea, no-data land and outside
    QString tooltipAt(const QPointF &widgetPos) const;
    double lastPaintMs() const { return m_lastPaintMs; }

signals:
    void stateClicked(int stateIndex);    // -1: clicked the sea
    void stateActivated(int stateIndex);  // Enter on the selected state
    void firstPainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QPointF devicePos(const QPointF &widgetPos) const { return widgetPos * devicePixelRatioF(); }
    QSize devicePixels() const { return size() * devicePixelRatioF(); }
    MapHit hitAt(const QPointF &widgetPos) const;
    void setViewport(const MapViewport &viewport);
    void zoomAt(const QPointF &widgetPos, double factor);
    void setHovered(const MapHit &hit, const QPointF &widgetPos);
    void showSelectionTip();
    void paintFocusFrame(QPainter &painter);
    void retranslate();
    void useMap(const std::shared_ptr<const ProjectedMap> &map);
    void updateDetail();  // the level of detail the viewport calls for (AtlasDocument::detailFor)
    void fineMapReady(const std::shared_ptr<const ProjectedMap> &map);

    std::shared_ptr<const AtlasDocument> m_document;
    std::shared_ptr<const ProjectedMap> m_map;          // the one drawn: m_standardMap or m_fineMap
    std::shared_ptr<const ProjectedMap> m_standardMap;  // 1:50m (or the --map file)
    std::shared_ptr<const ProjectedMap> m_fineMap;      // 1:10m, once loaded for this projection
    std::thread m_fineLoader;
    bool m_fineFailed = false;
    std::unique_ptr<MapRenderer> m_renderer;  // the window's raster layers: no export touches them
    std::unique_ptr<HitTester> m_hits;
    std::shared_ptr<const StateNames> m_names;
    QList<int> m_stateOrder;  // state indices by name in the UI language, for keyboard cycling
    MapViewport m_viewport;
    RenderOptions m_options;
    QString m_region = QStringLiteral("world");
    bool m_followRegion = true;  // refit the region on resize until the user pans or zooms
    int m_selectedState = -1;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_painted = false;
    bool m_keyboardFocus = false;  // the focus frame shows only when Tab brought the focus here
    double m_lastPaintMs = 0.0;
    QImage m_canvas;  // only used at device pixel ratios other than 1
};

} // namespace atlas
