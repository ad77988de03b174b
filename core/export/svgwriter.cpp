#include "svgwriter.h"

#include "atlasdocument.h"
#include "exportmetadata.h"
#include "exportrequest.h"
#include "mapannotations.h"
#include "maprenderer.h"
#include "mapmarkers.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"

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
    s += QStringLiteral("text{font-family:'DejaVu Sans',sans-serif;fill:%1}\n").arg(colour(t.text));
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

} // namespace

WriteResult writeSvg(const AtlasDocument &document, const ProjectedMap &map, const ExportRequest &request,
                     const ExportMetadata &metadata, const QString &path)
{
    const auto failed = [&path](const QString &why) {
        return WriteResult{false, QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    const QSize px = request.viewport.pixels();
    if (px.isEmpty())
        return failed(QStringLiteral("nothing to write (empty image)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());

    const RenderOptions options = renderOptions(request);
    const MapTheme &theme = options.theme;
    const CountryStateLink &link = document.link();
    const RecognitionTimeline &timeline = document.timeline();
    const QTransform toPixel = request.viewport.worldToPixel();
    const double border = borderWidthFor(px, theme);
    const QRectF page(QPointF(0, 0), QSizeF(px));
    const QRectF visible = page.adjusted(-border, -border, border, border);
    const auto classOf = [&](int feature) {
        const int state = link.stateIndexOf.value(feature, -1);
        return state < 0 ? kNoDataClass : statusWord(timeline.status(state, options.date));
    };

    QXmlStreamWriter x(&file);
    x.setAutoFormatting(false);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("svg"));
    x.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    x.writeAttribute(QStringLiteral("width"), QString::number(px.width()));
    x.writeAttribute(QStringLiteral("height"), QString::number(px.height()));
    x.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(px.width()).arg(px.height()));
    x.writeCharacters(QStringLiteral("\n"));
    x.writeTextElement(QStringLiteral("title"), metadata.title);
    x.writeCharacters(QStringLiteral("\n"));
    x.writeTextElement(QStringLiteral("desc"), metadata.description + QLatin1Char('\n') + metadata.source
                                                   + QLatin1Char('\n') + QStringLiteral("Dataset version: ")
                                                   + metadata.datasetVersion + QLatin1Char('\n') + metadata.software);
    x.writeCharacters(QStringLiteral("\n"));

    x.writeStartElement(QStringLiteral("defs"));
    x.writeStartElement(QStringLiteral("style"));
    x.writeCharacters(styleSheet(theme, border));
    x.writeEndElement();
    // The raster hatch: pixels with (x + y) mod 8 < 3 in stripe colour, over the status colour.
    x.writeStartElement(QStringLiteral("pattern"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("hatch"));
    x.writeAttribute(QStringLiteral("patternUnits"), QStringLiteral("userSpaceOnUse"));
    x.writeAttribute(QStringLiteral("width"), QStringLiteral("8"));
    x.writeAttribute(QStringLiteral("height"), QStringLiteral("8"));
    x.writeEmptyElement(QStringLiteral("rect"));
    x.writeAttribute(QStringLiteral("width"), QStringLiteral("8"));
    x.writeAttribute(QStringLiteral("height"), QStringLiteral("8"));
    x.writeAttribute(QStringLiteral("fill"), colour(theme.statusColour(Status::WithdrawalClaimed)));
    x.writeEmptyElement(QStringLiteral("path"));
    x.writeAttribute(QStringLiteral("d"), QStringLiteral("M0 0H3L0 3ZM8 0V3L3 8H0Z"));
    x.writeAttribute(QStringLiteral("fill"), colour(theme.hatch));
    x.writeEndElement();  // pattern
    x.writeEndElement();  // defs
    x.writeCharacters(QStringLiteral("\n"));

    x.writeEmptyElement(QStringLiteral("rect"));
    x.writeAttribute(QStringLiteral("class"), QStringLiteral("background"));
    x.writeAttribute(QStringLiteral("width"), QString::number(px.width()));
    x.writeAttribute(QStringLiteral("height"), QString::number(px.height()));
    x.writeEmptyElement(QStringLiteral("path"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("sea"));
    x.writeAttribute(QStringLiteral("class"), QStringLiteral("sea"));
    x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(pathData(map.globe(), toPixel)));
    x.writeCharacters(QStringLiteral("\n"));

    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("countries"));
    QSet<QString> used;
    used << QStringLiteral("sea") << QStringLiteral("countries") << QStringLiteral("markers") << QStringLiteral("hatch")
         << QStringLiteral("annotations") << QStringLiteral("title") << QStringLiteral("legend") << QStringLiteral("source");
    const QList<ProjectedCountry> &countries = map.countries();
    for (int i = 0; i < countries.size(); ++i) {
        const ProjectedCountry &c = countries[i];
        if (!toPixel.mapRect(c.bounds).intersects(visible))
            continue;
        const QByteArray d = pathData(c.path, toPixel);
        if (d.isEmpty())
            continue;
        x.writeCharacters(QStringLiteral("\n"));
        x.writeEmptyElement(QStringLiteral("path"));
        x.writeAttribute(QStringLiteral("id"), featureId(c.code, used));
        x.writeAttribute(QStringLiteral("class"), QStringLiteral("country ") + classOf(i));
        const int state = link.stateIndexOf.value(i, -1);
        if (state >= 0 && !link.isStateItself.value(i, true))
            x.writeAttribute(QStringLiteral("data-state"), document.dataset().states[state].code);
        x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(d));
    }
    x.writeEndElement();  // countries
    x.writeCharacters(QStringLiteral("\n"));

    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("markers"));
    for (const MarkerCircle &m : markerCircles(map, request.viewport, link.markerRules)) {
        x.writeEmptyElement(QStringLiteral("circle"));
        x.writeAttribute(QStringLiteral("class"), QStringLiteral("marker ") + classOf(m.featureIndex));
        x.writeAttribute(QStringLiteral("data-code"), countries[m.featureIndex].code);
        x.writeAttribute(QStringLiteral("cx"), number(m.centre.x()));
        x.writeAttribute(QStringLiteral("cy"), number(m.centre.y()));
        x.writeAttribute(QStringLiteral("r"), number(m.radius));
    }
    x.writeEndElement();  // markers
    x.writeCharacters(QStringLiteral("\n"));

    const int selected = options.selectedCode.isEmpty() ? -1 : map.indexOf(options.selectedCode);
    if (selected >= 0) {
        x.writeEmptyElement(QStringLiteral("path"));
        x.writeAttribute(QStringLiteral("class"), QStringLiteral("selected"));
        x.writeAttribute(QStringLiteral("stroke-width"), number(border * 4));
        x.writeAttribute(QStringLiteral("d"), QString::fromLatin1(pathData(countries[selected].path, toPixel)));
        x.writeCharacters(QStringLiteral("\n"));
    }

    writeAnnotations(x, annotationLayout(px, timeline, options));
    x.writeEndElement();  // svg
    x.writeEndDocument();
    if (x.hasError() || !file.commit())
        return failed(file.errorString());
    return {true, {}};
}

} // namespace atlas
