// The window fits every classroom screen in every language: the normal window at each size and
// presentation mode filling it, nothing outside it and nothing squeezed below its size; the
// minimum size never above 960x640; presentation readable and high contrast at 1024x768.
#include "guifixture.h"

#include "eventslider.h"
#include "mapview.h"
#include "timelinebar.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QToolButton>

namespace atlas::test {
namespace {

struct Screen {
    QSize size;
    const char *language;
};

void PrintTo(const Screen &s, std::ostream *os)
{
    *os << s.size.width() << 'x' << s.size.height() << ' ' << s.language;
}

bool useLanguage(const QString &id)
{
    const bool ok = setUiLanguage(id);
    for (int round = 0; round < 2; ++round)  // the application's LanguageChange, then each window's
        QCoreApplication::sendPostedEvents();
    return ok;
}

// Every visible widget of `window` lies inside it, and none of the time bar's controls is given
// less than it needs to show its text.
void expectFits(MainWindow &window, const QSize &screen)
{
    window.layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    EXPECT_EQ(window.size(), screen);
    const QRect inside = window.rect();
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisible())
            continue;
        const QRect at(w->mapTo(&window, QPoint(0, 0)), w->size());
        EXPECT_TRUE(inside.contains(at)) << w->metaObject()->className() << ' ' << w->objectName().toStdString()
                                         << " at " << at.x() << ',' << at.y() << ' ' << at.width() << 'x' << at.height();
    }
    TimelineBar *bar = window.timelineBar();
    EXPECT_GE(bar->dateLabel()->width(), bar->dateLabel()->sizeHint().width()) << bar->dateText().toStdString();
    EXPECT_GE(bar->speedBox()->width(), bar->speedBox()->sizeHint().width());
    for (QWidget *w : bar->findChildren<QWidget *>()) {
        if (w->isVisible() && (qobject_cast<QToolButton *>(w) || qobject_cast<QCheckBox *>(w))) {
            EXPECT_GE(w->width(), w->sizeHint().width()) << w->metaObject()->className();
        }
    }
}

class WindowFit : public WindowTest, public ::testing::WithParamInterface<Screen> {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(useLanguage(QString::fromLatin1(GetParam().language)));
    }
    void TearDown() override
    {
        WindowTest::TearDown();
        useLanguage(QStringLiteral("en"));
    }
};

TEST_P(WindowFit, NormalWindowFitsAndItsMinimumIsAtMost960x640)
{
    window = openWindow(day("2020-09-30"));  // the longest month name in English
    window->layout()->activate();
    EXPECT_LE(window->minimumSizeHint().width(), 960);
    EXPECT_LE(window->minimumSizeHint().height(), 640);
    EXPECT_LE(window->minimumSize().width(), 960);
    EXPECT_LE(window->minimumSize().height(), 640);
    window->resize(GetParam().size);
    ASSERT_TRUE(waitFor([this] { return window->size() == GetParam().size; }))
        << window->width() << 'x' << window->height();
    expectFits(*window, GetParam().size);
    if (GetParam().size.width() >= 1366) {  // room enough: one row with the buttons' texts
        EXPECT_EQ(window->timelineBar()->flow(), TimelineBar::Flow::OneRow);
    }
}

TEST_P(WindowFit, PresentationModeFillsTheScreen)
{
    window = openWindow(day("2020-09-30"));
    window->setPresentationMode(true);
    EXPECT_TRUE(window->isFullScreen());
    window->setGeometry(QRect(QPoint(0, 0), GetParam().size));  // the offscreen screen is 800x600: make it this one
    ASSERT_TRUE(waitFor([this] { return window->size() == GetParam().size; }))
        << window->width() << 'x' << window->height();
    expectFits(*window, GetParam().size);
    EXPECT_GE(window->timelineBar()->dateLabel()->height(), 40);
    EXPECT_GE(window->timelineBar()->dateLabel()->fontMetrics().height(), 40);
    // The year labels under the slider keep a gap between them in the large font.
    const EventSlider *slider = window->timelineBar()->findChild<EventSlider *>();
    const int years = today().year() - 2008 + 1;
    EXPECT_GE(slider->width() * slider->yearLabelStep() / years,
              slider->fontMetrics().horizontalAdvance(QStringLiteral("2000 ")));
}

std::vector<Screen> screens()
{
    std::vector<Screen> out;
    for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)})
        for (const char *language : {"en", "sq", "sr_Cyrl", "sr_Latn"})
            out.push_back({size, language});
    return out;
}

INSTANTIATE_TEST_SUITE_P(EverySizeAndLanguage, WindowFit, ::testing::ValuesIn(screens()),
                         [](const ::testing::TestParamInfo<Screen> &param) {
                             return std::to_string(param.param.size.width()) + "x" +
                                    std::to_string(param.param.size.height()) + "_" + param.param.language;
                         });

using Presentation = WindowTest;

TEST_F(Presentation, EscapeRestoresTheGeometryFromBefore)
{
    window = openWindow(day("2013-01-01"));
    const QRect before(40, 50, 1100, 700);
    window->setGeometry(before);
    ASSERT_TRUE(waitFor([this, before] { return window->geometry() == before; }));
    pressKey(window->mapView(), Qt::Key_F11);
    EXPECT_TRUE(window->isFullScreen());
    pressKey(window->mapView(), Qt::Key_Escape);
    EXPECT_FALSE(window->isFullScreen());
    EXPECT_TRUE(waitFor([this, before] { return window->geometry() == before; }))
        << window->x() << ',' << window->y() << ' ' << window->width() << 'x' << window->height();
}

// Dark theme, then F11: the year labels under the slider are black on white, not the dark
// theme's light grey.
TEST_F(Presentation, IsBlackOnWhiteAfterTheDarkTheme)
{
    window = openWindow(day("2013-01-01"));
    window->setDarkTheme(true);
    window->setPresentationMode(true);
    window->setGeometry(0, 0, 1024, 768);
    ASSERT_TRUE(waitFor([this] { return window->width() == 1024; }));
    EventSlider *slider = window->timelineBar()->findChild<EventSlider *>();
    ASSERT_TRUE(slider);
    const QImage shot = slider->grab().toImage();
    const int labelsTop = shot.height() - slider->fontMetrics().height() - 2;
    int darkest = 255, lightestBackground = 0;
    for (int y = labelsTop; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            darkest = std::min(darkest, shot.pixelColor(x, y).lightness());
    lightestBackground = shot.pixelColor(2, shot.height() - 1).lightness();
    EXPECT_LT(darkest, 60) << "year labels are not dark";
    EXPECT_GT(lightestBackground, 230) << "the background is not white";
    EXPECT_EQ(window->timelineBar()->palette().color(QPalette::WindowText), QColor(Qt::black));
}

} // namespace
} // namespace atlas::test
