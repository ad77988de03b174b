#include "mapannotations.h"

#include "glyphsprites.h"
#include "recognitiontimeline.h"
#include "statenames.h"
#include "timelinechange.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

// Free functions have no class to give tr() its context; lupdate reads the context from this.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atlas::MapAnnotations)
};

QFont scaledFont(const QSize &pixels, double points, const MapTheme &theme, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Type scales with the image so a 4K export looks like a 1080p one, only sharper.
    font.setPixelSize(std::max(9, int(points * theme.fontScale * std::min(pixels.height(), pixels.width() * 9 / 16) / 1080.0)));
    font.setBold(bold);
    return font;
}

QString legendLabel(Status s)
{
    switch (s) {
    case Status::Self: return Tr::tr("Kosovo");
    case Status::Recognizes: return Tr::tr("Recognises Kosovo");
    case Status::WithdrawalClaimed: return Tr::tr("Withdrawal claimed");
    case Status::DoesNotRecognize: return Tr::tr("Does not recognise");
    }
    return {};
}

// Baseline of text vertically centred in a box, as QPainter's AlignVCenter puts it.
double centredBaseline(const QRectF &box, const QFontMetricsF &fm)
{
    return box.top() + (box.height() - fm.height()) / 2 + fm.ascent();
}

// States whose count under the rule differs from their status: the ones the map marks.
int countedOtherwise(const RecognitionTimeline &timeline, CountingRule rule, const QDate &date)
{
    int n = 0;
    for (int i = 0; i < timeline.dataset().states.size(); ++i) {
        const Status s = timeline.status(i, date);
        n += s != Status::Self && timeline.counting().counted(rule, i, date) != (s == Status::Recognizes);
    }
    return n;
}

// The legend's labels with their live counts, and the same with every count as "888": the widths
// the layout reserves, so no date moves a swatch or the map frame.
QStringList legendLabels(const RecognitionTimeline &timeline, const RenderOptions &o, bool widest)
{
    const StatusCounts counts = timeline.unMemberCounts(o.date);
    const auto count = [widest](int n) { return widest ? QStringLiteral("888") : QString::number(n); };
    QStringList labels;
    for (Status s : kAllStatuses)
        labels << (s == Status::Self ? legendLabel(s) : QStringLiteral("%1 (%2)").arg(legendLabel(s), count(counts[s])));
    labels << Tr::tr("No data / not a state");
    if (o.counting != CountingRule::Net)
        labels << Tr::tr("Dotted: counted otherwise by this rule (%1)")
                      .arg(count(widest ? 0 : countedOtherwise(timeline, o.counting, o.date)));
    return labels;
}

// Type and spacing of the bands, all from the image size and the theme.
struct BandMetrics {
    QFont big, small, legend, source;
    double headerPad = 0, legendPad = 0, legendLine = 0, sourcePad = 0;
};

BandMetrics bandMetrics(const QSize &pixels, const MapTheme &theme)
{
    BandMetrics m{scaledFont(pixels, 40, theme, true), scaledFont(pixels, 24, theme), scaledFont(pixels, 22, theme),
                  scaledFont(pixels, 16, theme)};
    m.headerPad = QFontMetricsF(m.small).height() * 0.6;
    m.legendPad = QFontMetricsF(m.legend).height() * 0.6;
    m.legendLine = QFontMetricsF(m.legend).height() * 1.35;
    m.sourcePad = QFontMetricsF(m.source).height() * 0.4;
    return m;
}

// Header: title, counter, withdrawals and the event line; always four rows tall, so the map does
// not jump when playback starts naming events.
double headerHeight(const BandMetrics &m)
{
    return std::ceil(QFontMetricsF(m.big).height() + 3 * QFontMetricsF(m.small).height() + 2 * m.headerPad);
}

// The title's three rows with the padding above them, in whole pixels: cached groups tile exactly.
double titleRowsHeight(const BandMetrics &m)
{
    return std::round(m.headerPad + QFontMetricsF(m.big).height() + 2 * QFontMetricsF(m.small).height());
}

// Where each legend entry starts (swatch top-left), flowing left to right in rows across the width.
QList<QPointF> legendFlow(const QSize &pixels, const BandMetrics &m, const QStringList &widest, int *rows)
{
    const QFontMetricsF fm(m.legend);
    const double sw = fm.height(), pad = m.legendPad;
    QList<QPointF> at;
    double x = pad;
    int row = 0;
    for (const QString &label : widest) {
        const double w = sw + pad / 2 + fm.horizontalAdvance(label);
        if (x > pad && x + w > pixels.width() - pad) {
            x = pad;
            ++row;
        }
        at << QPointF(x, row * m.legendLine);
        x += w + 1.5 * pad;
    }
    *rows = widest.isEmpty() ? 0 : row + 1;
    return at;
}

