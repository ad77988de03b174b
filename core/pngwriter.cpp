#include "pngwriter.h"

#include <QSaveFile>

#include <png.h>

#include <vector>

namespace atlas {
namespace {

struct WriteContext {
    QSaveFile *file = nullptr;
    bool failed = false;
};

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto *ctx = static_cast<WriteContext *>(png_get_io_ptr(png));
    if (ctx->file->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        ctx->failed = true;
}

void flushData(png_structp) {}

// libpng reports errors by longjmp; keep everything that needs destruction outside this frame.
bool encode(const QImage &rgb, WriteContext &ctx)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &ctx, writeData, flushData);
    png_set_IHDR(png, info, png_uint_32(rgb.width()), png_uint_32(rgb.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    // Flat map colours compress well with the SUB filter; level 3 is the knee of size vs time.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_compression_level(png, 3);
    png_write_info(png, info);
    for (int y = 0; y < rgb.height() && !ctx.failed; ++y)
        png_write_row(png, const_cast<png_bytep>(rgb.constScanLine(y)));
    if (!ctx.failed)
        png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return !ctx.failed;
}

} // namespace

WriteResult writePng(const QImage &image, const QString &path)
{
    if (image.isNull())
        return {false, QStringLiteral("%1: nothing to write (empty image)").arg(path)};
    const QImage rgb = image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString())};
    WriteContext ctx{&file};
    if (!encode(rgb, ctx)) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : QStringLiteral("PNG encoding failed");
        file.cancelWriting();
        return {false, QStringLiteral("%1: cannot write: %2").arg(path, reason)};
    }
    if (!file.commit())
        return {false, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString())};
    return {true, {}};
}

} // namespace atlas
