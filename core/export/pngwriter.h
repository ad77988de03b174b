// PNG output through libpng with one fixed filter (3-4x faster than QImageWriter's adaptive filtering
// on flat map colours) into a QSaveFile, so a failed or cancelled write never leaves a partial file.
#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace atlas {

struct WriteResult {
    bool ok = false;
    QString error;  // names the file; empty when ok
};

// PNG text chunks, keyword then text ("Title", "Recognition of Kosovo, 17 February 2013"): tEXt
// when the text is Latin-1, else iTXt (UTF-8).
using PngText = QList<QPair<QString, QString>>;

// Writes an image of known size row band by row band, so a huge map never has to exist whole.
class PngStreamWriter final {
public:
    PngStreamWriter(const QString &path, const QSize &size, const PngText &text = {});
    ~PngStreamWriter();  // cancels (removes nothing but the temporary) unless finish() succeeded
    PngStreamWriter(const PngStreamWriter &) = delete;
    PngStreamWriter &operator=(const PngStreamWriter &) = delete;

    bool writeRows(const QImage &band);  // RGB32 rows, top to bottom, full width
    WriteResult finish();                // after the last row: commit the file
    void cancel();
    QString error() const { return m_error; }

private:
    struct Png;
    bool fail(const QString &reason);

    QString m_path;
    QSize m_size;
    QSaveFile m_file;
    std::unique_ptr<Png> m_png;
    int m_rowsWritten = 0;
    QString m_error;
};

// The whole image at once; any format (RGB32 is written without a copy).
WriteResult writePng(const QImage &image, const QString &path, const PngText &text = {});

} // namespace atlas
