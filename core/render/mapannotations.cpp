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

void paintLegend(QPainter &p, const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const QFont font = scaledFont(pixels, 22, o.theme);
    const QFontMetricsF fm(font);
    const double line = fm.height() * 1.35, pad = fm.height() * 0.6, sw = fm.height();
    const StatusCounts counts = timeline.unMemberCounts(o.date);
    QStringList labels;
    for (Status s : kAllStatuses)
        labels << (s == Status::Self ? legendLabel(s)
                                     : QStringLiteral("%1 (%2)").arg(legendLabel(s)).arg(counts[s]));
    labels << Tr::tr("No data / not a state");
    double width = 0;
    for (const QString &l : labels)
        width = std::max(width, fm.horizontalAdvance(l));
    const QRectF box(pad, pixels.height() - pad - labels.size() * line - 2 * pad, width + sw + 3 * pad,
                     labels.size() * line + 2 * pad);
    paintPanel(p, box, o.theme);
    p.setFont(font);
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF swatch(box.left() + pad, box.top() + pad + i * line + (line - sw) / 2, sw, sw);
        if (i < int(kAllStatuses.size())) {
            paintSwatch(p, swatch, kAllStatuses[std::size_t(i)], o.theme);
        } else {
            p.setPen(QPen(o.theme.border, 1));
            p.setBrush(o.theme.noData);
            p.drawRect(swatch);
        }
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

} // namespace

AnnotationText annotationText(const RecognitionTimeline &timeline, const RenderOptions &o)
{
    const StatusCounts counts = timeline.unMemberCounts(o.date);
    int members = 0;
    for (int n : counts.byStatus)
        members += n;
    const QString date = QLocale(QLocale::English).toString(o.date, QStringLiteral("d MMMM yyyy"));
    AnnotationText t;
    t.title = o.titleText.isEmpty() ? Tr::tr("Recognition of Kosovo, %1").arg(date) : o.titleText;
    t.counter = Tr::tr("%1 of %2 UN member states recognise").arg(counts[Status::Recognizes]).arg(members);
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
