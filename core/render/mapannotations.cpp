#include "mapannotations.h"

#include "recognitiontimeline.h"

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

QStringList legendLabels(const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const StatusCounts counts = timeline.unMemberCounts(o.date);
    QStringList labels;
    for (Status s : kAllStatuses)
        labels << (s == Status::Self ? legendLabel(s)
                                     : QStringLiteral("%1 (%2)").arg(legendLabel(s)).arg(counts[s]));
    labels << Tr::tr("No data / not a state");
    if (o.counting != CountingRule::Net)
        labels << Tr::tr("Dotted: counted otherwise by this rule (%1)").arg(countedOtherwise(timeline, o.counting, o.date));
    return labels;
}

AnnotationGroup legendLayout(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const QFont font = scaledFont(pixels, 22, o.theme);
    const QFontMetricsF fm(font);
    const double line = fm.height() * 1.35, pad = fm.height() * 0.6, sw = fm.height();
    const QStringList labels = legendLabels(timeline, o);
    double width = 0;
    for (const QString &l : labels)
        width = std::max(width, fm.horizontalAdvance(l));
    AnnotationGroup g;
    g.id = QStringLiteral("legend");
    g.panel = QRectF(pad, pixels.height() - pad - labels.size() * line - 2 * pad, width + sw + 3 * pad,
                     labels.size() * line + 2 * pad);
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF swatch(g.panel.left() + pad, g.panel.top() + pad + i * line + (line - sw) / 2, sw, sw);
        AnnotationSwatch s{swatch, std::nullopt, i > int(kAllStatuses.size())};  // after "no data": the rule's mark
        if (i < int(kAllStatuses.size()))
            s.status = kAllStatuses[std::size_t(i)];
        g.swatches << s;
        const QRectF textBox(swatch.right() + pad, g.panel.top() + pad + i * line, width + pad, line);
        g.labels << AnnotationLabel{QPointF(textBox.left(), centredBaseline(textBox, fm)), font, labels[i], false};
    }
    return g;
}

AnnotationGroup titleLayout(const QSize &pixels, const AnnotationText &text, const MapTheme &theme)
{
    const QFont big = scaledFont(pixels, 40, theme, true), small = scaledFont(pixels, 24, theme);
    const QFontMetricsF fb(big), fs(small);
    const double pad = fs.height() * 0.6;
    const double width = std::max({fb.horizontalAdvance(text.title), fs.horizontalAdvance(text.counter),
                                   fs.horizontalAdvance(text.withdrawals)});
    AnnotationGroup g;
    g.id = QStringLiteral("title");
    g.panel = QRectF(pad, pad, width + 2 * pad, fb.height() + 2 * fs.height() + 2 * pad);
    const QRectF &box = g.panel;
    g.labels << AnnotationLabel{QPointF(box.left() + pad, box.top() + pad + fb.ascent()), big, text.title, false}
             << AnnotationLabel{QPointF(box.left() + pad, box.top() + pad + fb.height() + fs.ascent()), small,
                                text.counter, false}
             << AnnotationLabel{QPointF(box.left() + pad, box.top() + pad + fb.height() + fs.height() + fs.ascent()),
                                small, text.withdrawals, false};
    return g;
}

AnnotationGroup sourceLayout(const QSize &pixels, const QString &source, const MapTheme &theme)
{
    const QFont font = scaledFont(pixels, 16, theme);
    const QFontMetricsF fm(font);
    const double pad = fm.height() * 0.4;
    const double width = fm.horizontalAdvance(source);
    AnnotationGroup g;
    g.id = QStringLiteral("source");
    g.panel = QRectF(pixels.width() - width - 3 * pad, pixels.height() - fm.height() - 3 * pad, width + 2 * pad,
                     fm.height() + 2 * pad);
    g.labels << AnnotationLabel{QPointF(g.panel.center().x(), centredBaseline(g.panel, fm)), font, source, true};
    return g;
}

void paintGroup(QPainter &p, const AnnotationGroup &g, const MapTheme &theme)
{
    p.setPen(Qt::NoPen);
    p.setBrush(theme.panel);
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

QList<AnnotationGroup> annotationLayout(const QSize &pixels, const RecognitionTimeline &timeline,
                                        const RenderOptions &options)
{
    QList<AnnotationGroup> groups;
    const AnnotationText text = annotationText(timeline, options);
    if (options.title)
        groups << titleLayout(pixels, text, options.theme);
    if (options.legend)
        groups << legendLayout(pixels, timeline, options);
    if (options.sourceLine)
        groups << sourceLayout(pixels, text.source, options.theme);
    for (AnnotationGroup &g : groups)
        g.panelRadius = g.panel.height() * 0.06;
    return groups;
}

void paintAnnotations(QPainter &painter, const QSize &pixels, const RecognitionTimeline &timeline,
                      const RenderOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const AnnotationGroup &g : annotationLayout(pixels, timeline, options))
        paintGroup(painter, g, options.theme);
    painter.restore();
}

} // namespace atlas