double legendHeight(const QSize &pixels, const BandMetrics &m, const QStringList &widest)
{
    int rows = 0;
    legendFlow(pixels, m, widest, &rows);
    return std::ceil(rows * m.legendLine + m.legendPad);
}

double sourceHeight(const BandMetrics &m)
{
    return std::ceil(QFontMetricsF(m.source).height() + 2 * m.sourcePad);
}

// The footer's two parts, legend over source line, in image pixels; empty where switched off.
struct FooterRects {
    QRectF legend, source;
};

FooterRects footerRects(const QSize &pixels, const BandMetrics &m, const RenderOptions &o, const QStringList &widest)
{
    FooterRects f;
    double bottom = pixels.height();
    if (o.sourceLine) {
        const double h = sourceHeight(m);
        f.source = QRectF(0, bottom - h, pixels.width(), h);
        bottom -= h;
    }
    if (o.legend) {
        const double h = legendHeight(pixels, m, widest);
        f.legend = QRectF(0, bottom - h, pixels.width(), h);
    }
    return f;
}

AnnotationGroup legendLayout(const QSize &pixels, const QRectF &band, const RecognitionTimeline &timeline,
                             const RenderOptions &o, const BandMetrics &m)
{
    const QFontMetricsF fm(m.legend);
    const double sw = fm.height(), pad = m.legendPad;
    const QStringList labels = legendLabels(timeline, o, false);
    int rows = 0;
    const QList<QPointF> flow = legendFlow(pixels, m, legendLabels(timeline, o, true), &rows);
    AnnotationGroup g;
    g.id = QStringLiteral("legend");
    g.panel = band;
    for (int i = 0; i < labels.size(); ++i) {
        const QPointF cell = flow[i] + QPointF(0, band.top() + pad / 2);
        const QRectF swatch(cell.x(), cell.y() + (m.legendLine - sw) / 2, sw, sw);
        AnnotationSwatch s{swatch, std::nullopt, i > int(kAllStatuses.size())};  // after "no data": the rule's mark
        if (i < int(kAllStatuses.size()))
            s.status = kAllStatuses[std::size_t(i)];
        g.swatches << s;
        const QRectF textBox(swatch.right() + pad / 2, cell.y(), fm.horizontalAdvance(labels[i]), m.legendLine);
        g.labels << AnnotationLabel{QPointF(textBox.left(), centredBaseline(textBox, fm)), m.legend, labels[i], false};
    }
    return g;
}

// The title rows of the header band (the event line below them is a group of its own).
AnnotationGroup titleLayout(const QSize &pixels, const AnnotationText &text, const BandMetrics &m)
{
    const QFontMetricsF fb(m.big), fs(m.small);
    const double pad = m.headerPad;
    AnnotationGroup g;
    g.id = QStringLiteral("title");
    g.panel = QRectF(0, 0, pixels.width(), titleRowsHeight(m));
    g.labels << AnnotationLabel{QPointF(pad, pad + fb.ascent()), m.big, text.title, false}
             << AnnotationLabel{QPointF(pad, pad + fb.height() + fs.ascent()), m.small, text.counter, false}
             << AnnotationLabel{QPointF(pad, pad + fb.height() + fs.height() + fs.ascent()), m.small, text.withdrawals,
                                false};
    return g;
}

AnnotationGroup eventLayout(const QSize &pixels, const QString &event, const BandMetrics &m)
{
    const QFontMetricsF fb(m.big), fs(m.small);
    AnnotationGroup g;
    g.id = QStringLiteral("event");
    g.panel = QRectF(0, titleRowsHeight(m), pixels.width(), 0);
    g.panel.setBottom(headerHeight(m));
    g.labels << AnnotationLabel{QPointF(m.headerPad, g.panel.top() + fs.ascent()), m.small, event, false};
    return g;
}

AnnotationGroup sourceLayout(const QSize &pixels, const QRectF &band, const QString &source, const BandMetrics &m)
{
    const QFontMetricsF fm(m.source);
    AnnotationGroup g;
    g.id = QStringLiteral("source");
    g.panel = band;
    const double width = fm.horizontalAdvance(source);
    g.labels << AnnotationLabel{QPointF(pixels.width() - m.legendPad - width / 2, centredBaseline(band, fm)), m.source,
                                source, true};
    return g;
}

