#include "tourcard.h"

#include "labels.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

TourCard::TourCard(QWidget *map)
    : QFrame(map), m_heading(new QLabel(this)), m_caption(new QLabel(this)), m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("tourCard"));
    // Dark text on an almost opaque light card reads on every theme and on a washed-out projector.
    setStyleSheet(QStringLiteral("#tourCard { background: rgba(255, 255, 255, 235); border: 2px solid #1f2933; border-radius: 10px; }"
                                 "#tourCard QLabel { color: #1f2933; background: transparent; }"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_heading->setTextFormat(Qt::PlainText);
    m_keys->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_caption, 1);
    layout->addWidget(m_keys);
    map->installEventFilter(this);
    setAccessibleName(tr("Tour caption"));
    hide();
}

void TourCard::showChapter(const TourChapter &chapter, int total, const QRectF &avoid)
{
    m_avoid = avoid;
    const NameLanguage language = StateNames::languageOf(QLocale());
    m_heading->setText(tr("Chapter %1 of %2 · %3").arg(chapter.number).arg(total).arg(longDate(chapter.date)));
    m_caption->setText(chapter.caption(language));
    m_keys->setText(tr("→ / Page Down / Space: next · ← / Page Up: back · Esc: leave the tour"));
    setAccessibleDescription(m_caption->text());
    place();
    show();
    raise();
}

QString TourCard::captionText() const
{
    return m_caption->text();
}

QString TourCard::headingText() const
{
    return m_heading->text();
}

bool TourCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

// Across the bottom of the map, leaving the title and legend corners free where it can.
void TourCard::place()
{
    const QWidget *map = parentWidget();
    const int px = std::clamp(map->height() / 26, 15, 40);  // caption type in pixels
    QFont caption = font();
    caption.setPixelSize(px);
    m_caption->setFont(caption);
    QFont heading = caption;
    heading.setBold(true);
    heading.setPixelSize(std::max(13, px * 4 / 5));
    m_heading->setFont(heading);
    QFont keys = caption;
    keys.setPixelSize(std::max(11, px / 2));
    m_keys->setFont(keys);
    const int margin = std::max(8, map->width() / 60);
    const int width = std::min(map->width() - 2 * margin, std::max(map->width() * 3 / 5, 560));
    setFixedWidth(width);
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    setFixedHeight(std::min(wanted, map->height() * 3 / 5));
    const int h = this->height();
    const QList<QPoint> places = {QPoint((map->width() - width) / 2, map->height() - h - margin),  // bottom centre
                                  QPoint(map->width() - width - margin, map->height() - h - margin),  // bottom right
                                  QPoint(map->width() - width - margin, margin)};                 // top right
    const auto covered = [&](const QPoint &at) {
        const QRectF overlap = QRectF(QRect(at, QSize(width, h))).intersected(m_avoid);
        return overlap.isEmpty() ? 0.0 : overlap.width() * overlap.height();
    };
    QPoint best = places.first();
    for (const QPoint &at : places)
        if (covered(at) < covered(best) - 1.0)
            best = at;
    move(best);
}

} // namespace atlas
