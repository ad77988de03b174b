// The caption card of the guided tour: a presentation-sized panel over the bottom of the map
// with the chapter number, its date and its caption in the UI language. Follows the map's size
// (type scales with its height, so the back row of a classroom can read it).
#pragma once

#include "tourchapter.h"

#include <QFrame>

class QLabel;

namespace atlas {

class TourCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TourCard)

public:
    explicit TourCard(QWidget *map);  // a child of the map view, drawn over it

    // `avoid`: the emphasised states' box in map widget pixels; the card is put where it covers
    // the least of it (bottom centre, bottom right or top right).
    void showChapter(const TourChapter &chapter, int total, const QRectF &avoid = QRectF());
    QString captionText() const;
    QString headingText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_heading = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_keys = nullptr;
    QRectF m_avoid;
};

} // namespace atlas
