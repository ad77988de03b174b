#include "tourvideo.h"

#include "animationencoders.h"
#include "atlasdocument.h"
#include "mapexporter.h"
#include "projectedmap.h"
#include "regionpresets.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace atlas {
namespace {

// The caption band: a heading line ("Chapter 3 of 10 · 17 February 2008") and the caption
// wrapped to the frame's width, laid out before the map so the map gets the rest of the frame.
class CaptionBand {
public:
    CaptionBand(const QString &heading, const QString &caption, const QSize &frame)
        : m_heading(heading), m_width(frame.width())
    {
        const int px = std::max(12, int(std::lround(std::min(frame.height(), frame.width() * 9 / 16) / 28.0)));
        m_font = QFont(QStringLiteral("DejaVu Sans"));
        m_font.setPixelSize(px);
        m_headingFont = m_font;
        m_headingFont.setBold(true);
        m_margin = px * 0.8;
        m_layout.setText(caption);
        m_layout.setFont(m_font);
        m_layout.beginLayout();
        double y = m_margin + QFontMetricsF(m_headingFont).height() * 1.2;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(m_width - 2 * m_margin);
            line.setPosition(QPointF(m_margin, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = int(std::ceil(y + m_margin));
    }

    int height() const { return m_height; }

    void paint(QPainter &painter, int top, const MapTheme &theme) const
    {
        painter.fillRect(QRect(0, top, m_width, m_height), theme.panel);
        // A rule between the map's own footer (legend, source line) and the caption.
        painter.fillRect(QRect(0, top, m_width, std::max(1, int(m_margin / 6))), theme.border);
        painter.setPen(theme.text);
        painter.setFont(m_headingFont);
        painter.drawText(QPointF(m_margin, top + m_margin + QFontMetricsF(m_headingFont).ascent()), m_heading);
        m_layout.draw(&painter, QPointF(0, top));
    }

private:
    QString m_heading;
    int m_width = 0;
    QFont m_font, m_headingFont;
    double m_margin = 0;
    QTextLayout m_layout;
    int m_height = 0;
};

} // namespace

TourVideoExporter::TourVideoExporter(std::shared_ptr<const AtlasDocument> document, ProjectionKind projection,
                                     const ExportRequest &frame)
    : m_document(std::move(document)), m_projection(projection), m_frame(frame)
{
}

int TourVideoExporter::framesPerChapter(const TourVideoSettings &settings)
{
    return std::max(1, int(std::lround(settings.chapterSeconds * settings.speed.fps)));
}

std::shared_ptr<const ProjectedMap> TourVideoExporter::mapAt(const MapViewport &viewport) const
{
    const MapDetail detail = m_document->detailFor(viewport);
    std::shared_ptr<const ProjectedMap> &map = m_maps[detail];
    if (!map)
        map = m_document->projectedMap(m_projection, detail);
    return map;
}

QImage TourVideoExporter::renderChapter(const TourChapter &chapter, int count, NameLanguage language) const
{
    const QSize size = m_frame.viewport.pixels();
    const QLocale locale = StateNames::localeFor(language);
    // "3 / 10 · 17 shkurt 2008": numbers and a localised date read the same in every language,
    // with no translation to load on the command line.
    const QString heading = QStringLiteral("%1 / %2 · %3")
                                .arg(chapter.number)
                                .arg(count)
                                .arg(locale.toString(chapter.date, QStringLiteral("d MMMM yyyy")));
    const CaptionBand band(heading, chapter.caption(language), size);
    const QSize mapSize(size.width(), std::max(1, size.height() - band.height()));
    const std::optional<RegionPreset> region = regionPreset(chapter.region);
    ExportRequest request = m_frame;
    request.viewport = regionExportRequest(*mapAt(m_frame.viewport), *region, mapSize).viewport;
    request.date = chapter.date;
    request.emphasisCodes = chapter.emphasis;
    request.locale = locale;
    MapExporter exporter(m_document, mapAt(request.viewport));
    QImage frame(size, QImage::Format_RGB32);
    frame.fill(m_frame.theme.background);  // under the band: the theme's panel colour may be translucent
    QPainter painter(&frame);
    painter.drawImage(0, 0, exporter.renderImage(request));
    band.paint(painter, mapSize.height(), m_frame.theme);
    return frame;
}

AnimationRun TourVideoExporter::run(const QString &path, AnimationFormat format, const QList<TourChapter> &chapters,
                                    const TourVideoSettings &settings, const std::function<bool(int, int)> &progress) const
{
    if (chapters.isEmpty()) {
        AnimationRun empty;
        empty.error = QStringLiteral("%1: cannot write: the tour has no chapters").arg(QDir::toNativeSeparators(path));
        return empty;
    }
    QStringList notes;
    // The chapters are drawn at the even size; this exporter's projections serve it too, so none
    // is made twice.
    TourVideoExporter sized(m_document, m_projection, m_frame);
    sized.m_maps = m_maps;
    sized.m_frame.viewport = m_frame.viewport.resized(evenSize(format, m_frame.viewport.pixels(), notes));
    const int perChapter = framesPerChapter(settings);
    const auto picture = [&](int i) -> std::optional<QImage> {
        if (i % perChapter != 0 || i / perChapter >= chapters.size())
            return std::nullopt;  // the chapter (or the last one, in the hold) again
        return sized.renderChapter(chapters[i / perChapter], int(chapters.size()), settings.language);
    };
    ExportRequest last = sized.m_frame;
    last.date = chapters.last().date;
    ExportMetadata metadata = MapExporter(m_document, sized.mapAt(last.viewport)).metadata(last);
    metadata.title += QStringLiteral(" (guided tour, %1 chapters)").arg(chapters.size());
    AnimationRun result = encodeFrames(path, format, sized.m_frame.viewport.pixels(), settings.speed, metadata,
                                       m_frame.theme, int(chapters.size()) * perChapter + holdFrames(settings.speed),
                                       picture, progress);
    result.notes = notes;
    return result;
}

} // namespace atlas