void paintGroup(QPainter &p, const AnnotationGroup &g, const MapTheme &theme, bool panel, GlyphSprites *sprites)
{
    p.setPen(Qt::NoPen);
    p.setBrush(theme.panel);
    if (panel)
        p.drawRoundedRect(g.panel, g.panelRadius, g.panelRadius);
    for (const AnnotationSwatch &s : g.swatches) {
        p.setPen(s.ruleMark ? QPen(theme.ruleMark, 2) : QPen(theme.border, 1));
        p.setBrush(s.ruleMark ? QBrush(theme.ruleMark, Qt::Dense6Pattern)
                              : QBrush(s.status ? theme.statusColour(*s.status) : theme.noData));
        p.drawRect(s.box);
        if (s.status == Status::WithdrawalClaimed) {
            QPainterPath box;
            box.addRect(s.box);
            paintHatch(p, box, theme.hatch);
        }
    }
    p.setPen(theme.text);
    for (const AnnotationLabel &l : g.labels) {
        p.setFont(l.font);
        QPointF at = l.baseline;
        if (l.centred)
            at.rx() -= QFontMetricsF(l.font).horizontalAdvance(l.text) / 2;
        if (!(sprites && GlyphSprites::wanted(l.font) && sprites->drawText(p, at, l.font, l.text, theme.text)))
            p.drawText(at, l.text);
    }
}

// How the rule's counter ends: "as Kosovo's foreign ministry counts", ...
QString ruleClause(CountingRule rule)
{
    switch (rule) {
    case CountingRule::Net: break;
    case CountingRule::KosovoMfa: return Tr::tr("as Kosovo's foreign ministry counts");
    case CountingRule::SerbiaMfa: return Tr::tr("as Serbia's foreign ministry counts");
    case CountingRule::Confirmed: return Tr::tr("as independent trackers count (confirmed only)");
    }
    return {};
}

// Net keeps the counter it always had; any other rule names itself and keeps the non-UN states apart.
QString counterText(const RecognitionTimeline &timeline, const RenderOptions &o, int recognizing, int members)
{
    if (o.counting == CountingRule::Net)
        return Tr::tr("%1 of %2 UN member states recognise").arg(recognizing).arg(members);
    const RuleTally t = timeline.counting().tally(o.counting, o.date);
    if (t.othersCounted == 0)
        return Tr::tr("%1 of %2 UN member states, %3").arg(t.unCounted).arg(t.unMembers).arg(ruleClause(o.counting));
    return Tr::tr("%1 of %2 UN member states, and %3 others, %4")
        .arg(t.unCounted)
        .arg(t.unMembers)
        .arg(t.othersCounted)
        .arg(ruleClause(o.counting));
}

QString stateNameFor(const RecognitionTimeline &timeline, const RenderOptions &o, int state)
{
    const StateInfo &info = timeline.dataset().states[state];
    const QString local = o.stateNames ? o.stateNames->name(info.code, StateNames::languageOf(o.locale)) : QString();
    return local.isEmpty() ? info.name : local;
}

QString eventPhrase(EventKind kind, const QString &date, const QString &state)
{
    switch (kind) {
    case EventKind::Recognition: return Tr::tr("%1: %2 recognises").arg(date, state);
    case EventKind::ReRecognition: return Tr::tr("%1: %2 recognises again").arg(date, state);
    case EventKind::WithdrawalClaim: return Tr::tr("%1: withdrawal of recognition claimed for %2").arg(date, state);
    case EventKind::RecognitionAnnulled: return Tr::tr("%1: recognition by %2 annulled").arg(date, state);
    case EventKind::RecognitionContested: return Tr::tr("%1: recognition by %2 announced, contested").arg(date, state);
    }
    return {};
}

// The latest event since the previous step, "18 Feb 2008: United States recognises", and how many
// more the step holds; empty on a still or a step without events.
QString eventText(const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const QList<int> events = timelineChange(timeline, o.changesSince, o.date).events;
    if (events.isEmpty())
        return {};
    const RecognitionEvent &e = timeline.dataset().events[events.last()];
    const int state = timeline.dataset().indexOf(e.code);
    //: QDate::toString format of the date in the map's event line: d = day, MMM = short month name, yyyy = year.
    const QString date = o.locale.toString(e.date, Tr::tr("d MMM yyyy"));
    const QString text = eventPhrase(e.kind, date, state < 0 ? e.code : stateNameFor(timeline, o, state));
    return events.size() == 1 ? text : Tr::tr("%1 (and %2 more)").arg(text).arg(events.size() - 1);
}

} // namespace

