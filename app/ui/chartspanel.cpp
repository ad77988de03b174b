#include "chartspanel.h"

#include "labels.h"
#include "throttle.h"

#include <QBoxLayout>
#include <QCursor>
#include <QMouseEvent>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace atlas {
namespace {

constexpr double kCountTop = 200.0;          // y range of the history chart (193 UN members)
constexpr int kKeyMarkerSize = 9;            // key-date squares, in pixels
const QColor kMarkerColour(0xD6, 0x27, 0x28);  // the same red as the map's selection outline
// Okabe-Ito colours the status palette leaves free, one per non-net rule (net uses "recognises").
const std::array<QColor, 4> kRuleColours = {QColor(), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                            QColor(0xCC, 0x79, 0xA7)};

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);  // showFocus() draws one while the chart has the focus
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);  // six entries under the history chart: names may be cut short
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing, true);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(220);
    view->setFocusPolicy(Qt::StrongFocus);  // reachable with Tab (shown by showFocus); Left/Right move the date
    return view;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

QList<QPointF> stepPoints(const QList<CountPoint> &steps, int CountPoint::*value, double xEnd,
                          const std::function<double(const QDate &)> &xOf)
{
    QList<QPointF> out;
    for (int i = 0; i < steps.size(); ++i) {
        const double x = xOf(steps[i].date);
        if (i > 0)
            out << QPointF(x, steps[i - 1].*value);
        out << QPointF(x, steps[i].*value);
    }
    if (!steps.isEmpty())
        out << QPointF(xEnd, steps.last().*value);
    return out;
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent), m_throttle(new Throttle(100, [this] { refresh(); }, this))
{
    buildHistoryChart();
    buildGroupChart();
    retranslate();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_historyView, 3);
    layout->addWidget(m_groupView, 2);
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::buildHistoryChart()
{
    m_history = new QChart;
    m_recognising = new QLineSeries;
    m_withdrawals = new QLineSeries;
    m_ruleCurves[std::size_t(CountingRule::Net)] = m_recognising;
    for (CountingRule rule : kAllCountingRules)
        if (rule != CountingRule::Net)
            m_ruleCurves[std::size_t(rule)] = new QLineSeries;
    m_keyPoints = new QScatterSeries;
    m_keyPoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_keyPoints->setMarkerSize(kKeyMarkerSize);
    m_marker = new QLineSeries;
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_countAxis = new QValueAxis;
    m_countAxis->setRange(0, kCountTop);
    m_countAxis->setTickCount(5);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_history->addAxis(m_timeAxis, Qt::AlignBottom);
    m_history->addAxis(m_countAxis, Qt::AlignLeft);
    const std::initializer_list<QAbstractSeries *> series = {
        m_recognising, m_ruleCurves[1], m_ruleCurves[2], m_ruleCurves[3], m_withdrawals, m_keyPoints, m_marker};
    for (QAbstractSeries *s : series) {
        m_history->addSeries(s);
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_countAxis);
    }
    hideFromLegend(m_history, m_marker);
    connect(m_history, &QChart::plotAreaChanged, this, &ChartsPanel::placeKeyDates);
    m_historyView = makeView(m_history, this);
    m_historyView->viewport()->installEventFilter(this);
    m_historyView->installEventFilter(this);
    m_historyView->viewport()->setCursor(Qt::PointingHandCursor);
}

// The key dates' squares sit just under the top of the plot, whatever its height: Qt Charts clips
// a marker at the plot's edge, which cut them in half.
double ChartsPanel::keyDateY() const
{
    const double height = std::max(1.0, m_history->plotArea().height());
    return kCountTop * (1.0 - (kKeyMarkerSize / 2.0 + 2.0) / height);
}

void ChartsPanel::placeKeyDates()
{
    QList<QPointF> points;
    const double y = keyDateY();
    for (const KeyDate &k : std::as_const(m_keyDates))
        if (k.date >= m_from && k.date <= m_to)
            points << QPointF(xOf(k.date), y);
    if (points == m_keyPoints->points())
        return;
    m_keyPoints->replace(points);
    for (int i = 0; i < m_keyLines.size() && i < points.size(); ++i)
        m_keyLines[i]->replace({QPointF(points[i].x(), 0), points[i]});
}

QList<QRect> ChartsPanel::keyDateSquares() const
{
    QList<QRect> out;
    const int half = kKeyMarkerSize / 2 + 1;
    for (const QPointF &point : m_keyPoints->points()) {
        const QPointF inChart = m_history->mapToPosition(point, m_keyPoints);
        const QPoint centre = m_historyView->mapFromScene(m_history->mapToScene(inChart));
        out << QRect(centre - QPoint(half, half), centre + QPoint(half, half));
    }
    return out;
}

QRect ChartsPanel::historyPlotArea() const
{
    return m_historyView->mapFromScene(m_history->mapToScene(m_history->plotArea())).boundingRect();
}

