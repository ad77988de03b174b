#include "statepanel.h"

#include "labels.h"
#include "recognitiontimeline.h"
#include "statedetailshtml.h"
#include "throttle.h"
#include "timelineseries.h"

#include <QBoxLayout>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>

namespace atlas {
namespace {

constexpr int kNearbyCount = 8;

QStringList stateNames(const RecognitionDataset &data)
{
    QStringList names;
    for (const StateInfo &s : data.states)
        names << s.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

StatePanel::StatePanel(const RecognitionTimeline &timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline), m_throttle(new Throttle(100, [this] { refreshDated(); }, this))
{
    buildWidgets();
    setState(-1);
}

void StatePanel::buildSearch()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a state… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a state"));
    m_search->setClearButtonEnabled(true);
    m_completer = new QCompleter(stateNames(m_timeline.dataset()), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &StatePanel::findState);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findState(m_search->text()); });
}

void StatePanel::buildWidgets()
{
    buildSearch();
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_details = new QTextBrowser(this);
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("State details"));
    m_nearbyLabel = new QLabel(this);
    m_nearby = new QListWidget(this);
    m_nearby->setAccessibleName(tr("Events near this date"));
    m_nearby->setToolTip(tr("Click an event to move the slider to its date"));
    m_nearby->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nearby->setTextElideMode(Qt::ElideRight);
    connect(m_nearby, &QListWidget::itemClicked, this, &StatePanel::onNearbyActivated);
    connect(m_nearby, &QListWidget::itemActivated, this, &StatePanel::onNearbyActivated);

    setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_nearbyLabel);
    layout->addWidget(m_nearby);
}

void StatePanel::setState(int stateIndex)
{
    m_state = stateIndex;
    const RecognitionDataset &dataset = m_timeline.dataset();
    if (stateIndex < 0) {
        m_title->setText(tr("No state selected"));
        m_details->setHtml(tr("<p>Click a state on the map, or type its name in the search field.</p>"
                              "<p><b>Keys</b>: Space play/pause · Left/Right previous/next event · "
                              "PgUp/PgDn one month · Home/End first/last date · ] and [ next/previous state · "
                              "Enter open the state · F11 presentation mode</p>"));
    } else {
        m_title->setText(dataset.states.at(stateIndex).name);
        m_details->setHtml(stateDetailsHtml(dataset, stateIndex));
    }
    refreshStatus();
}

void StatePanel::setDate(const QDate &date)
{
    m_date = date;
    m_throttle->request();
}

void StatePanel::refreshDated()
{
    refreshStatus();
    refreshNearby();
}

void StatePanel::refreshStatus()
{
    if (m_state < 0 || !m_date.isValid()) {
        m_status->clear();
        return;
    }
    const Status s = m_timeline.status(m_state, m_date);
    const QDate since = m_timeline.since(m_state, m_date);
    QString text = tr("On %1: <b>%2</b>").arg(longDate(m_date), statusLabel(s).toHtmlEscaped());
    if (!since.isNull() && s != Status::Self)
        text += QStringLiteral("<br/>") + tr("since %1").arg(longDate(since));
    m_status->setText(text);
}

void StatePanel::refreshNearby()
{
    m_nearbyLabel->setText(tr("<b>Events near %1</b>").arg(longDate(m_date)));
    const RecognitionDataset &dataset = m_timeline.dataset();
    m_nearby->clear();
    for (const RecognitionEvent &e : eventsNear(dataset, m_date, kNearbyCount)) {
        const StateInfo *s = dataset.state(e.code);
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3").arg(shortDate(e.date), s ? s->name : e.code, eventLabel(e.kind)), m_nearby);
        item->setData(Qt::UserRole, e.date);
        if (e.date > m_date)  // still to come: greyed
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    if (m_nearby->count() > 0)  // exactly the rows, no scroll bar
        m_nearby->setFixedHeight(m_nearby->sizeHintForRow(0) * kNearbyCount + 2 * m_nearby->frameWidth());
}

void StatePanel::onNearbyActivated(QListWidgetItem *item)
{
    // Queued: the new date rebuilds this list, which must not happen inside the item's own signal.
    const QDate date = item->data(Qt::UserRole).toDate();
    QMetaObject::invokeMethod(this, [this, date] { emit dateRequested(date); }, Qt::QueuedConnection);
}

bool StatePanel::findState(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    const QList<StateInfo> &states = m_timeline.dataset().states;
    int found = -1;
    for (int i = 0; i < states.size() && found < 0; ++i)
        if (states[i].name.compare(wanted, Qt::CaseInsensitive) == 0 || states[i].code.compare(wanted, Qt::CaseInsensitive) == 0)
            found = i;
    for (int i = 0; i < states.size() && found < 0; ++i)
        if (states[i].name.contains(wanted, Qt::CaseInsensitive))
            found = i;
    if (found >= 0)
        emit stateRequested(found);
    return found >= 0;
}

void StatePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_date.isValid())
        refreshNearby();
    QWidget::changeEvent(event);
}

QString StatePanel::titleText() const { return m_title->text(); }
QString StatePanel::statusText() const { return m_status->text(); }
QString StatePanel::detailsText() const { return m_details->toPlainText(); }

} // namespace atlas
