#include "mainwindow.h"

#include "aboutdialog.h"
#include "apppalette.h"
#include "appsettings.h"
#include "atlasdocument.h"
#include "chartspanel.h"
#include "exportcontroller.h"
#include "labels.h"
#include "mapview.h"
#include "shortcutsdialog.h"
#include "menucommands.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "statenames.h"
#include "statepanel.h"
#include "timelinebar.h"
#include "timelineseries.h"
#include "dialogproblemsink.h"
#include "mapprojection.h"
#include "tourcard.h"
#include "tourcontroller.h"
#include "tourreader.h"
#include "uilanguage.h"

#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

namespace atlas {
namespace {

Q_LOGGING_CATEGORY(lcNames, "atlas.names", QtWarningMsg)

// A missing names file means English names only; a broken one is logged, never fatal.
std::shared_ptr<const StateNames> loadStateNames(const QString &dataDir)
{
    Result<StateNames> loaded = StateNames::load(dataDir);
    for (const Problem &p : loaded.errors + loaded.warnings)
        qCWarning(lcNames).noquote() << p.toString();
    return std::make_shared<const StateNames>(loaded.ok() ? std::move(loaded.value) : StateNames());
}

const char *regionSource(const QString &id)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("world"), QT_TRANSLATE_NOOP("atlas::MainWindow", "World")},
        {QStringLiteral("europe"), QT_TRANSLATE_NOOP("atlas::MainWindow", "Europe")},
        {QStringLiteral("balkans"), QT_TRANSLATE_NOOP("atlas::MainWindow", "Balkans")},
        {QStringLiteral("africa"), QT_TRANSLATE_NOOP("atlas::MainWindow", "Africa")},
        {QStringLiteral("americas"), QT_TRANSLATE_NOOP("atlas::MainWindow", "Americas")},
        {QStringLiteral("asia"), QT_TRANSLATE_NOOP("atlas::MainWindow", "Asia")},
        {QStringLiteral("oceania"), QT_TRANSLATE_NOOP("atlas::MainWindow", "Oceania")},
    };
    return labels.value(id);
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const AtlasDocument> document, const QDate &date, const QDate &today, QWidget *parent)
    : QMainWindow(parent), m_document(std::move(document)),
      m_names(loadStateNames(m_document->dataset().directory))
{
    setWindowTitle(tr("Kosovo Recognition Atlas"));
    buildWidgets(today);
    buildFileMenu();
    buildViewMenu();
    buildTimeMenu();
    buildHelpMenu();
    buildTourKeys();
    connectPanels();
    restoreSettings();
    m_timeline->setDate(date);
    onDateChanged(m_timeline->date());
    m_map->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildWidgets(const QDate &today)
{
    const RecognitionTimeline &timeline = m_document->timeline();
    const QDate first = m_document->subject().firstDay;
    m_map = new MapView(m_document, this);
    m_map->setStateNames(m_names);
    m_charts = new ChartsPanel(this);
    m_charts->setHistory(unCountSteps(timeline, first, today), m_document->dataset().keyDates, first, today);
    for (CountingRule rule : kAllCountingRules)
        if (rule != CountingRule::Net)
            m_charts->setRuleHistory(rule, ruleCountSteps(timeline, rule, first, today));
    m_panel = new StatePanel(timeline, this);
    m_panel->setStateNames(m_names);
    m_timeline = new TimelineBar(first, today, timeline.changeDates(), this);
    m_exporter = new ExportController(m_document, *m_map, this);
    m_tour = new TourController(m_map, m_timeline, this);
    connect(m_tour, &TourController::activeChanged, this, &MainWindow::onTourActiveChanged);
    connect(m_exporter, &ExportController::fileWritten, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_mapSplitter = new QSplitter(Qt::Vertical, this);
    m_mapSplitter->addWidget(m_map);
    m_mapSplitter->addWidget(m_charts);
    m_mapSplitter->setStretchFactor(0, 3);
    m_mapSplitter->setStretchFactor(1, 1);
    m_mapSplitter->setChildrenCollapsible(false);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_mapSplitter);
    m_mainSplitter->addWidget(m_panel);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_mainSplitter, 1);
    layout->addWidget(m_timeline);
    setCentralWidget(central);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = addMenu(menuBar(), QT_TR_NOOP("&File"));
    addCommand(this, file, QT_TR_NOOP("&Export Map (PNG, SVG, PDF)…"), QKeySequence::Save, [this] { m_exporter->exportPng(); });
    addCommand(this, file, QT_TR_NOOP("&Copy Map"), QKeySequence::Copy, [this] { m_exporter->copyMap(); });
    addCommand(this, file, QT_TR_NOOP("Export Status &Table (CSV)…"), QKeySequence(tr("Ctrl+Shift+E")),
               [this] { m_exporter->exportStatusCsv(); });
    addCommand(this, file, QT_TR_NOOP("Export &Frames…"), QKeySequence(), [this] { m_exporter->exportFrames(); });
    addCommand(this, file, QT_TR_NOOP("Export &Animation…"), QKeySequence(), [this] { m_exporter->exportAnimation(); });
    file->addSeparator();
    addCommand(this, file, QT_TR_NOOP("Open T&our…"), QKeySequence(), [this] { openTourFile(); });
    file->addSeparator();
    addCommand(this, file, QT_TR_NOOP("&Reload Data"), QKeySequence(Qt::Key_F5), [this] { emit reloadRequested(); });
    file->addSeparator();
    addCommand(this, file, QT_TR_NOOP("&Quit"), QKeySequence::Quit, [this] { close(); });
    QMenu *edit = addMenu(menuBar(), QT_TR_NOOP("&Edit"));
    addCommand(this, edit, QT_TR_NOOP("&Find State…"), QKeySequence::Find, [this] {
        m_panelAction->setChecked(true);
        m_panel->focusSearch();
    });
    addCommand(this, edit, QT_TR_NOOP("Clear &Selection"), QKeySequence(), [this] { selectState(-1); });
    // Window-wide, so they still work after Enter has moved the focus to the side panel.
    addCommand(this, edit, QT_TR_NOOP("&Next State"), QKeySequence(Qt::Key_BracketRight), [this] { m_map->cycleSelection(+1); });
    addCommand(this, edit, QT_TR_NOOP("&Previous State"), QKeySequence(Qt::Key_BracketLeft),
               [this] { m_map->cycleSelection(-1); });
}