// "17 February 2008: Declaration of independence" over a key date's square (a few pixels of
// slack), else what a click on the chart does.
QString ChartsPanel::toolTipAt(const QPoint &viewPos) const
{
    const QList<QRect> squares = keyDateSquares();
    const QList<KeyDate> shown = [this] {
        QList<KeyDate> out;
        for (const KeyDate &k : m_keyDates)
            if (k.date >= m_from && k.date <= m_to)
                out << k;
        return out;
    }();
    for (int i = 0; i < squares.size() && i < shown.size(); ++i)
        if (squares[i].adjusted(-3, -3, 3, 3).contains(viewPos))
            return tr("%1: %2").arg(longDate(shown[i].date), shown[i].label);
    return m_historyView->toolTip();
}

void ChartsPanel::buildGroupChart()
{
    m_groups = new QChart;
    m_groupRecognising = new QBarSet(QString());
    m_groupWithdrawals = new QBarSet(QString());
    auto *series = new QHorizontalStackedBarSeries;
    series->append(m_groupRecognising);
    series->append(m_groupWithdrawals);
    series->setBarWidth(0.7);
    m_groupAxis = new QBarCategoryAxis;
    m_shareAxis = new QValueAxis;
    m_shareAxis->setRange(0, 100);
    m_shareAxis->setTickCount(5);
    m_shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_groups->addSeries(series);
    m_groups->addAxis(m_groupAxis, Qt::AlignLeft);
    m_groups->addAxis(m_shareAxis, Qt::AlignBottom);
    series->attachAxis(m_groupAxis);
    series->attachAxis(m_shareAxis);
    m_groups->legend()->hide();  // same two colours as the history chart's legend beside it
    m_groupView = makeView(m_groups, this);
    m_groupView->installEventFilter(this);
}

void ChartsPanel::retranslate()
{
    m_history->setTitle(tr("UN member states recognising Kosovo"));
    m_recognising->setName(tr("Recognise"));
    ruleCurve(CountingRule::KosovoMfa)->setName(tr("Kosovo's count"));
    ruleCurve(CountingRule::SerbiaMfa)->setName(tr("Serbia's count"));
    ruleCurve(CountingRule::Confirmed)->setName(tr("Confirmed only"));
    m_withdrawals->setName(tr("Withdrawal claimed"));
    m_keyPoints->setName(tr("Key dates (point at a square for details)"));
    m_historyView->setToolTip(tr("Click or drag to move the slider to that date"));
    m_historyView->setAccessibleName(m_history->title());
    m_groupView->setAccessibleName(tr("Members recognising, by group"));
    m_groups->setTitle(tr("Members recognising, by group"));
    m_groupRecognising->setLabel(tr("Recognise"));
    m_groupWithdrawals->setLabel(tr("Withdrawal claimed"));
    refreshBars();  // the group labels
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPanel::setHistory(const QList<CountPoint> &steps, const QList<KeyDate> &keyDates, const QDate &from,
                             const QDate &to)
{
    m_from = from;
    m_to = to;
    m_keyDates = keyDates;
    const auto x = [this](const QDate &d) { return xOf(d); };
    m_recognising->replace(stepPoints(steps, &CountPoint::recognizing, xOf(to), x));
    m_withdrawals->replace(stepPoints(steps, &CountPoint::withdrawalClaimed, xOf(to), x));
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    const int yearStep = to.year() - from.year() > 10 ? 2 : 1;
    for (int year = from.year() + 1; year <= to.year(); year += yearStep)
        m_timeAxis->append(QString::number(year), xOf(QDate(year, 1, 1)));
    m_timeAxis->setRange(0, xOf(to));
    qDeleteAll(m_keyLines);
    m_keyLines.clear();
    for (const KeyDate &k : keyDates) {
        if (k.date < from || k.date > to)
            continue;
        auto *line = new QLineSeries;
        m_history->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_countAxis);
        hideFromLegend(m_history, line);
        m_keyLines << line;
    }
    m_keyPoints->clear();
    placeKeyDates();
    setColours(m_theme, m_palette);
}

void ChartsPanel::setDate(const QDate &date, const QList<GroupTally> &tallies)
{
    m_date = date;
    m_tallies = tallies;
    m_throttle->request();
}

void ChartsPanel::refresh()
{
    if (m_date != m_shownDate) {
        m_marker->replace({QPointF(xOf(m_date), 0), QPointF(xOf(m_date), kCountTop)});
        m_shownDate = m_date;
    }
    refreshBars();
}

void ChartsPanel::refreshBars()
{
    QStringList categories;
    QList<qreal> recognising, withdrawals;
    // Horizontal bars stack bottom-up: reverse so the first group (UN) is on top.
    for (auto it = m_tallies.crbegin(); it != m_tallies.crend(); ++it) {
        const double members = std::max(1, it->members);
        recognising << std::round(100.0 * it->recognizing / members);
        withdrawals << std::round(100.0 * it->withdrawalClaimed / members);
        categories << tr("%1 %2/%3").arg(it->group).arg(it->recognizing).arg(it->members);
    }
    if (m_groupAxis->categories() != categories)
        m_groupAxis->setCategories(categories);
    m_groupRecognising->remove(0, m_groupRecognising->count());
    m_groupRecognising->append(recognising);
    m_groupWithdrawals->remove(0, m_groupWithdrawals->count());
    m_groupWithdrawals->append(withdrawals);
    m_shownTallies = m_tallies;
}

