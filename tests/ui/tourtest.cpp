// The guided tour in the window: View > Guided Tour opens the shipped tour, the clicker keys move
// through the chapters (date, region, outlined states and caption follow), Esc gives the keys
// back to the time bar, and a teacher's own file is read, or refused with the file and line.
#include "guifixture.h"
#include "modaldialog.h"

#include "mapview.h"
#include "timelinebar.h"
#include "tourcard.h"
#include "tourcontroller.h"
#include "tourreader.h"

#include <QApplication>

#include <algorithm>
#include <QFile>
#include <QTemporaryDir>

namespace atlas::test {
namespace {

using Tour = WindowTest;

QList<TourChapter> shippedChapters()
{
    return loadTour(shippedTourPath(shippedDataDir()), shippedAtlas(), today()).value;
}

// The chapter on screen: the time bar, the map's region and outlines, and the card agree with it.
void expectShowing(MainWindow &window, int index)
{
    const QList<TourChapter> chapters = shippedChapters();
    const TourChapter &c = chapters.at(index);
    EXPECT_EQ(window.tour()->currentIndex(), index);
    EXPECT_EQ(window.date(), c.date) << "chapter " << c.number;
    EXPECT_EQ(window.mapView()->region(), c.region) << "chapter " << c.number;
    EXPECT_EQ(window.mapView()->options().emphasisCodes, c.emphasis) << "chapter " << c.number;
    EXPECT_TRUE(window.tour()->card()->isVisible());
    EXPECT_EQ(window.tour()->card()->captionText(), c.caption(NameLanguage::English));
    EXPECT_TRUE(window.tour()->card()->headingText().startsWith(
        QStringLiteral("Chapter %1 of %2").arg(c.number).arg(chapters.size())));
}

} // namespace

TEST_F(Tour, ViewMenuOpensTheShippedTourAtItsFirstChapter)
{
    window = openWindow(day("2015-01-01"));
    pressKey(window.get(), Qt::Key_T, Qt::ControlModifier);
    ASSERT_TRUE(window->tour()->isActive());
    expectShowing(*window, 0);
    EXPECT_TRUE(window->tour()->card()->captionText().contains(QStringLiteral("17 February 2008")));
}

TEST_F(Tour, ClickerKeysMoveThroughTheChapters)
{
    window = openWindow(day("2015-01-01"));
    ASSERT_TRUE(window->startTour());
    for (const auto &[key, expected] : {std::pair{Qt::Key_Right, 1}, {Qt::Key_PageDown, 2}, {Qt::Key_Space, 3},
                                        {Qt::Key_Left, 2}, {Qt::Key_PageUp, 1}, {Qt::Key_PageUp, 0}, {Qt::Key_Left, 0}}) {
        pressKey(window->mapView(), key);
        expectShowing(*window, expected);
    }
    const int last = int(shippedChapters().size()) - 1;
    window->tour()->goTo(last);
    pressKey(window->mapView(), Qt::Key_Right);  // past the end: stays on the last chapter, today
    expectShowing(*window, last);
    EXPECT_EQ(window->date(), today());
}

TEST_F(Tour, TheCardSitsOverTheMapAndReadsFromTheBackRow)
{
    window = openWindow(day("2015-01-01"));
    ASSERT_TRUE(window->startTour());
    const TourCard *card = window->tour()->card();
    ASSERT_TRUE(waitFor([card] { return card->isVisible() && card->height() > 0; }));
    EXPECT_TRUE(window->mapView()->rect().contains(card->geometry())) << "the card must not spill out of the map";
    EXPECT_GE(card->findChildren<QWidget *>().at(1)->font().pixelSize(), 15);
    // Rendered: the card is a light panel over the map, whatever the theme under it.
    window->setDarkTheme(true);
    const QImage shot = window->mapView()->grab().toImage();
    const QColor centre = shot.pixelColor(card->geometry().center().x(), card->geometry().top() + 4 + card->height() / 2);
    EXPECT_GT(centre.lightness(), 200) << centre.name().toStdString();
}

TEST(TourCardPlacement, TheCardMovesOffTheStatesItTalksAbout)
{
    QWidget map;
    map.resize(900, 520);
    TourCard card(&map);
    map.show();
    TourChapter chapter;
    chapter.number = 4;
    chapter.date = day("2013-04-19");
    chapter.captions[0] = QStringLiteral("On 19 April 2013 the prime ministers initialled an agreement in Brussels.");
    card.showChapter(chapter, 10);  // nothing to avoid: bottom centre
    const QRect bottomCentre = card.geometry();
    EXPECT_NEAR(bottomCentre.center().x(), map.width() / 2, 2);
    EXPECT_GT(bottomCentre.top(), map.height() / 2);
    // The states sit right where the bottom-centre card would be: it moves elsewhere.
    const QRectF states(bottomCentre.center().x() - 60, bottomCentre.top() + 10, 120, 40);
    card.showChapter(chapter, 10, states);
    EXPECT_FALSE(QRectF(card.geometry()).intersects(states)) << card.geometry().x() << "," << card.geometry().y();
    EXPECT_TRUE(map.rect().contains(card.geometry()));
}

TEST_F(Tour, EscLeavesTheTourAndGivesTheKeysBackToTheTimeBar)
{
    window = openWindow(day("2015-01-01"));
    ASSERT_TRUE(window->startTour());
    pressKey(window->mapView(), Qt::Key_Escape);
    EXPECT_FALSE(window->tour()->isActive());
    EXPECT_FALSE(window->tour()->card()->isVisible());
    EXPECT_TRUE(window->mapView()->options().emphasisCodes.isEmpty());
    const QDate before = window->date();
    pressKey(window->mapView(), Qt::Key_Right);  // the time bar's next event again
    EXPECT_GT(window->date(), before);
    EXPECT_FALSE(window->tour()->isActive());
}

TEST_F(Tour, ATeachersOwnFileIsReadOrRefusedWithFileAndLine)
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("mine.csv"));
    QFile out(mine);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("chapter,date,region,emphasis,source,caption_en,caption_sq,caption_sr,caption_sr_Latn\n"
              "1,2010-07-22,balkans,SRB;XKX,https://www.icj-cij.org/case/141,The court's opinion.,,,\n"
              "2,today,world,,https://www.icj-cij.org/case/141,Where things stand.,,,\n");
    out.close();
    window = openWindow(day("2015-01-01"));
    ASSERT_TRUE(window->startTour(mine));
    EXPECT_EQ(window->tour()->chapters().size(), 2);
    EXPECT_EQ(window->mapView()->region(), QStringLiteral("balkans"));
    EXPECT_EQ(window->date(), day("2010-07-22"));
    window->tour()->leave();

    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    QFile bad(broken);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("chapter,date,region,emphasis,source,caption_en,caption_sq,caption_sr,caption_sr_Latn\n"
              "1,2010-07-22,mars,,https://example.org,Text.,,,\n");
    bad.close();
    QString shown;
    closeNextMessageBox(&shown);
    EXPECT_FALSE(window->startTour(broken));
    EXPECT_NE(shown.indexOf(broken + QStringLiteral(":2: region: 'mars'")), -1) << shown.toStdString();
    EXPECT_FALSE(window->tour()->isActive());
}

} // namespace atlas::test
