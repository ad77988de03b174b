// The guided tour in the window: steps through a tour's chapters, moving the time bar to each
// chapter's date, the map to its region and outlining its states, with the caption card over the
// map. The window routes the clicker keys (Right/PageDown/Space, Left/PageUp, Esc) here while a
// tour runs. Owns nothing but the chapters and the card.
#pragma once

#include "problem.h"
#include "tourchapter.h"

#include <QList>
#include <QObject>
#include <QRectF>

namespace atlas {

class AtlasDocument;
class MapView;
class TimelineBar;
class TourCard;

// Reads a tour file against the document's dataset and the map's region presets.
Result<QList<TourChapter>> loadTour(const QString &path, const AtlasDocument &document, const QDate &today);

class TourController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TourController)

public:
    TourController(MapView *map, TimelineBar *timeline, QObject *parent);

    void start(const QList<TourChapter> &chapters);  // shows the first chapter; empty: nothing
    void next();      // past the last chapter: stays there
    void previous();  // before the first: stays there
    void leave();
    void goTo(int index);

    bool isActive() const { return m_index >= 0; }
    int currentIndex() const { return m_index; }  // -1 when no tour runs
    const QList<TourChapter> &chapters() const { return m_chapters; }
    TourCard *card() const { return m_card; }

signals:
    void activeChanged(bool active);
    void chapterShown(int index);

private:
    QRectF emphasisBox(const QStringList &codes) const;  // map widget pixels

    MapView *m_map = nullptr;
    TimelineBar *m_timeline = nullptr;
    TourCard *m_card = nullptr;  // a child of the map view
    QList<TourChapter> m_chapters;
    int m_index = -1;
};

} // namespace atlas
