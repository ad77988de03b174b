#include "mapexporter.h"

#include "atlasdocument.h"
#include "maprenderer.h"
#include "svgwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QRegularExpression>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <future>

namespace atlas {
namespace {
// 8 MB of RGB32 at 4K: small beside the 33 MB of a whole frame, yet few enough bands that
// geometry crossing several of them is not painted too often.
constexpr int kBandRows = 540;
}

MapExporter::MapExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map)
    : m_renderer(std::make_unique<MapRenderer>(std::move(document), std::move(map)))
{
}

MapExporter::~MapExporter() = default;

QImage MapExporter::renderImage(const ExportRequest &request)
{
    const ExportRequest r = framed(request);
    return m_renderer->renderImage(r.viewport, renderOptions(r));
}

ExportRequest MapExporter::framed(const ExportRequest &request) const
{
    return fittedToFrame(request, m_renderer->document().timeline());
}

ExportMetadata MapExporter::metadata(const ExportRequest &request) const
{
    return exportMetadata(m_renderer->document(), request);
}

WriteResult MapExporter::write(const ExportRequest &request, const QString &path)
{
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format)
        return {false, QStringLiteral("%1: cannot write: unknown format '.%2' (formats: %3)")
                           .arg(QDir::toNativeSeparators(path), extensionOf(path),
                                exportFormatExtensions().join(QStringLiteral(", ")))};
    return write(request, path, *format);
}

WriteResult MapExporter::write(const ExportRequest &request, const QString &path, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg: return writeSvg(request, path);
    case ExportFormat::Pdf: return writePdf(request, path);
    case ExportFormat::Png: break;
    }
    return writePng(request, path);
}

WriteResult MapExporter::writeSvg(const ExportRequest &request, const QString &path)
{
    return atlas::writeSvg(m_renderer->document(), m_renderer->map(), framed(request), metadata(request), path);
}

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// Title, subject (the counts), creator and tool as XMP; Qt writes it as the document's metadata stream.
QByteArray xmpPacket(const ExportMetadata &m)
{
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                             "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
                             "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
        + xmlEscaped(m.title) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>")
        + xmlEscaped(m.description) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:description>\n<dc:source>") + xmlEscaped(m.source)
        + QByteArrayLiteral("</dc:source>\n<dc:creator><rdf:Seq><rdf:li>") + xmlEscaped(m.software)
        + QByteArrayLiteral("</rdf:li></rdf:Seq></dc:creator>\n<xmp:CreatorTool>") + xmlEscaped(m.software)
        + QByteArrayLiteral("</xmp:CreatorTool>\n<pdf:Keywords>") + xmlEscaped(m.description)
        + QByteArrayLiteral("</pdf:Keywords>\n</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>");
}

QByteArray pdfText(const QString &text)  // a PDF text string: UTF-16BE with its byte order mark, in hex
{
    QByteArray utf16("\xFE\xFF");
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

// Qt's PDF writer sets title and creator only: an incremental update appends a document
// information dictionary that also has the subject (the counts) and keywords.
bool addDocumentInfo(QByteArray &pdf, const ExportMetadata &m)
{
    static const QRegularExpression trailer(QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref\\s*(\\d+)\\s*%%EOF\\s*$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString tail = QString::fromLatin1(pdf.right(400));
    const QRegularExpressionMatch t = trailer.match(tail);
    if (!t.hasMatch())
        return false;
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(t.captured(1));
    const QRegularExpressionMatch root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(t.captured(1));
    if (!size.hasMatch() || !root.hasMatch())
        return false;
    const int object = size.captured(1).toInt();
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype infoAt = pdf.size();
    pdf += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfText(m.title) + "\n/Subject " + pdfText(m.description)
           + "\n/Keywords " + pdfText(m.source) + "\n/Creator " + pdfText(m.software) + "\n/Producer "
           + pdfText(m.software) + "\n/CreationDate (D:" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
           + "Z)\n>>\nendobj\n";
    const qsizetype xrefAt = pdf.size();
    pdf += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(infoAt).rightJustified(10, '0')
           + " 00000 n \ntrailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1()
           + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + t.captured(2).toLatin1() + "\n>>\nstartxref\n"
           + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return true;
}

} // namespace

WriteResult MapExporter::writePdf(const ExportRequest &unframed, const QString &path)
{
    const ExportRequest request = framed(unframed);
    const auto failed = [&path](const QString &why) {
        return WriteResult{false, QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    const QSize px = request.viewport.pixels();
    if (px.isEmpty())
        return failed(QStringLiteral("nothing to write (empty image)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const ExportMetadata meta = metadata(request);
    QByteArray bytes;  // a few hundred kB for the world: assembled in memory, then written whole
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(meta.title);
        pdf.setCreator(meta.software);
        pdf.setDocumentXmpMetadata(xmpPacket(meta));
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed(QStringLiteral("cannot start the PDF"));
        // Page coordinates: the image's pixel layout scaled to fit the printable area, centred.
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const double scale = std::min(page.width() / double(px.width()), page.height() / double(px.height()));
        painter.translate((page.width() - px.width() * scale) / 2, (page.height() - px.height() * scale) / 2);
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(px)));
        m_renderer->render(painter, request.viewport, renderOptions(request));
        painter.end();
    }
    addDocumentInfo(bytes, meta);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    return {true, {}};
}

WriteResult MapExporter::writePng(const ExportRequest &unframed, const QString &path)
{
    const ExportRequest request = framed(unframed);
    const ExportMetadata meta = metadata(request);
    const PngText text{{QStringLiteral("Title"), meta.title},
                       {QStringLiteral("Description"), meta.description},
                       {QStringLiteral("Source"), meta.source},
                       {QStringLiteral("Creation Time"), rfc1123(QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("Software"), meta.software}};
    PngStreamWriter writer(path, request.viewport.pixels(), text);
    if (!writer.error().isEmpty())
        return {false, writer.error()};
    // Encode band k on a second thread while band k + 1 renders. The band handed over is a shallow
    // copy: the renderer's next compose detaches and writes a new buffer.
    std::future<bool> encoding;
    const auto previousOk = [&encoding] { return !encoding.valid() || encoding.get(); };
    const bool rendered = m_renderer->renderBands(request.viewport, renderOptions(request), kBandRows, [&](const QImage &band) {
        if (!previousOk())
            return false;
        encoding = std::async(std::launch::async, [&writer, band] { return writer.writeRows(band); });
        return true;
    });
    const bool encoded = previousOk();
    if (!rendered && encoded)
        writer.cancel();
    return writer.finish();
}

} // namespace atlas