void MainWindow::buildViewMenu()
{
    QMenu *view = addMenu(menuBar(), QT_TR_NOOP("&View"));
    QMenu *regions = addMenu(view, QT_TR_NOOP("&Region"));
    for (const QString &id : regionIds()) {
        QAction *region =
            addCommand(this, regions, regionSource(id), QKeySequence(), [this, id] { m_map->showRegion(id); });
        if (!regionSource(id))
            region->setText(id);
    }
    addCommand(this, view, QT_TR_NOOP("Reset &View"), QKeySequence(tr("Ctrl+0")),
               [this] { m_map->showRegion(QStringLiteral("world")); });
    addCommand(this, view, QT_TR_NOOP("Zoom &In"), QKeySequence::ZoomIn, [this] { m_map->zoomBy(1.5); });
    addCommand(this, view, QT_TR_NOOP("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_map->zoomBy(1 / 1.5); });
    buildProjectionMenu(view);
    buildLanguageMenu(view);
    buildCountingMenu(view);
    view->addSeparator();
    buildThemeActions(view);
    m_labelsAction = addToggle(this, view, QT_TR_NOOP("Country &Names"), QKeySequence());
    m_labelsAction->setObjectName(QStringLiteral("countryNames"));
    connect(m_labelsAction, &QAction::toggled, m_map, &MapView::setLabels);
    view->addSeparator();
    m_panelAction = addToggle(this, view, QT_TR_NOOP("State &Panel"), QKeySequence(tr("Ctrl+1")));
    m_chartsAction = addToggle(this, view, QT_TR_NOOP("&Charts"), QKeySequence(tr("Ctrl+2")));
    m_panelAction->setChecked(true);
    m_chartsAction->setChecked(true);
    connect(m_panelAction, &QAction::toggled, m_panel, &QWidget::setVisible);
    connect(m_chartsAction, &QAction::toggled, m_charts, &QWidget::setVisible);
    view->addSeparator();
    m_presentationAction = addToggle(this, view, QT_TR_NOOP("Pr&esentation Mode"), QKeySequence(Qt::Key_F11));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    m_leavePresentation = addCommand(this, view, QT_TR_NOOP("Leave Presentation Mode"), QKeySequence(Qt::Key_Escape),
                                     [this] { setPresentationMode(false); });
    m_leavePresentation->setEnabled(false);
    addCommand(this, view, QT_TR_NOOP("Guided &Tour"), QKeySequence(tr("Ctrl+T")), [this] { startTour(); });
}

// Light, dark and the projector's high contrast, as --theme offers them.
void MainWindow::buildThemeActions(QMenu *view)
{
    m_themes = new QActionGroup(this);
    const std::pair<const char *, const char *> themes[] = {{"light", QT_TR_NOOP("Li&ght Theme")},
                                                            {"dark", QT_TR_NOOP("&Dark Theme")},
                                                            {"projector", QT_TR_NOOP("Projector T&heme (High Contrast)")}};
    for (const auto &[id, source] : themes) {
        QAction *action = addToggle(this, view, source, QKeySequence());
        action->setData(QString::fromLatin1(id));
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = QString::fromLatin1(id)] { setTheme(theme); });
    }
    m_themes->actions().first()->setChecked(true);
}

