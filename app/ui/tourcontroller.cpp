#include "tourcontroller.h"

#include "atlasdocument.h"
#include "mapview.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "timelinebar.h"
#include "tourcard.h"
#include "tourreader.h"

#include <algorithm>

namespace atlas {

Result<QList<TourChapter>> loadTour(const QString &path, const AtlasDocument &document, const QDate &today)
{
    return readTour(path, {&document.dataset(), regionIds(), today});
}

TourController::TourController(MapView *map, TimelineBar *timeline, QObject *parent)
    : QObject(parent), m_map(map), m_timeline(timeline), m_card(new TourCard(map))
{
}

void TourController::start(const QList<TourChapter> &chapters)
{
    if (chapters.isEmpty())
        return;
    const bool wasActive = isActive();
    m_chapters = chapters;
    m_index = -1;
    goTo(0);
    if (!wasActive)
        emit activeChanged(true);
}

void TourController::goTo(int index)
{
    if (m_chapters.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_chapters.size()) - 1);
    if (index == m_index)
        return;
    m_index = index;
    const TourChapter &chapter = m_chapters[index];
    m_timeline->pause();
    m_timeline->setDate(chapter.isToday ? m_timeline->end() : chapter.date);
    m_map->showRegion(chapter.region);
    m_map->setEmphasis(chapter.emphasis);
    m_card->showChapter(chapter, int(m_chapters.size()), emphasisBox(chapter.emphasis));
    emit chapterShown(index);
}

QRectF TourController::emphasisBox(const QStringList &codes) const
{
    QRectF box;
    const ProjectedMap &map = *m_map->projectedMap();
    const QTransform toWidget = m_map->viewport().worldToPixel() * QTransform::fromScale(1 / m_map->devicePixelRatioF(),
                                                                                          1 / m_map->devicePixelRatioF());
    for (const QString &code : codes)
        if (const int i = map.indexOf(code); i >= 0)
            box |= toWidget.mapRect(map.countries()[i].bounds);
    return box.intersected(QRectF(m_map->rect()));
}

void TourController::next()
{
    goTo(m_index + 1);
}

void TourController::previous()
{
    goTo(m_index - 1);
}

void TourController::leave()
{
    if (!isActive())
        return;
    m_index = -1;
    m_card->hide();
    m_map->setEmphasis({});
    emit activeChanged(false);
}

} // namespace atlas
