#include "mapview.h"

#include "atlasdocument.h"
#include "hittester.h"
#include "labels.h"
#include "maprenderer.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "statenames.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas {
namespace {

constexpr double kMinMetresPerPixel = 150.0;  // closest zoom: a city block per pixel is pointless

QList<int> statesByName(const RecognitionDataset &data, const StateNames &names)
{
    QStringList shown;
    for (const StateInfo &s : data.states)
        shown << stateName(names, s);
    QList<int> order(data.states.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&shown](int a, int b) { return QString::localeAwareCompare(shown[a], shown[b]) < 0; });
    return order;
}

} // namespace

MapView::MapView(std::shared_ptr<const AtlasDocument> document, QWidget *parent)
    : QWidget(parent), m_document(std::move(document)), m_names(std::make_shared<const StateNames>())
{
    setProjection(ProjectionKind::EqualEarth);
    setMinimumSize(320, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

MapView::~MapView()
{
    if (m_fineLoader.joinable())
        m_fineLoader.join();  // its queued result is dropped with this object
}

void MapView::setProjection(ProjectionKind kind)
{
    if (m_map && m_map->projectionKind() == kind)
        return;
    m_standardMap = m_document->projectedMap(kind);
    m_fineMap.reset();  // a projection of its own is made on the next need
    useMap(m_standardMap);
    if (m_viewport.isValid())
        showRegion(m_region);  // metres differ between projections: refit the region
}

void MapView::useMap(const std::shared_ptr<const ProjectedMap> &map)
{
    // Selection and hover are a state index and a code: both survive the swap.
    m_map = map;
    m_renderer = std::make_unique<MapRenderer>(m_document, m_map);
    m_hits = std::make_unique<HitTester>(*m_map, m_document->link(m_map->detail()));
}

void MapView::updateDetail()
{
    const MapDetail wanted = m_fineFailed ? MapDetail::Standard : m_document->detailFor(m_viewport);
    if (wanted == m_map->detail())
        return;
    if (wanted == MapDetail::Standard) {
        useMap(m_standardMap);
        return;
    }
    if (m_fineMap && m_fineMap->projectionKind() == m_standardMap->projectionKind()) {
        useMap(m_fineMap);
        return;
    }
    if (m_fineLoader.joinable())
        return;  // on its way; 1:50m meanwhile
    // Reading and projecting 1:10m takes about a second: on a thread, 1:50m drawn meanwhile.
    const ProjectionKind kind = m_standardMap->projectionKind();
    m_fineLoader = std::thread([this, document = m_document, kind, labels = m_options.labels] {
        std::shared_ptr<const ProjectedMap> fine = document->projectedMap(kind, MapDetail::Fine);
        if (labels)
            fine->labelAnchors();  // here rather than in the first paint at 1:10m
        QMetaObject::invokeMethod(this, [this, fine] { fineMapReady(fine); }, Qt::QueuedConnection);
    });
}

void MapView::fineMapReady(const std::shared_ptr<const ProjectedMap> &map)
{
    if (m_fineLoader.joinable())
        m_fineLoader.join();
    m_fineFailed = map->detail() != MapDetail::Fine;  // the 1:10m file could not be read: stay at 1:50m
    if (m_fineFailed || map->projectionKind() != m_standardMap->projectionKind()) {
        update();  // no 1:10m after all, or the projection changed meanwhile: the next paint decides
        return;
    }
    m_fineMap = map;
    update();  // the next paint swaps it in if the view still wants it
}

ProjectionKind MapView::projection() const
{
    return m_map->projectionKind();
}

void MapView::setStateNames(std::shared_ptr<const StateNames> names)
{
    m_names = std::move(names);
    retranslate();
}

void MapView::retranslate()
{
    m_stateOrder = statesByName(m_document->dataset(), *m_names);
    m_options.locale = QLocale();  // the title's date in the UI language (uilanguage.h sets the default)
    setAccessibleName(tr("World map"));
    if (m_selectedState < 0)
        setAccessibleDescription(tr("Press ] and [ to move through the states, Enter to open one."));
    else
        setSelectedState(m_selectedState);  // the description is the selected state's summary
    update();  // the legend on the map is translated too
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapView::setDate(const QDate &date)
{
    if (date == m_options.date)
        return;
    m_options.date = date;
    update();
}

void MapView::setTheme(const MapTheme &theme)
{
    m_options.theme = theme;
    update();
}

void MapView::setCountingRule(CountingRule rule)
{
    m_options.counting = rule;
    update();
}

void MapView::setLabels(bool on)
{
    m_options.labels = on;
    update();
}

void MapView::setSelectedState(int stateIndex)
{
    m_selectedState = stateIndex;
    m_options.selectedCode = stateIndex < 0 ? QString() : m_document->dataset().states.at(stateIndex).code;
    setAccessibleDescription(stateIndex < 0 ? tr("No state selected")
                                            : stateSummary(m_document->timeline(), *m_names, stateIndex, m_options.date));
    update();
}

void MapView::setEmphasis(const QStringList &codes)
{
    m_options.emphasisCodes = codes;
    update();
}

void MapView::showRegion(const QString &regionId)
{
    const auto preset = regionPreset(regionId);
    if (!preset)
        return;
    m_region = regionId;
    m_followRegion = true;
    m_viewport = MapViewport::fit(regionWorldArea(*preset, *m_map), devicePixels());
    update();
}

void MapView::zoomBy(double factor)
{
    zoomAt(QPointF(width() / 2.0, height() / 2.0), factor);
}

void MapView::setViewport(const MapViewport &viewport)
{
    // Keep the map on screen: no zooming past the whole world, no panning the world out of view.
    const QRectF world = m_map->worldBounds();
    const double maxScale = MapViewport::fit(world, viewport.pixels()).metresPerPixel() * 1.5;
    const double scale = std::clamp(viewport.metresPerPixel(), kMinMetresPerPixel, maxScale);
    const QPointF c = viewport.centre();
    const QPointF centre(std::clamp(c.x(), world.left(), world.right()), std::clamp(c.y(), world.top(), world.bottom()));
    m_viewport = MapViewport(centre, scale, viewport.pixels());
    m_followRegion = false;
    update();
}

void MapView::zoomAt(const QPointF &widgetPos, double factor)
{
    setViewport(m_viewport.zoomedAt(devicePos(widgetPos), factor));
}

MapHit MapView::hitAt(const QPointF &widgetPos) const
{
    return m_hits->hitAt(m_viewport, devicePos(widgetPos));
}

int MapView::stateAt(const QPointF &widgetPos) const
{
    return hitAt(widgetPos).stateIndex;
}

QString MapView::tooltipAt(const QPointF &widgetPos) const
{
    const MapHit hit = hitAt(widgetPos);
    if (!hit.isLand())
        return {};
    const QString name = localName(*m_names, hit.placeCode, hit.placeName);
    if (hit.stateIndex < 0)
        return tr("%1: not a state in this atlas").arg(name);
    const QString place = hit.isStateItself ? QString() : name;
    return stateSummary(m_document->timeline(), *m_names, hit.stateIndex, m_options.date, place);
}

void MapView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    updateDetail();
    QPainter painter(this);
    const double dpr = devicePixelRatioF();
    if (dpr == 1.0) {
        m_renderer->render(painter, m_viewport, m_options);
    } else {
        // The renderer works in device pixels and sets its own transforms, so draw off screen.
        if (m_canvas.size() != m_viewport.pixels())
            m_canvas = QImage(m_viewport.pixels(), QImage::Format_RGB32);
        QPainter canvas(&m_canvas);
        m_renderer->render(canvas, m_viewport, m_options);
        canvas.end();
        m_canvas.setDevicePixelRatio(dpr);
        painter.drawImage(QPointF(0, 0), m_canvas);
    }
    paintFocusFrame(painter);
    m_lastPaintMs = timer.nsecsElapsed() / 1e6;
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
    }
}

void MapView::focusInEvent(QFocusEvent *event)
{
    m_keyboardFocus = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    update();
    QWidget::focusInEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    m_keyboardFocus = false;
    update();
    QWidget::focusOutEvent(event);
}

void MapView::paintFocusFrame(QPainter &painter)
{
    if (!m_keyboardFocus || !hasFocus())
        return;
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void MapView::resizeEvent(QResizeEvent *)
{
    if (m_followRegion || !m_viewport.isValid())
        showRegion(m_region);
    else
        m_viewport = m_viewport.resized(devicePixels());
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastDragPos = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!(event->buttons() & Qt::LeftButton)) {
        setHovered(hitAt(pos), pos);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        QToolTip::hideText();
    }
    if (m_dragging) {
        setViewport(m_viewport.pannedBy((pos - m_lastDragPos) * devicePixelRatioF()));
        m_lastDragPos = pos;
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    emit stateClicked(stateAt(event->position()));
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomAt(event->position(), 2.0);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

void MapView::leaveEvent(QEvent *)
{
    setHovered(MapHit(), QPointF());
}

void MapView::setHovered(const MapHit &hit, const QPointF &widgetPos)
{
    if (hit.placeCode == m_options.hoveredCode)
        return;
    m_options.hoveredCode = hit.placeCode;
    update();
    if (!hit.isLand())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(widgetPos.toPoint()), tooltipAt(widgetPos), this);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_BracketRight: cycleSelection(+1); break;
    case Qt::Key_BracketLeft: cycleSelection(-1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedState >= 0)
            emit stateActivated(m_selectedState);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5); break;
    case Qt::Key_Up: setViewport(m_viewport.pannedBy(QPointF(0, devicePixels().height() / 8.0))); break;
    case Qt::Key_Down: setViewport(m_viewport.pannedBy(QPointF(0, -devicePixels().height() / 8.0))); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapView::cycleSelection(int direction)
{
    const int at = m_stateOrder.indexOf(m_selectedState);
    const int n = int(m_stateOrder.size());
    const int next = at < 0 ? (direction > 0 ? 0 : n - 1) : (at + direction + n) % n;
    emit stateClicked(m_stateOrder[next]);
    showSelectionTip();
}

void MapView::showSelectionTip()
{
    if (m_selectedState < 0)
        return;
    const QString text = stateSummary(m_document->timeline(), *m_names, m_selectedState, m_options.date);
    QPointF at(width() / 2.0, height() / 2.0);
    if (const int feature = m_map->indexOf(m_options.selectedCode); feature >= 0) {
        const QPointF anchor = m_map->countries()[feature].anchor;
        at = m_viewport.toPixel(anchor) / devicePixelRatioF();
    }
    if (!rect().contains(at.toPoint()))
        at = QPointF(width() / 2.0, height() / 2.0);
    QToolTip::showText(mapToGlobal(at.toPoint()), text, this);
}

} // namespace atlas
