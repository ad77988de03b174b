#include "svgwriter.h"

#include "atlasdocument.h"
#include "exportmetadata.h"
#include "exportrequest.h"
#include "labellayer.h"
#include "mapannotations.h"
#include "maprenderer.h"
#include "mapmarkers.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "timelinechange.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

#include <cmath>

namespace atlas {
namespace {

const QString kNoDataClass = QStringLiteral("no_data");

// Tenths of a pixel, written shortest: 123 -> "12.3", -5 -> "-.5", 120 -> "12".
void appendTenths(QByteArray &out, long long tenths)
{
    if (!out.isEmpty() && tenths >= 0) {
        const char last = out.back();
        if (last != 'M' && last != 'l' && last != 'z')
            out += ' ';
    }
    if (tenths < 0) {
        out += '-';
        tenths = -tenths;
    }
    const long long whole = tenths / 10, frac = tenths % 10;
    if (whole != 0 || frac == 0)
        out += QByteArray::number(whole);
    if (frac != 0) {
        out += '.';
        out += char('0' + frac);
    }
}

// The path in pixels of the full page: absolute moves, relative lines between points rounded to
// 0.1 px (rounded first, so relative steps add up exactly), repeated points dropped.
QByteArray pathData(const QPainterPath &path, const QTransform &toPixel)
{
    QByteArray out;
    out.reserve(path.elementCount() * 6);
    long long x = 0, y = 0;
    bool open = false, relativeLines = false;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF p = toPixel.map(QPointF(e.x, e.y));
        const long long px = std::llround(p.x() * 10), py = std::llround(p.y() * 10);
        if (e.type == QPainterPath::MoveToElement) {
            if (open)
                out += 'z';
            out += 'M';
            appendTenths(out, px);
            appendTenths(out, py);
            open = true;
            relativeLines = false;
        } else {
            if (px == x && py == y)
                continue;
            if (!relativeLines) {
                out += 'l';
                relativeLines = true;
            }
            appendTenths(out, px - x);
            appendTenths(out, py - y);
        }
        x = px;
        y = py;
    }
    if (open)
        out += 'z';
    return out;
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString number(double v)
{
    return QString::number(std::round(v * 100) / 100, 'g', 10);
}

QString styleSheet(const MapTheme &t, double border)
{
    QString s;
    s += QStringLiteral("\n.background{fill:%1}\n.sea{fill:%2;stroke:%3;stroke-width:%4}\n")
             .arg(colour(t.background), colour(t.sea), colour(t.border), number(border));
    s += QStringLiteral(".country,.marker{fill-rule:evenodd;stroke:%1;stroke-width:%2;stroke-linejoin:round}\n")
             .arg(colour(t.border), number(border));
    for (Status st : kAllStatuses) {
        const QString fill = st == Status::WithdrawalClaimed ? QStringLiteral("url(#hatch)") : colour(t.statusColour(st));
        s += QStringLiteral(".%1{fill:%2}\n").arg(statusWord(st), fill);
    }
    s += QStringLiteral(".%1{fill:%2}\n").arg(kNoDataClass, colour(t.noData));
    s += QStringLiteral(".panel{fill:%1;fill-opacity:%2}\n").arg(colour(t.panel), number(t.panel.alphaF()));
    s += QStringLiteral(".swatch{stroke:%1;stroke-width:1}\n").arg(colour(t.border));
    s += QStringLiteral(".selected{fill:none;stroke:#d62728;stroke-linejoin:round}\n");
    s += QStringLiteral(".changed{fill:none;stroke:%1;stroke-linejoin:round}\n").arg(colour(t.change));
    s += QStringLiteral("text{font-family:'DejaVu Sans',sans-serif;fill:%1}\n").arg(colour(t.text));
    QColor halo = t.panel;
    halo.setAlpha(255);
    s += QStringLiteral(".label{text-anchor:middle}\n.halo{fill:%1;stroke:%1;stroke-linejoin:round}\n").arg(colour(halo));
    return s;
}

// A valid, unique XML id for a feature code ("FRA"; "-99" becomes "f-99").
QString featureId(const QString &code, QSet<QString> &used)
{
    static const QRegularExpression nc(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    QString id = nc.match(code).hasMatch() ? code : QStringLiteral("f-") + QString(code).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString base = id;
    for (int n = 2; used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    used.insert(id);
    return id;
}

void writeAnnotations(QXmlStreamWriter &x, const QList<AnnotationGroup> &groups)
{
    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("annotations"));
    for (const AnnotationGroup &g : groups) {
        x.writeStartElement(QStringLiteral("g"));
        x.writeAttribute(QStringLiteral("id"), g.id);
        x.writeEmptyElement(QStringLiteral("rect"));
        x.writeAttribute(QStringLiteral("class"), QStringLiteral("panel"));
        x.writeAttribute(QStringLiteral("x"), number(g.panel.x()));
        x.writeAttribute(QStringLiteral("y"), number(g.panel.y()));
        x.writeAttribute(QStringLiteral("width"), number(g.panel.width()));
        x.writeAttribute(QStringLiteral("height"), number(g.panel.height()));
        x.writeAttribute(QStringLiteral("rx"), number(g.panelRadius));
        for (const AnnotationSwatch &s : g.swatches) {
            x.writeEmptyElement(QStringLiteral("rect"));
            x.writeAttribute(QStringLiteral("class"), QStringLiteral("swatch ") + (s.ruleMark ? QStringLiteral("rule_mark") : s.status ? statusWord(*s.status) : kNoDataClass));
            x.writeAttribute(QStringLiteral("x"), number(s.box.x()));
            x.writeAttribute(QStringLiteral("y"), number(s.box.y()));
            x.writeAttribute(QStringLiteral("width"), number(s.box.width()));
            x.writeAttribute(QStringLiteral("height"), number(s.box.height()));
        }
        for (const AnnotationLabel &l : g.labels) {
            x.writeStartElement(QStringLiteral("text"));
            x.writeAttribute(QStringLiteral("x"), number(l.baseline.x()));
            x.writeAttribute(QStringLiteral("y"), number(l.baseline.y()));
            x.writeAttribute(QStringLiteral("font-size"), QString::number(l.font.pixelSize()));
            if (l.font.bold())
                x.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
            if (l.centred)
                x.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
            x.writeCharacters(l.text);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
}

// One SVG document being written: the request's picture, one element group per method.
class SvgMapWriter {
public:
    SvgMapWriter(QIODevice *device, const AtlasDocument &document, const ProjectedMap &map, const ExportRequest &request)
        : m_x(device), m_document(document), m_map(map), m_request(request), m_options(renderOptions(request)),
          m_px(request.viewport.pixels()), m_toPixel(request.viewport.worldToPixel()),
          m_border(borderWidthFor(m_px, m_options.theme))
    {
        m_x.setAutoFormatting(false);
    }

    bool write(const ExportMetadata &metadata)
    {
        m_x.writeStartDocument();
        writeHeader(metadata);
        writeDefs();
        writeBackground();
        writeCountries();
        writeMarkers();
        writeChanges();
        writeSelection();
        if (m_options.labels)
            writeLabels();
        writeMargins();
        writeAnnotations(m_x, annotationLayout(m_px, m_document.timeline(), m_options));
        m_x.writeEndElement();  // svg
        m_x.writeEndDocument();
        return !m_x.hasError();
    }

private:
    QString classOf(int feature) const
    {
        const int state = m_document.link(m_map.detail()).stateIndexOf.value(feature, -1);
        return state < 0 ? kNoDataClass : statusWord(m_document.timeline().status(state, m_options.date));
    }

    void newline() { m_x.writeCharacters(QStringLiteral("\n")); }

    void writeHeader(const ExportMetadata &metadata)
    {
        m_x.writeStartElement(QStringLiteral("svg"));
        m_x.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
        m_x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
        m_x.writeAttribute(QStringLiteral("width"), QString::number(m_px.width()));
        m_x.writeAttribute(QStringLiteral("height"), QString::number(m_px.height()));
        m_x.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(m_px.width()).arg(m_px.height()));
        newline();
        m_x.writeTextElement(QStringLiteral("title"), metadata.title);
        newline();
        m_x.writeTextElement(QStringLiteral("desc"), metadata.description + QLatin1Char('\n') + metadata.source
                                                         + QLatin1Char('\n') + QStringLiteral("Dataset version: ")
                                                         + metadata.datasetVersion + QLatin1Char('\n') + metadata.software);
        newline();
    }

    void writeDefs()
    {
        const MapTheme &theme = m_options.theme;
        m_x.writeStartElement(QStringLiteral("defs"));
        m_x.writeStartElement(QStringLiteral("style"));
        m_x.writeCharacters(styleSheet(theme, m_border));
        m_x.writeEndElement();
        // The raster hatch: pixels with (x + y) mod 8 < 3 in stripe colour, over the status colour.
        m_x.writeStartElement(QStringLiteral("pattern"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("hatch"));
        m_x.writeAttribute(QStringLiteral("patternUnits"), QStringLiteral("userSpaceOnUse"));
        m_x.writeAttribute(QStringLiteral("width"), QStringLiteral("8"));
        m_x.writeAttribute(QStringLiteral("height"), QStringLiteral("8"));
        m_x.writeEmptyElement(QStringLiteral("rect"));
        m_x.writeAttribute(QStringLiteral("width"), QStringLiteral("8"));
        m_x.writeAttribute(QStringLiteral("height"), QStringLiteral("8"));
        m_x.writeAttribute(QStringLiteral("fill"), colour(theme.statusColour(Status::WithdrawalClaimed)));
        m_x.writeEmptyElement(QStringLiteral("path"));
        m_x.writeAttribute(QStringLiteral("d"), QStringLiteral("M0 0H3L0 3ZM8 0V3L3 8H0Z"));
        m_x.writeAttribute(QStringLiteral("fill"), colour(theme.hatch));
        m_x.writeEndElement();  // pattern
        m_x.writeEndElement();  // defs
        newline();
    }

    void writeBackground()
    {
        m_x.writeEmptyElement(QStringLiteral("rect"));
        m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("background"));
        m_x.writeAttribute(QStringLiteral("width"), QString::number(m_px.width()));
        m_x.writeAttribute(QStringLiteral("height"), QString::number(m_px.height()));
        m_x.writeEmptyElement(QStringLiteral("path"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("sea"));
        m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("sea"));
        m_x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(pathData(m_map.globe(), m_toPixel)));
        newline();
    }

    // One <path> per feature on the page: id = its code, class = its status (or no data).
    void writeCountries()
    {
        const CountryStateLink &link = m_document.link(m_map.detail());
        const QRectF visible = QRectF(QPointF(0, 0), QSizeF(m_px)).adjusted(-m_border, -m_border, m_border, m_border);
        QSet<QString> used{QStringLiteral("sea"),         QStringLiteral("countries"), QStringLiteral("markers"),
                           QStringLiteral("hatch"),       QStringLiteral("annotations"), QStringLiteral("title"),
                           QStringLiteral("legend"),      QStringLiteral("source"),    QStringLiteral("labels"),
                           QStringLiteral("event"),       QStringLiteral("changes")};
        m_x.writeStartElement(QStringLiteral("g"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("countries"));
        const QList<ProjectedCountry> &countries = m_map.countries();
        for (int i = 0; i < countries.size(); ++i) {
            const ProjectedCountry &c = countries[i];
            const QByteArray d = m_toPixel.mapRect(c.bounds).intersects(visible) ? pathData(c.path, m_toPixel) : QByteArray();
            if (d.isEmpty())
                continue;
            newline();
            m_x.writeEmptyElement(QStringLiteral("path"));
            m_x.writeAttribute(QStringLiteral("id"), featureId(c.code, used));
            m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("country ") + classOf(i));
            const int state = link.stateIndexOf.value(i, -1);
            if (state >= 0 && !link.isStateItself.value(i, true))
                m_x.writeAttribute(QStringLiteral("data-state"), m_document.dataset().states[state].code);
            m_x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(d));
        }
        m_x.writeEndElement();  // countries
        newline();
    }

    void writeMarkers()
    {
        m_x.writeStartElement(QStringLiteral("g"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("markers"));
        for (const MarkerCircle &m : markerCircles(m_map, m_request.viewport, m_document.link(m_map.detail()).markerRules)) {
            m_x.writeEmptyElement(QStringLiteral("circle"));
            m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("marker ") + classOf(m.featureIndex));
            m_x.writeAttribute(QStringLiteral("data-code"), m_map.countries()[m.featureIndex].code);
            m_x.writeAttribute(QStringLiteral("cx"), number(m.centre.x()));
            m_x.writeAttribute(QStringLiteral("cy"), number(m.centre.y()));
            m_x.writeAttribute(QStringLiteral("r"), number(m.radius));
        }
        m_x.writeEndElement();  // markers
        newline();
    }

    // The states whose status changed since the previous frame, outlined: one path each, data-code = the feature.
    void writeChanges()
    {
        const QList<int> changed = timelineChange(m_document.timeline(), m_options.changesSince, m_options.date).changedStates;
        if (changed.isEmpty())
            return;
        m_x.writeStartElement(QStringLiteral("g"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("changes"));
        for (int i = 0; i < m_map.countries().size(); ++i) {
            if (!changed.contains(m_document.link().stateIndexOf.value(i, -1)))
                continue;
            m_x.writeEmptyElement(QStringLiteral("path"));
            m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("changed"));
            m_x.writeAttribute(QStringLiteral("data-code"), m_map.countries()[i].code);
            m_x.writeAttribute(QStringLiteral("stroke-width"), number(m_border * 4));
            m_x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(pathData(m_map.countries()[i].path, m_toPixel)));
        }
        m_x.writeEndElement();  // changes
        newline();
    }

