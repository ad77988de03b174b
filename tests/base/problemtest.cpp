// Located problems read "file:line: field: message"; a sink shows warnings before errors and
// says whether there was an error; sources resolve to the shipped files when none is given.
#include "atlaspaths.h"
#include "problemsink.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace atlas;

namespace {

class RecordingSink final : public ProblemSink {
public:
    QStringList shown;

protected:
    void show(const QList<Problem> &errors, const QList<Problem> &warnings) override
    {
        for (const Problem &p : warnings)
            shown << QStringLiteral("warning: ") + p.toString();
        for (const Problem &p : errors)
            shown << QStringLiteral("error: ") + p.toString();
    }
};

} // namespace

TEST(Problem, LeavesOutTheEmptyParts)
{
    EXPECT_EQ((Problem{QStringLiteral("a.csv"), 3, QStringLiteral("date"), QStringLiteral("bad")}).toString(),
              QStringLiteral("a.csv:3: date: bad"));
    EXPECT_EQ((Problem{QStringLiteral("a.csv"), 0, {}, QStringLiteral("missing")}).toString(), QStringLiteral("a.csv: missing"));
    EXPECT_EQ((Problem{{}, 0, {}, QStringLiteral("plain")}).toString(), QStringLiteral("plain"));
}

TEST(ProblemSink, ShowsWarningsFirstAndReportsWhetherThereWasAnError)
{
    RecordingSink sink;
    EXPECT_TRUE(sink.report({}, {}));
    EXPECT_TRUE(sink.shown.isEmpty());
    EXPECT_TRUE(sink.report({}, {Problem{QStringLiteral("m.shp"), 0, {}, QStringLiteral("no .prj")}}));
    EXPECT_FALSE(sink.report({Problem{QStringLiteral("e.csv"), 2, QStringLiteral("date"), QStringLiteral("bad")}},
                             {Problem{{}, 0, {}, QStringLiteral("note")}}));
    EXPECT_EQ(sink.shown, (QStringList{QStringLiteral("warning: m.shp: no .prj"), QStringLiteral("warning: note"),
                                       QStringLiteral("error: e.csv:2: date: bad")}));
    sink.error(QStringLiteral("cannot write"));
    EXPECT_EQ(sink.shown.last(), QStringLiteral("error: cannot write"));
}

TEST(AtlasSources, EmptyChoicesMeanTheShippedFiles)
{
    const AtlasSources shipped = resolveSources({}, {});
    EXPECT_TRUE(QFileInfo(shipped.mapPath).isFile()) << shipped.mapPath.toStdString();
    EXPECT_TRUE(QFileInfo(shipped.dataDir + QStringLiteral("/subject.csv")).isFile()) << shipped.dataDir.toStdString();
    const AtlasSources chosen = resolveSources(QStringLiteral("/maps/x.gpkg"), QStringLiteral("/data/y"));
    EXPECT_EQ(chosen.mapPath, QStringLiteral("/maps/x.gpkg"));
    EXPECT_EQ(chosen.dataDir, QStringLiteral("/data/y"));
}
