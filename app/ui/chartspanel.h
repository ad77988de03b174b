// The charts under the map: UN members recognising over time (step lines, key dates, a marker at
// the slider's date; one curve per counting rule, the chosen one emphasised) and the share of each group recognising on that date. The one class that
// uses Qt Charts (deprecated upstream since 6.10): a move to Qt Graphs touches this file only.
// Fed plain data from core; redraws at most ~10 times a second so playback never waits for it.
// Retranslates titles and series names on QEvent::LanguageChange.
#pragma once

#include "countingrule.h"
#include "maptheme.h"
#include "recognitiondataset.h"
#include "recognitiontimeline.h"
#include "timelineseries.h"

#include <QDate>
#include <QPen>
#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas {

class Throttle;

class ChartsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // Once per dataset: the step series over [from, to] and the key dates marked on it.
    void setHistory(const QList<CountPoint> &steps, const QList<KeyDate> &keyDates, const QDate &from, const QDate &to);
    // Every date step; the charts follow within ~100 ms.
    void setDate(const QDate &date, const QList<GroupTally> &tallies);
    void setColours(const MapTheme &theme, const QPalette &palette);
    // Once per dataset and rule: the UN members the rule counts (ruleCountSteps). Net's curve is
    // the one setHistory() draws.
    void setRuleHistory(CountingRule rule, const QList<CountPoint> &steps);
    // Emphasises that rule's curve; the other three stay drawn, thin and dashed.
    void setCountingRule(CountingRule rule);
    CountingRule countingRule() const { return m_rule; }
    QPen ruleCurvePen(CountingRule rule) const;
    QList<QPointF> ruleCurvePoints(CountingRule rule) const;

    QDate markerDate() const { return m_shownDate; }
    QList<GroupTally> shownTallies() const { return m_shownTallies; }
    // Where `date` is on the history chart, in historyArea() coordinates (for clicks in tests).
    QWidget *historyArea() const;
    QPoint historyPointOf(const QDate &date) const;
    // The key-date squares and the plot area, in historyArea() coordinates; the tooltip there.
    QList<QRect> keyDateSquares() const;
    QRect historyPlotArea() const;
    QString toolTipAt(const QPoint &viewPos) const;
    QWidget *historyView() const;  // the chart widgets, in the window's Tab order
    QWidget *groupView() const;

signals:
    void dateRequested(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLineSeries *ruleCurve(CountingRule rule) const;
    void applyCurvePens();
    void buildHistoryChart();
    void buildGroupChart();
    double keyDateY() const;
    void placeKeyDates();
    void showFocus(QChartView *view, bool focused);
    void refresh();
    void refreshBars();
    double xOf(const QDate &date) const { return double(m_from.daysTo(date)); }
    QDate dateAtView(const QPoint &viewPos) const;

    QDate m_from;
    QDate m_to;
    QDate m_date;
    QList<GroupTally> m_tallies;
    QDate m_shownDate;
    QList<GroupTally> m_shownTallies;
    QList<KeyDate> m_keyDates;
    MapTheme m_theme = MapTheme::light();
    QPalette m_palette;
    Throttle *m_throttle = nullptr;

    QChartView *m_historyView = nullptr;
    QChart *m_history = nullptr;
    QLineSeries *m_recognising = nullptr;
    QLineSeries *m_withdrawals = nullptr;
    std::array<QLineSeries *, kAllCountingRules.size()> m_ruleCurves{};  // [Net] is m_recognising
    CountingRule m_rule = CountingRule::Net;
    QLineSeries *m_marker = nullptr;
    QScatterSeries *m_keyPoints = nullptr;
    QList<QLineSeries *> m_keyLines;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;

    QChartView *m_groupView = nullptr;
    QChart *m_groups = nullptr;
    QBarSet *m_groupRecognising = nullptr;
    QBarSet *m_groupWithdrawals = nullptr;
    QBarCategoryAxis *m_groupAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
};

} // namespace atlas
