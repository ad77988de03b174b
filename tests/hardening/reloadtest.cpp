// File > Reload Data (F5): a failed reload shows the loader's messages in a dialog and keeps the
// window, map and data on screen; a good one rebuilds the window on the new data at the same date.
#include "atlasdocument.h"
#include "exportcontroller.h"
#include "testsupport.h"
#include "mainwindow.h"
#include "mapview.h"
#include "recognitiondataset.h"
#include "statepanel.h"
#include "modaldialog.h"
#include "windowreloader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// A copy of the shipped map and dataset that the test may damage, and a window on it.
class ReloadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString shipped = sourcePath(QStringLiteral("maps/ne_50m_admin0."));
        for (const char *suffix : {"shp", "shx", "dbf", "prj", "cpg"})
            ASSERT_TRUE(QFile::copy(shipped + QLatin1String(suffix), m_mapDir.filePath(QStringLiteral("map.")) + QLatin1String(suffix)));
        auto loaded = AtlasDocument::load(start().sources);
        ASSERT_TRUE(loaded.ok()) << joinProblems(loaded.errors).toStdString();
        m_reloader = std::make_unique<WindowReloader>(start(), loaded.value, QDate(2012, 6, 1));
        m_reloader->setProblemDialog([this](QWidget *parent, const QString &title, const QString &text) {
            m_dialogs << title + QLatin1Char('\n') + text;
            EXPECT_EQ(parent, m_reloader->window());
        });
        m_reloader->window()->show();
    }

    WindowStart start() const
    {
        return {{m_mapDir.filePath(QStringLiteral("map.shp")), m_data.path()}, ProjectionKind::EqualEarth, QDate::currentDate()};
    }

    // Presses F5 the way a user would: through the window's action.
    void pressF5()
    {
        for (QAction *action : m_reloader->window()->actions())
            if (action->shortcut() == QKeySequence(Qt::Key_F5)) {
                action->trigger();
                return;
            }
        ADD_FAILURE() << "no F5 action";
    }

    QString statusCsv(const QDate &date)
    {
        const QString path = m_mapDir.filePath(QStringLiteral("status.csv"));
        EXPECT_TRUE(m_reloader->window()->exporter()->writeStatusCsv(path, date).ok);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    }

    QTemporaryDir m_mapDir;
    DatasetCopy m_data;
    std::unique_ptr<WindowReloader> m_reloader;
    QStringList m_dialogs;
};

} // namespace

TEST_F(ReloadTest, BrokenDataShowsTheMessagesAndKeepsTheWindow)
{
    MainWindow *before = m_reloader->window();
    before->setDate(QDate(2013, 2, 17));
    const QString shownBefore = statusCsv(QDate(2013, 2, 17));
    QFile::remove(m_data.file(QStringLiteral("states.csv")));
    ASSERT_TRUE(QFile::copy(badFixture(QStringLiteral("dataset/garbage_line.states.csv")), m_data.file(QStringLiteral("states.csv"))));
    pressF5();
    ASSERT_EQ(m_dialogs.size(), 1);
    EXPECT_NE(m_dialogs.first().indexOf(m_data.file(QStringLiteral("states.csv")) + QStringLiteral(":10: expected 3 fields, found 1")), -1)
        << m_dialogs.first().toStdString();
    EXPECT_EQ(m_reloader->window(), before);
    EXPECT_TRUE(before->isVisible());
    EXPECT_EQ(before->date(), QDate(2013, 2, 17));
    EXPECT_EQ(statusCsv(QDate(2013, 2, 17)), shownBefore);
}

TEST_F(ReloadTest, BrokenMapShowsTheMessagesAndKeepsTheWindow)
{
    MainWindow *before = m_reloader->window();
    QFile shp(m_mapDir.filePath(QStringLiteral("map.shp")));
    ASSERT_TRUE(shp.resize(20000));  // a download cut short
    pressF5();
    ASSERT_EQ(m_dialogs.size(), 1);
    EXPECT_NE(m_dialogs.first().indexOf(shp.fileName() + QStringLiteral(": the header gives a length")), -1)
        << m_dialogs.first().toStdString();
    EXPECT_EQ(m_reloader->window(), before);
    EXPECT_TRUE(before->isVisible());
}

TEST_F(ReloadTest, GoodDataReplacesTheWindowAtTheSameDate)
{
    MainWindow *before = m_reloader->window();
    before->setDate(QDate(2021, 3, 3));
    ASSERT_NE(statusCsv(QDate(2021, 3, 3)).indexOf(QStringLiteral("\nESP,Spain,does_not_recognize,")), -1);
    QFile events(m_data.file(QStringLiteral("events.csv")));
    ASSERT_TRUE(events.open(QIODevice::Append));
    events.write("ESP,2020-01-01,,recognition,ESP,no,https://example.org/fixture,reload test\n");
    events.close();
    MainWindow *replaced = nullptr;
    QObject::connect(m_reloader.get(), &WindowReloader::windowReplaced, [&replaced](MainWindow *w) { replaced = w; });
    pressF5();
    EXPECT_TRUE(m_dialogs.isEmpty()) << m_dialogs.join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(m_reloader->window(), before);
    EXPECT_EQ(replaced, m_reloader->window());
    EXPECT_TRUE(m_reloader->window()->isVisible());
    EXPECT_EQ(m_reloader->window()->date(), QDate(2021, 3, 3));
    EXPECT_NE(statusCsv(QDate(2021, 3, 3)).indexOf(QStringLiteral("\nESP,Spain,recognizes,2020-01-01,")), -1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the old window goes
}

TEST_F(ReloadTest, TheRealDialogShowsTheMessagesAndCanBeDismissed)
{
    m_reloader = std::make_unique<WindowReloader>(start(), AtlasDocument::load(start().sources).value, QDate(2012, 6, 1));
    m_reloader->window()->show();
    QFile::remove(m_data.file(QStringLiteral("events.csv")));
    QString shown;
    closeNextMessageBox(&shown);
    pressF5();
    EXPECT_NE(shown.indexOf(m_data.file(QStringLiteral("events.csv")) + QStringLiteral(": cannot read file")), -1) << shown.toStdString();
    EXPECT_TRUE(m_reloader->window()->isVisible());
}

TEST_F(ReloadTest, ReloadKeepsTheSelectedStateAndTheProjection)
{
    MainWindow *before = m_reloader->window();
    const int spain = before->document().dataset().indexOf(QStringLiteral("ESP"));
    ASSERT_GE(spain, 0);
    before->selectState(spain);
    before->setProjection(ProjectionKind::Robinson);
    pressF5();
    ASSERT_TRUE(m_dialogs.isEmpty()) << m_dialogs.join(QLatin1Char('\n')).toStdString();
    MainWindow *after = m_reloader->window();
    ASSERT_NE(after, before);
    EXPECT_EQ(after->mapView()->selectedState(), after->document().dataset().indexOf(QStringLiteral("ESP")));
    EXPECT_EQ(after->statePanel()->titleText(), QStringLiteral("Spain"));
    EXPECT_EQ(after->mapView()->projection(), ProjectionKind::Robinson);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