void ChartsPanel::setColours(const MapTheme &theme, const QPalette &palette)
{
    m_theme = theme;
    m_palette = palette;
    const QColor text = palette.color(QPalette::WindowText), grid = palette.color(QPalette::Mid);
    const QColor recognise = theme.statusColour(Status::Recognizes), withdrawn = theme.statusColour(Status::WithdrawalClaimed);
    QFont titleFont = font(), labelFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(labelFont.pointSizeF() * 1.15);
    for (QChart *chart : {m_history, m_groups}) {
        chart->setBackgroundBrush(palette.color(QPalette::Window));
        chart->setTitleBrush(text);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(labelFont);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setTruncateLabels(false);  // never "...": a short chart drops labels instead
            axis->setLabelsColor(text);
            axis->setLabelsFont(labelFont);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
        }
    }
    applyCurvePens();
    m_withdrawals->setPen(QPen(withdrawn, 3));
    m_marker->setPen(QPen(kMarkerColour, 2));
    m_keyPoints->setColor(grid);
    m_keyPoints->setBorderColor(text);
    for (QLineSeries *line : std::as_const(m_keyLines))
        line->setPen(QPen(grid, 1, Qt::DashLine));
    m_groupRecognising->setColor(recognise);
    m_groupRecognising->setBorderColor(recognise);
    m_groupWithdrawals->setColor(withdrawn);
    m_groupWithdrawals->setBorderColor(withdrawn);
    m_historyView->setBackgroundBrush(palette.color(QPalette::Window));
    m_groupView->setBackgroundBrush(palette.color(QPalette::Window));
}

QLineSeries *ChartsPanel::ruleCurve(CountingRule rule) const
{
    return m_ruleCurves[std::size_t(rule)];
}

void ChartsPanel::setRuleHistory(CountingRule rule, const QList<CountPoint> &steps)
{
    const auto x = [this](const QDate &d) { return xOf(d); };
    ruleCurve(rule)->replace(stepPoints(steps, &CountPoint::recognizing, xOf(m_to), x));
}

void ChartsPanel::setCountingRule(CountingRule rule)
{
    m_rule = rule;
    applyCurvePens();
}

// The chosen rule solid and thick, the others thin and dashed: all four stay comparable.
void ChartsPanel::applyCurvePens()
{
    for (CountingRule rule : kAllCountingRules) {
        const bool chosen = rule == m_rule;
        const QColor colour =
            rule == CountingRule::Net ? m_theme.statusColour(Status::Recognizes) : kRuleColours[std::size_t(rule)];
        QPen pen(colour, chosen ? 3.5 : 1.5, chosen ? Qt::SolidLine : Qt::DashLine);
        ruleCurve(rule)->setPen(pen);
        ruleCurve(rule)->setOpacity(chosen ? 1.0 : 0.8);
    }
}

QPen ChartsPanel::ruleCurvePen(CountingRule rule) const
{
    return ruleCurve(rule)->pen();
}

QList<QPointF> ChartsPanel::ruleCurvePoints(CountingRule rule) const
{
    return ruleCurve(rule)->points();
}

QWidget *ChartsPanel::historyView() const { return m_historyView; }
QWidget *ChartsPanel::groupView() const { return m_groupView; }

QWidget *ChartsPanel::historyArea() const
{
    return m_historyView->viewport();
}

QPoint ChartsPanel::historyPointOf(const QDate &date) const
{
    const QPointF inChart = m_history->mapToPosition(QPointF(xOf(date), kCountTop / 2), m_recognising);
    return m_historyView->mapFromScene(m_history->mapToScene(inChart));
}

QDate ChartsPanel::dateAtView(const QPoint &viewPos) const
{
    const QPointF inChart = m_history->mapFromScene(m_historyView->mapToScene(viewPos));
    if (!m_history->plotArea().adjusted(-8, -8, 8, 8).contains(inChart))
        return {};
    const double x = m_history->mapToValue(inChart, m_recognising).x();
    return std::clamp(m_from.addDays(qRound64(x)), m_from, m_to);
}

// A chart reached with Tab says so: a frame in the highlight colour while it has the focus.
void ChartsPanel::showFocus(QChartView *view, bool focused)
{
    view->chart()->setBackgroundPen(focused ? QPen(m_palette.color(QPalette::Highlight), 3) : QPen(Qt::NoPen));
}

bool ChartsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        for (QChartView *view : {m_historyView, m_groupView})
            if (watched == view)
                showFocus(view, event->type() == QEvent::FocusIn);
    }
    if (watched == m_historyView->viewport() && event->type() == QEvent::ToolTip) {
        // The scene would answer with its items' (empty) tooltips and hide ours.
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), m_historyView->viewport());
        return true;
    }
    const bool press = event->type() == QEvent::MouseButtonPress;
    if (watched == m_historyView->viewport() && (press || event->type() == QEvent::MouseMove)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() & Qt::LeftButton) {
            const QDate d = dateAtView(mouse->position().toPoint());
            if (d.isValid())
                emit dateRequested(d);
            return press;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atlas
