// The side panel: find a state, see its status on the slider's date, its full event history
// with sources, its stated position and memberships, and the events near the date. Reads the
// timeline only; selection and date come from the window, requests go back as signals. Shows state
// names in the UI language, finds them in any language, and retranslates on QEvent::LanguageChange.
#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTextBrowser;

namespace atlas {

class RecognitionTimeline;
class StateNames;
class Throttle;

class StatePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePanel)

public:
    // `timeline` must outlive the panel.
    explicit StatePanel(const RecognitionTimeline &timeline, QWidget *parent = nullptr);

    // English names only until this is called.
    void setStateNames(std::shared_ptr<const StateNames> names);

    void setState(int stateIndex);  // -1: nothing selected
    int state() const { return m_state; }
    void setDate(const QDate &date);  // date-dependent parts refresh at most ~10 times a second

    // Selects the state whose code or name in any language matches `text` (exactly, else the
    // first containing it), ignoring case and accents: "Spanja", "Шпанија" and "spain" find Spain.
    bool findState(const QString &text);
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    QString titleText() const;
    QString statusText() const;
    QString detailsText() const;  // plain text of the history, position and memberships
    QListWidget *nearbyList() const { return m_nearby; }
    int currentEventRow() const;  // the row in bold: the latest event on or before the date; -1 none

signals:
    void stateRequested(int stateIndex);
    void dateRequested(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;  // theme switch: recolour; language switch: retranslate

private:
    void buildWidgets();
    void buildSearch();
    void retranslate();
    void updateCompleter();
    void refreshDated();
    void refreshStatus();
    void refreshNearby();
    void onNearbyActivated(QListWidgetItem *item);
    void markCurrent(QListWidgetItem *item);

    const RecognitionTimeline &m_timeline;
    std::shared_ptr<const StateNames> m_names;
    int m_state = -1;
    QDate m_date;
    Throttle *m_throttle = nullptr;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_nearbyLabel = nullptr;
    QListWidget *m_nearby = nullptr;
};

} // namespace atlas