    // The bands outside the map frame, in the background colour: the annotations' space.
    void writeMargins()
    {
        for (const QRectF &r : mapMargins(m_px, mapFrameFor(m_px, m_document.timeline(), m_options))) {
            m_x.writeEmptyElement(QStringLiteral("rect"));
            m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("background margin"));
            m_x.writeAttribute(QStringLiteral("x"), number(r.x()));
            m_x.writeAttribute(QStringLiteral("y"), number(r.y()));
            m_x.writeAttribute(QStringLiteral("width"), number(r.width()));
            m_x.writeAttribute(QStringLiteral("height"), number(r.height()));
        }
        newline();
    }

    void writeSelection()
    {
        const int selected = m_options.selectedCode.isEmpty() ? -1 : m_map.indexOf(m_options.selectedCode);
        if (selected < 0)
            return;
        m_x.writeEmptyElement(QStringLiteral("path"));
        m_x.writeAttribute(QStringLiteral("class"), QStringLiteral("selected"));
        m_x.writeAttribute(QStringLiteral("stroke-width"), number(m_border * 4));
        m_x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(pathData(m_map.countries()[selected].path, m_toPixel)));
        newline();
    }

    // Each name twice: its halo (a stroked copy underneath; paint-order is beyond SVG Tiny, which Qt
    // renders) and the text itself, so it stays searchable; a two-line name keeps its whole name in
    // a <title>.
    void writeLabels()
    {
        const LabelInputs in{m_map, m_document.link(m_map.detail()), m_document.dataset(), m_document.stateNames(),
                             StateNames::languageOf(m_options.locale)};
        m_x.writeStartElement(QStringLiteral("g"));
        m_x.writeAttribute(QStringLiteral("id"), QStringLiteral("labels"));
        for (const MapLabel &l : mapLabels(in, m_document.timeline(), m_request.viewport, m_options)) {
            writeLabelText(l, true);
            writeLabelText(l, false);
        }
        m_x.writeEndElement();  // labels
        newline();
    }

    void writeLabelText(const MapLabel &l, bool halo)
    {
        newline();
        m_x.writeStartElement(QStringLiteral("text"));
        m_x.writeAttribute(QStringLiteral("class"), halo ? QStringLiteral("label halo") : QStringLiteral("label"));
        m_x.writeAttribute(QStringLiteral("data-code"), m_map.countries()[l.featureIndex].code);
        m_x.writeAttribute(QStringLiteral("font-size"), QString::number(l.font.pixelSize()));
        if (halo) {
            m_x.writeAttribute(QStringLiteral("stroke-width"), number(2 * labelHaloPx(l.font)));
            m_x.writeAttribute(QStringLiteral("aria-hidden"), QStringLiteral("true"));
        } else if (l.lines.size() > 1) {
            m_x.writeTextElement(QStringLiteral("title"), l.text);
        }
        for (int i = 0; i < l.lines.size(); ++i) {
            m_x.writeStartElement(QStringLiteral("tspan"));
            m_x.writeAttribute(QStringLiteral("x"), number(l.baselines[i].x()));
            m_x.writeAttribute(QStringLiteral("y"), number(l.baselines[i].y()));
            m_x.writeCharacters(l.lines[i]);
            m_x.writeEndElement();
        }
        m_x.writeEndElement();  // text
    }

    QXmlStreamWriter m_x;
    const AtlasDocument &m_document;
    const ProjectedMap &m_map;
    const ExportRequest &m_request;
    const RenderOptions m_options;
    const QSize m_px;
    const QTransform m_toPixel;
    const double m_border;
};

} // namespace

WriteResult writeSvg(const AtlasDocument &document, const ProjectedMap &map, const ExportRequest &request,
                     const ExportMetadata &metadata, const QString &path)
{
    const auto failed = [&path](const QString &why) {
        return WriteResult{false, QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    if (request.viewport.pixels().isEmpty())
        return failed(QStringLiteral("nothing to write (empty image)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (!SvgMapWriter(&file, document, map, request).write(metadata) || !file.commit())
        return failed(file.errorString());
    return {true, {}};
}

} // namespace atlas