// The projections --projection offers; the map keeps its region, selection and date.
void MainWindow::buildProjectionMenu(QMenu *view)
{
    QMenu *menu = addMenu(view, QT_TR_NOOP("Map Pro&jection"));
    m_projections = new QActionGroup(this);
    const std::pair<ProjectionKind, const char *> kinds[] = {
        {ProjectionKind::EqualEarth, QT_TR_NOOP("&Equal Earth")},
        {ProjectionKind::Robinson, QT_TR_NOOP("&Robinson")},
        {ProjectionKind::PlateCarree, QT_TR_NOOP("&Plate Carrée (Longitude/Latitude)")}};
    for (const auto &[kind, source] : kinds) {
        QAction *action = addToggle(this, menu, source, QKeySequence());
        action->setData(int(kind));
        action->setChecked(kind == m_map->projection());
        m_projections->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind = kind] { setProjection(kind); });
    }
}

void MainWindow::setProjection(ProjectionKind kind)
{
    m_map->setProjection(kind);
    for (QAction *action : m_projections->actions())
        action->setChecked(action->data().toInt() == int(kind));
}

void MainWindow::buildTimeMenu()
{
    QMenu *time = addMenu(menuBar(), QT_TR_NOOP("&Time"));
    TimelineBar *t = m_timeline;
    m_timeKeys = {
        addCommand(this, time, QT_TR_NOOP("&Play / Pause"), QKeySequence(Qt::Key_Space), [t] { t->togglePlay(); }),
        addCommand(this, time, QT_TR_NOOP("P&revious Event"), QKeySequence(Qt::Key_Left), [t] { t->stepEvent(-1); }),
        addCommand(this, time, QT_TR_NOOP("&Next Event"), QKeySequence(Qt::Key_Right), [t] { t->stepEvent(+1); }),
        addCommand(this, time, QT_TR_NOOP("&Back One Month"), QKeySequence(Qt::Key_PageUp), [t] { t->stepMonths(-1); }),
        addCommand(this, time, QT_TR_NOOP("&Forward One Month"), QKeySequence(Qt::Key_PageDown), [t] { t->stepMonths(+1); })};
    QAction *first = addCommand(this, time, QT_TR_NOOP("First Date (%1)"), QKeySequence(Qt::Key_Home), [t] { t->goToStart(); });
    setSourceText(first, QT_TR_NOOP("First Date (%1)"), m_document->subject().firstDay);
    addCommand(this, time, QT_TR_NOOP("Last Date (Today)"), QKeySequence(Qt::Key_End), [t] { t->goToEnd(); });
    time->addSeparator();
    m_loopAction = addToggle(this, time, QT_TR_NOOP("&Loop"), QKeySequence(tr("Ctrl+L")));
    connect(m_loopAction, &QAction::toggled, t, &TimelineBar::setLoop);
    connect(t, &TimelineBar::loopChanged, m_loopAction, &QAction::setChecked);
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = addMenu(menuBar(), QT_TR_NOOP("&Help"));
    addCommand(this, help, QT_TR_NOOP("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    help->addSeparator();
    addCommand(this, help, QT_TR_NOOP("&About Kosovo Recognition Atlas"), QKeySequence(),
               [this] { showAboutDialog(this, m_document->dataset()); });
    addCommand(this, help, QT_TR_NOOP("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->refresh();
    m_shortcuts->show();
    m_shortcuts->raise();
    return m_shortcuts;
}

void MainWindow::buildLanguageMenu(QMenu *parent)
{
    QMenu *menu = addMenu(parent, QT_TR_NOOP("&Language"));
    m_languages = new QActionGroup(this);
    for (const UiLanguage &language : uiLanguages()) {
        QAction *action = menu->addAction(language.nativeName);  // each in its own language, never translated
        action->setCheckable(true);
        action->setData(language.id);
        action->setChecked(language.id == currentUiLanguage());
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = language.id] {
            if (setUiLanguage(id))  // widgets follow through QEvent::LanguageChange
                saveUiLanguage(id);
            else
                retranslate();  // stayed in English: check that again
        });
    }
}

// What presentation clickers send: Right/Page Down/Space forward, Left/Page Up back; Esc leaves.
// Window-wide actions outside the menus, enabled only while a tour runs.
void MainWindow::buildTourKeys()
{
    const auto key = [this](const QList<QKeySequence> &keys, void (TourController::*step)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setEnabled(false);
        addAction(action);
        connect(action, &QAction::triggered, m_tour, step);
        return action;
    };
    m_tourKeys = {key({Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space}, &TourController::next),
                  key({Qt::Key_Left, Qt::Key_PageUp}, &TourController::previous),
                  key({Qt::Key_Escape}, &TourController::leave)};
}

void MainWindow::onTourActiveChanged(bool active)
{
    for (QAction *action : std::as_const(m_timeKeys))
        action->setEnabled(!active);
    for (QAction *action : std::as_const(m_tourKeys))
        action->setEnabled(active);
    m_leavePresentation->setEnabled(!active && m_presentation);
    if (!active)  // Esc left the tour; a second Esc leaves presentation mode
        m_map->setFocus();
}

bool MainWindow::startTour(const QString &path)
{
    const QString file = path.isEmpty() ? shippedTourPath(m_document->dataset().directory) : path;
    const Result<QList<TourChapter>> tour = loadTour(file, *m_document, m_timeline->end());
    DialogProblemSink sink(this, tr("Cannot open the tour"));
    if (!sink.report(tour.errors, tour.warnings))
        return false;
    m_tour->start(tour.value);
    return true;
}

void MainWindow::openTourFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Tour"), QString(), tr("Tour files (*.csv)"));
    if (!path.isEmpty())
        startTour(path);
}

// Menu texts of the rules, in kAllCountingRules order (untranslated, for retranslate()).
static const char *countingRuleSource(CountingRule rule)
{
    switch (rule) {
    case CountingRule::Net: return QT_TRANSLATE_NOOP("atlas::MainWindow", "&Net (Status Recognises)");
    case CountingRule::KosovoMfa: return QT_TRANSLATE_NOOP("atlas::MainWindow", "&Kosovo's Foreign Ministry");
    case CountingRule::SerbiaMfa: return QT_TRANSLATE_NOOP("atlas::MainWindow", "&Serbia's Foreign Ministry");
    case CountingRule::Confirmed: return QT_TRANSLATE_NOOP("atlas::MainWindow", "&Confirmed Only (Independent Trackers)");
    }
    return nullptr;
}

void MainWindow::buildCountingMenu(QMenu *parent)
{
    QMenu *menu = addMenu(parent, QT_TR_NOOP("Co&unting Rule"));
    m_countingRules = new QActionGroup(this);
    for (CountingRule rule : kAllCountingRules) {
        QAction *action = addToggle(this, menu, countingRuleSource(rule), QKeySequence());
        action->setData(int(rule));
        action->setChecked(rule == m_counting);
        m_countingRules->addAction(action);
        connect(action, &QAction::triggered, this, [this, rule] { setCountingRule(rule); });
    }
}

QAction *MainWindow::countingRuleAction(CountingRule rule) const
{
    for (QAction *action : m_countingRules->actions())
        if (action->data().toInt() == int(rule))
            return action;
    return nullptr;
}

void MainWindow::setCountingRule(CountingRule rule)
{
    m_counting = rule;
    countingRuleAction(rule)->setChecked(true);
    m_map->setCountingRule(rule);
    m_charts->setCountingRule(rule);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The display name first: the platform appends it to a title that lacks it, so setting the
    // title first would leave the previous language's name after it.
    QApplication::setApplicationDisplayName(tr("Kosovo Recognition Atlas"));
    setWindowTitle(tr("Kosovo Recognition Atlas"));
    for (QAction *action : findChildren<QAction *>())
        retranslateMenuItem(action);
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == currentUiLanguage());
    if (m_shortcuts)
        m_shortcuts->refresh();
}

