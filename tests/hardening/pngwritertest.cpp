// PngStreamWriter under injected write failures: the file-size limit (RLIMIT_FSIZE, with SIGXFSZ
// ignored) makes write() fail with EFBIG after N bytes, as a full disk would, at any point of the
// stream. The writer must report the path and leave neither the file nor its temporary behind.
#include "pngwriter.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

#include <gtest/gtest.h>

using namespace atlas;

namespace {

// Limits the size of any file this process writes while alive.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool active() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_active = false;
};

QImage noise(const QSize &size)
{
    // Incompressible rows so the PNG is large; deterministic.
    QImage image(size, QImage::Format_RGB32);
    quint32 x = 12345;
    for (int y = 0; y < size.height(); ++y) {
        auto *row = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int i = 0; i < size.width(); ++i) {
            x = x * 1664525u + 1013904223u;
            row[i] = x;
        }
    }
    return image;
}

class PngWriteFailure : public ::testing::TestWithParam<int> {};

} // namespace

TEST_P(PngWriteFailure, LeavesNoFileAndNamesThePath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    const QImage image = noise(QSize(800, 600));  // about 1.4 MB as PNG
    WriteResult result;
    {
        const FileSizeLimit limit{rlim_t(GetParam())};
        ASSERT_TRUE(limit.active());
        PngStreamWriter writer(path, image.size());
        for (int y = 0; y < image.height(); y += 100)
            writer.writeRows(image.copy(0, y, image.width(), 100));
        result = writer.finish();
    }
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.startsWith(path + QStringLiteral(": cannot write"))) << result.error.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(LimitInBytes, PngWriteFailure, ::testing::Values(0, 1, 1000, 65536, 1000000));

TEST(PngWriteFailure, BandsThatDoNotFitAreRefusedWithoutAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    PngStreamWriter writer(path, QSize(100, 10));
    EXPECT_FALSE(writer.writeRows(noise(QSize(100, 20))));
    EXPECT_FALSE(writer.finish().ok);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(PngWriteFailure, AWriterDestroyedBeforeFinishLeavesNothing)
{
    QTemporaryDir dir;
    {
        PngStreamWriter writer(dir.filePath(QStringLiteral("map.png")), QSize(100, 10));
        writer.writeRows(noise(QSize(100, 5)));
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
