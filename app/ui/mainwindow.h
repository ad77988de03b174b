// The atlas main window: map, charts, side panel and time bar, wired to one AtlasDocument, plus
// menus, themes, presentation mode, the UI language and remembered settings. Owns no data of its
// own: the date lives in the TimelineBar, the selection in the MapView, everything else in the
// document (and the state names read beside it). Retranslates on QEvent::LanguageChange.
#pragma once

#include "countingrule.h"
#include "mapprojection.h"
#include "maptheme.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QSplitter;

namespace atlas {

class AtlasDocument;
class ChartsPanel;
class ExportController;
class MapView;
class StateNames;
class StatePanel;
class TimelineBar;
class ShortcutsDialog;
class TourController;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Opens at `date` (see startDate() in appsettings.h); the slider runs from the dataset's first day to `today`.
    MainWindow(std::shared_ptr<const AtlasDocument> document, const QDate &date, const QDate &today, QWidget *parent = nullptr);
    ~MainWindow() override;

    const AtlasDocument &document() const { return *m_document; }
    MapView *mapView() const { return m_map; }
    TimelineBar *timelineBar() const { return m_timeline; }
    StatePanel *statePanel() const { return m_panel; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    ExportController *exporter() const { return m_exporter; }
    TourController *tour() const { return m_tour; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *mapSplitter() const { return m_mapSplitter; }

    QDate date() const;
    void setDate(const QDate &date);
    void selectState(int stateIndex);  // -1 clears
    bool isDarkTheme() const { return m_theme == QLatin1String("dark"); }
    void setDarkTheme(bool dark);
    // View > Light / Dark / Projector Theme: a MapTheme id (an unknown one means light).
    QString theme() const { return m_theme; }
    void setTheme(const QString &id);
    // View > Map Projection; the window's menu follows.
    void setProjection(ProjectionKind kind);
    // Help > Keyboard Shortcuts (F1): shows the sheet, created on first use.
    ShortcutsDialog *showShortcuts();
    bool isPresentationMode() const { return m_presentation; }
    void setPresentationMode(bool on);
    MapTheme mapTheme() const;
    // View > Counting Rule: the map's counter and marks and the chart's emphasised curve.
    CountingRule countingRule() const { return m_counting; }
    void setCountingRule(CountingRule rule);
    QAction *countingRuleAction(CountingRule rule) const;
    void saveSettings() const;

    // Starts the tour in `path` (empty: the shipped tour.csv); a file with errors gives a dialog
    // naming file, line and field, and no tour. Returns whether the tour started.
    bool startTour(const QString &path = QString());

signals:
    // File > Reload Data (F5): whoever owns the window re-reads the map and dataset.
    void reloadRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets(const QDate &today);
    void buildFileMenu();
    void buildViewMenu();
    void buildTimeMenu();
    void buildHelpMenu();
    void buildLanguageMenu(QMenu *parent);
    void buildProjectionMenu(QMenu *view);
    void buildThemeActions(QMenu *view);
    void buildTourKeys();
    void onTourActiveChanged(bool active);
    void openTourFile();
    void buildCountingMenu(QMenu *parent);
    void retranslate();
    void connectPanels();
    void restoreSettings();
    void onDateChanged(const QDate &date);
    void onStateActivated(int stateIndex);
    void applyTheme();

    std::shared_ptr<const AtlasDocument> m_document;
    std::shared_ptr<const StateNames> m_names;
    MapView *m_map = nullptr;
    TimelineBar *m_timeline = nullptr;
    StatePanel *m_panel = nullptr;
    ChartsPanel *m_charts = nullptr;
    ExportController *m_exporter = nullptr;
    TourController *m_tour = nullptr;
    QSplitter *m_mainSplitter = nullptr;  // map column | side panel
    QSplitter *m_mapSplitter = nullptr;   // map over charts
    QActionGroup *m_themes = nullptr;       // light, dark, projector; data = the MapTheme id
    QActionGroup *m_projections = nullptr;  // data = int(ProjectionKind)
    ShortcutsDialog *m_shortcuts = nullptr;
    QAction *m_labelsAction = nullptr;  // View > Country Names
    QAction *m_presentationAction = nullptr;
    QAction *m_leavePresentation = nullptr;
    QAction *m_panelAction = nullptr;
    QAction *m_chartsAction = nullptr;
    QAction *m_loopAction = nullptr;
    QList<QAction *> m_timeKeys;  // Space, arrows, Page Up/Down: the tour takes them while it runs
    QList<QAction *> m_tourKeys;  // next, back, leave: enabled only during a tour
    QActionGroup *m_languages = nullptr;  // one checkable action per UI language, data = its id
    QActionGroup *m_countingRules = nullptr;  // one checkable action per rule, data = int(CountingRule)
    CountingRule m_counting = CountingRule::Net;
    QString m_theme = QStringLiteral("light");
    bool m_presentation = false;
    bool m_wasMaximized = false;
    QRect m_normalGeometry;  // before presentation mode, restored on leaving it
};

} // namespace atlas