void MainWindow::connectPanels()
{
    connect(m_timeline, &TimelineBar::dateChanged, this, &MainWindow::onDateChanged);
    connect(m_charts, &ChartsPanel::dateRequested, m_timeline, &TimelineBar::setDate);
    connect(m_panel, &StatePanel::dateRequested, m_timeline, &TimelineBar::setDate);
    connect(m_panel, &StatePanel::stateRequested, this, &MainWindow::selectState);
    connect(m_map, &MapView::stateClicked, this, &MainWindow::selectState);
    connect(m_map, &MapView::stateActivated, this, &MainWindow::onStateActivated);
}

QDate MainWindow::date() const
{
    return m_timeline->date();
}

void MainWindow::setDate(const QDate &date)
{
    m_timeline->setDate(date);
}

void MainWindow::onDateChanged(const QDate &date)
{
    m_map->setDate(date);  // repaints the map only: a recolour of cached layers
    m_panel->setDate(date);
    m_charts->setDate(date, m_document->timeline().tallies(date));
}

void MainWindow::selectState(int stateIndex)
{
    m_map->setSelectedState(stateIndex);
    m_panel->setState(stateIndex);
}

void MainWindow::onStateActivated(int stateIndex)
{
    selectState(stateIndex);
    if (m_presentation)
        return;
    m_panelAction->setChecked(true);
    m_panel->show();
    m_panel->setFocus(Qt::OtherFocusReason);
}

