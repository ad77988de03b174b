#include "statepanel.h"

#include "labels.h"
#include "recognitiontimeline.h"
#include "statedetailshtml.h"
#include "statenames.h"
#include "throttle.h"
#include "timelineseries.h"

#include <QBoxLayout>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolTip>
#include <QCursor>

#include <algorithm>

namespace atlas {
namespace {

constexpr int kNearbyCount = 8;
constexpr int kCompletionRole = Qt::UserRole + 1;  // the text that is matched and put in the field
// Roles of an item in the events list (kEventDateRole is Qt::UserRole, which tests read).
constexpr int kEventDateRole = Qt::UserRole;
constexpr int kEventStateRole = Qt::UserRole + 2;    // its state's index in the dataset, -1 unknown
constexpr int kCurrentEventRole = Qt::UserRole + 3;  // the latest event on or before the date

struct Suggestion {
    QString text;     // what is matched
    QString display;  // what the list shows
};

void sortByText(QList<Suggestion> &list)
{
    std::sort(list.begin(), list.end(),
              [](const Suggestion &a, const Suggestion &b) { return a.text.compare(b.text, Qt::CaseInsensitive) < 0; });
}

// Names in the UI language first, so typing "spa" in English still completes to "Spain"; then
// every other language's name, shown with the UI one: "Шпанија (Spain)".
QList<Suggestion> suggestions(const RecognitionDataset &data, const StateNames &names)
{
    QList<Suggestion> local, others;
    for (const StateInfo &s : data.states) {
        const QString name = stateName(names, s);
        local.append({name, name});
        QStringList aliases = names.allNames(s.code);
        aliases.prepend(s.name);
        aliases.removeDuplicates();
        for (const QString &alias : std::as_const(aliases))
            if (alias.compare(name, Qt::CaseInsensitive) != 0)
                //: Search suggestion: a state's name in another language (its name in the UI language).
                others.append({alias, StatePanel::tr("%1 (%2)").arg(alias, name)});
    }
    sortByText(local);
    sortByText(others);
    return local + others;
}

} // namespace

StatePanel::StatePanel(const RecognitionTimeline &timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline), m_names(std::make_shared<const StateNames>()),
      m_throttle(new Throttle(100, [this] { refreshDated(); }, this))
{
    buildWidgets();
    retranslate();
}

void StatePanel::setStateNames(std::shared_ptr<const StateNames> names)
{
    m_names = std::move(names);
    updateCompleter();
    setState(m_state);
    if (m_date.isValid())
        refreshNearby();
}

void StatePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Find a state… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a state"));
    m_details->setAccessibleName(tr("State details"));
    m_nearby->setAccessibleName(tr("Events near this date"));
    m_nearby->setToolTip(tr("Click an event to select its state and move the slider to its date"));
    updateCompleter();
    setState(m_state);
    if (m_date.isValid())
        refreshNearby();
}

void StatePanel::updateCompleter()
{
    auto *model = new QStandardItemModel(m_completer);
    for (const Suggestion &s : suggestions(m_timeline.dataset(), *m_names)) {
        auto *item = new QStandardItem(s.display);
        item->setData(s.text, kCompletionRole);
        model->appendRow(item);
    }
    m_completer->setModel(model);  // deletes the previous model, which it owns too
}

void StatePanel::buildSearch()
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_completer = new QCompleter(this);
    m_completer->setCompletionRole(kCompletionRole);
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
    // The full address of a source on hover: the link text is its publisher, date and title.
    connect(m_details, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        if (url.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), url.toString(), m_details);
    });
    m_nearbyLabel = new QLabel(this);
    m_nearby = new QListWidget(this);
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
        m_title->setText(stateName(*m_names, dataset.states.at(stateIndex)));
        m_details->setHtml(stateDetailsHtml(dataset, *m_names, stateIndex));
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

// The events around the date, the latest one on or before it in bold and current: as the slider
// moves, the highlight moves down the list.
void StatePanel::refreshNearby()
{
    m_nearbyLabel->setText(tr("<b>Events near %1</b>").arg(longDate(m_date)));
    const RecognitionDataset &dataset = m_timeline.dataset();
    const QList<RecognitionEvent> events = eventsNear(dataset, m_date, kNearbyCount);
    QDate current;
    for (const RecognitionEvent &e : events)
        if (e.date <= m_date)
            current = std::max(current, e.date);
    m_nearby->clear();
    for (const RecognitionEvent &e : events) {
        const StateInfo *s = dataset.state(e.code);
        const QString name = s ? stateName(*m_names, *s) : e.code;
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3").arg(shortDate(e.date), name, eventLabel(e.kind)), m_nearby);
        item->setData(kEventDateRole, e.date);
        item->setData(kEventStateRole, dataset.indexOf(e.code));
        item->setToolTip(item->text());  // the row is elided in a narrow panel
        if (e.date > m_date)  // still to come: greyed
            item->setForeground(palette().color(QPalette::PlaceholderText));
        if (e.date == current)
            markCurrent(item);
    }
    if (m_nearby->count() > 0)  // exactly the rows, no scroll bar
        m_nearby->setFixedHeight(m_nearby->sizeHintForRow(0) * kNearbyCount + 2 * m_nearby->frameWidth());
}

void StatePanel::markCurrent(QListWidgetItem *item)
{
    QFont bold = m_nearby->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setData(kCurrentEventRole, true);
    if (!m_nearby->currentItem())
        m_nearby->setCurrentItem(item, QItemSelectionModel::NoUpdate);
}

int StatePanel::currentEventRow() const
{
    for (int row = 0; row < m_nearby->count(); ++row)
        if (m_nearby->item(row)->data(kCurrentEventRole).toBool())
            return row;
    return -1;
}

void StatePanel::onNearbyActivated(QListWidgetItem *item)
{
    // Queued: the new date rebuilds this list, which must not happen inside the item's own signal.
    const QDate date = item->data(kEventDateRole).toDate();
    const int state = item->data(kEventStateRole).toInt();
    QMetaObject::invokeMethod(this, [this, date, state] {
        if (state >= 0)
            emit stateRequested(state);
        emit dateRequested(date);
    }, Qt::QueuedConnection);
}

bool StatePanel::findState(const QString &text)
{
    const int found = findStateByName(m_timeline.dataset().states, *m_names, text);
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
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_date.isValid())
        refreshNearby();
    QWidget::changeEvent(event);
}

QString StatePanel::titleText() const { return m_title->text(); }
QString StatePanel::statusText() const { return m_status->text(); }
QString StatePanel::detailsText() const { return m_details->toPlainText(); }

} // namespace atlas