AnnotationText annotationText(const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const StatusCounts counts = timeline.unMemberCounts(o.date);
    int members = 0;
    for (int n : counts.byStatus)
        members += n;
    //: QDate::toString format of the date in the map title: d = day, MMMM = month name, yyyy = year.
    const QString date = o.locale.toString(o.date, Tr::tr("d MMMM yyyy"));
    AnnotationText t;
    t.title = o.titleText.isEmpty() ? Tr::tr("Recognition of Kosovo, %1").arg(date) : o.titleText;
    t.counter = counterText(timeline, o, counts[Status::Recognizes], members);
    t.withdrawals = Tr::tr("Withdrawal claims: %1 (counted separately)").arg(counts[Status::WithdrawalClaimed]);
    // The dataset's edition, so a figure in a paper says which data it shows.
    t.source = Tr::tr("Map: Natural Earth (public domain) · Data: Kosovo Recognition Atlas, %1 sourced events")
                   .arg(timeline.dataset().events.size())
               + QStringLiteral(" · ") + Tr::tr("dataset %1").arg(timeline.dataset().subject.version);
    t.event = eventText(timeline, o);
    return t;
}

void paintHatch(QPainter &painter, const QPainterPath &pixelPath, const QColor &colour)
{
    const QRectF r = pixelPath.boundingRect();
    if (r.isEmpty())
        return;
    painter.save();
    painter.setClipPath(pixelPath, painter.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    // Bands x + y in [8k, 8k + 3): parallelograms across the bounding box.
    const double top = r.top() - 1, bottom = r.bottom() + 1;
    QPainterPath stripes;
    for (double c = std::floor((r.left() + top) / 8) * 8; c < r.right() + bottom + 8; c += 8) {
        stripes.moveTo(c - top, top);
        stripes.lineTo(c + 3 - top, top);
        stripes.lineTo(c + 3 - bottom, bottom);
        stripes.lineTo(c - bottom, bottom);
        stripes.closeSubpath();
    }
    painter.drawPath(stripes);
    painter.restore();
}

QRectF annotationMapFrame(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options)
{
    const BandMetrics m = bandMetrics(pixels, options.theme);
    const FooterRects footer = footerRects(pixels, m, options, legendLabels(timeline, options, true));
    const double top = options.title ? headerHeight(m) : 0.0;
    double bottom = pixels.height();
    for (const QRectF &r : {footer.legend, footer.source})
        if (!r.isEmpty())
            bottom = std::min(bottom, r.top());
    return QRectF(0, top, pixels.width(), std::max(0.0, bottom - top));
}

QRectF mapFrameFor(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options)
{
    return options.mapFrame.isNull() ? annotationMapFrame(pixels, timeline, options) : options.mapFrame;
}

QList<QRectF> mapMargins(const QSize &pixels, const QRectF &frame)
{
    QList<QRectF> out;
    const QRectF all(QPointF(0, 0), QSizeF(pixels));
    const QRectF f = frame.isNull() ? all : frame.intersected(all);
    const QRectF parts[] = {QRectF(0, 0, all.width(), f.top()), QRectF(0, f.bottom(), all.width(), all.bottom() - f.bottom()),
                            QRectF(0, f.top(), f.left(), f.height()), QRectF(f.right(), f.top(), all.right() - f.right(), f.height())};
    for (const QRectF &r : parts)
        if (r.width() > 0 && r.height() > 0)
            out << r;
    return out;
}

QList<AnnotationGroup> annotationLayout(const QSize &pixels, const RecognitionTimeline &timeline,
                                        const RenderOptions &options)
{
    QList<AnnotationGroup> groups;
    const AnnotationText text = annotationText(timeline, options);
    const BandMetrics m = bandMetrics(pixels, options.theme);
    const FooterRects footer = footerRects(pixels, m, options, legendLabels(timeline, options, true));
    if (options.title)
        groups << titleLayout(pixels, text, m);
    if (options.title && !text.event.isEmpty())
        groups << eventLayout(pixels, text.event, m);
    if (options.legend)
        groups << legendLayout(pixels, footer.legend, timeline, options, m);
    if (options.sourceLine)
        groups << sourceLayout(pixels, footer.source, text.source, m);
    return groups;
}

void paintAnnotationGroup(QPainter &painter, const AnnotationGroup &group, const MapTheme &theme, bool panel,
                          GlyphSprites *sprites)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintGroup(painter, group, theme, panel, sprites);
    painter.restore();
}

void paintMapMargins(QPainter &painter, const QSize &pixels, const QRectF &frame, const MapTheme &theme)
{
    for (const QRectF &r : mapMargins(pixels, frame))
        painter.fillRect(r, theme.background);
}

void paintAnnotations(QPainter &painter, const QSize &pixels, const RecognitionTimeline &timeline,
                      const RenderOptions &options)
{
    for (const AnnotationGroup &g : annotationLayout(pixels, timeline, options))
        paintAnnotationGroup(painter, g, options.theme);
}

} // namespace atlas