MapTheme MainWindow::mapTheme() const
{
    if (m_presentation)
        return MapTheme::projector();
    return MapTheme::byId(m_theme).value_or(MapTheme::light());
}

void MainWindow::setDarkTheme(bool dark)
{
    setTheme(dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void MainWindow::setTheme(const QString &id)
{
    m_theme = MapTheme::byId(id) ? id : QStringLiteral("light");
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toString() == m_theme);
    applyTheme();
}

void MainWindow::applyTheme()
{
    applyAppPalette(isDarkTheme() && !m_presentation);  // presentation is black on white
    m_map->setTheme(mapTheme());
    m_charts->setColours(mapTheme(), QApplication::palette());
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    m_leavePresentation->setEnabled(on && !m_tour->isActive());  // during a tour Esc leaves the tour first
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_panel->setVisible(!on && m_panelAction->isChecked());
    m_charts->setVisible(!on && m_chartsAction->isChecked());
    m_timeline->setPresentation(on);
    applyTheme();
    if (on) {
        m_wasMaximized = isMaximized();
        m_normalGeometry = geometry();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
        setGeometry(m_normalGeometry);  // where it was, whatever the window manager did meanwhile
    }
    m_map->setFocus();
}

void MainWindow::restoreSettings()
{
    const WindowSettings s = loadWindowSettings();
    if (s.geometry.isEmpty() || !restoreGeometry(s.geometry)) {
        const QSize screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableSize() : QSize(1600, 1000);
        resize(screen.boundedTo(QSize(1600, 1000)) * 0.92);
    }
    restoreState(s.state);
    if (s.mainSplitter.isEmpty() || !m_mainSplitter->restoreState(s.mainSplitter))
        m_mainSplitter->setSizes({width() * 72 / 100, width() * 28 / 100});
    if (s.mapSplitter.isEmpty() || !m_mapSplitter->restoreState(s.mapSplitter))
        m_mapSplitter->setSizes({height() * 70 / 100, height() * 30 / 100});
    m_timeline->setSpeedIndex(s.speedIndex);
    m_loopAction->setChecked(s.loop);
    setTheme(s.theme);
    setCountingRule(s.counting);
    m_labelsAction->setChecked(s.labels);
}

void MainWindow::saveSettings() const
{
    WindowSettings s;
    s.geometry = saveGeometry();
    s.state = saveState();
    s.mainSplitter = m_mainSplitter->saveState();
    s.mapSplitter = m_mapSplitter->saveState();
    s.lastDate = date();
    s.theme = m_theme;
    s.speedIndex = m_timeline->speedIndex();
    s.loop = m_timeline->loops();
    s.counting = m_counting;
    s.labels = m_labelsAction->isChecked();
    saveWindowSettings(s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_timeline->pause();
    setPresentationMode(false);  // so the saved geometry is the normal window's
    saveSettings();
    event->accept();
}

} // namespace atlas
