#include "mapannotations.h"

#include "recognitiontimeline.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>

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

void paintPanel(QPainter &p, const QRectF &box, const MapTheme &theme)
{
    p.setPen(Qt::NoPen);
    p.setBrush(theme.panel);
    p.drawRoundedRect(box, box.height() * 0.06, box.height() * 0.06);
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

void paintSwatch(QPainter &p, const QRectF &r, Status s, const MapTheme &theme)
{
    p.setPen(QPen(theme.border, 1));
    p.setBrush(theme.statusColour(s));
    p.drawRect(r);
    if (s == Status::WithdrawalClaimed) {
        p.setBrush(QBrush(theme.hatch, Qt::BDiagPattern));
        p.drawRect(r);
    }
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

// Row `row` of the legend: the statuses, then "no data", then the rule mark when a rule is chosen.
void paintLegendSwatch(QPainter &p, const QRectF &swatch, int row, const MapTheme &theme)
{
    const int statuses = int(kAllStatuses.size());
    if (row < statuses) {
        paintSwatch(p, swatch, kAllStatuses[std::size_t(row)], theme);
        return;
    }
    p.setPen(QPen(row == statuses ? theme.border : theme.ruleMark, row == statuses ? 1 : 2));
    p.setBrush(row == statuses ? QBrush(theme.noData) : QBrush(theme.ruleMark, Qt::Dense6Pattern));
    p.drawRect(swatch);
}

void paintLegend(QPainter &p, const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const QFont font = scaledFont(pixels, 22, o.theme);
    const QFontMetricsF fm(font);
    const double line = fm.height() * 1.35, pad = fm.height() * 0.6, sw = fm.height();
    const QStringList labels = legendLabels(timeline, o);
    double width = 0;
    for (const QString &l : labels)
        width = std::max(width, fm.horizontalAdvance(l));
    const QRectF box(pad, pixels.height() - pad - labels.size() * line - 2 * pad, width + sw + 3 * pad,
                     labels.size() * line + 2 * pad);
    paintPanel(p, box, o.theme);
    p.setFont(font);
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF swatch(box.left() + pad, box.top() + pad + i * line + (line - sw) / 2, sw, sw);
        paintLegendSwatch(p, swatch, i, o.theme);
        p.setPen(o.theme.text);
        p.drawText(QRectF(swatch.right() + pad, box.top() + pad + i * line, width + pad, line),
                   Qt::AlignVCenter | Qt::AlignLeft, labels[i]);
    }
}

void paintTitle(QPainter &p, const QSize &pixels, const AnnotationText &text, const MapTheme &theme)
{
    const QFont big = scaledFont(pixels, 40, theme, true), small = scaledFont(pixels, 24, theme);
    const QFontMetricsF fb(big), fs(small);
    const double pad = fs.height() * 0.6;
    const double width = std::max({fb.horizontalAdvance(text.title), fs.horizontalAdvance(text.counter),
                                   fs.horizontalAdvance(text.withdrawals)});
    const QRectF box(pad, pad, width + 2 * pad, fb.height() + 2 * fs.height() + 2 * pad);
    paintPanel(p, box, theme);
    p.setPen(theme.text);
    p.setFont(big);
    p.drawText(QPointF(box.left() + pad, box.top() + pad + fb.ascent()), text.title);
    p.setFont(small);
    p.drawText(QPointF(box.left() + pad, box.top() + pad + fb.height() + fs.ascent()), text.counter);
    p.drawText(QPointF(box.left() + pad, box.top() + pad + fb.height() + fs.height() + fs.ascent()), text.withdrawals);
}

void paintSourceLine(QPainter &p, const QSize &pixels, const QString &source, const MapTheme &theme)
{
    const QFont font = scaledFont(pixels, 16, theme);
    const QFontMetricsF fm(font);
    const double pad = fm.height() * 0.4;
    const double width = fm.horizontalAdvance(source);
    const QRectF box(pixels.width() - width - 3 * pad, pixels.height() - fm.height() - 3 * pad, width + 2 * pad,
                     fm.height() + 2 * pad);
    paintPanel(p, box, theme);
    p.setPen(theme.text);
    p.setFont(font);
    p.drawText(box, Qt::AlignCenter, source);
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

void paintAnnotations(QPainter &painter, const QSize &pixels, const RecognitionTimeline &timeline,
                      const RenderOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const AnnotationText text = annotationText(timeline, options);
    if (options.title)
        paintTitle(painter, pixels, text, options.theme);
    if (options.legend)
        paintLegend(painter, pixels, timeline, options);
    if (options.sourceLine)
        paintSourceLine(painter, pixels, text.source, options.theme);
    painter.restore();
}

} // namespace atlas
