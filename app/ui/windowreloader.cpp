#include "windowreloader.h"

#include "atlasdocument.h"
#include "mainwindow.h"
#include "mapview.h"
#include "recognitiondataset.h"

namespace atlas {
namespace {

QString selectedCode(const MainWindow &window)
{
    const int state = window.mapView()->selectedState();
    const auto &states = window.document().dataset().states;
    return state >= 0 && state < states.size() ? states.at(state).code : QString();
}

} // namespace

WindowReloader::WindowReloader(const WindowStart &start, std::shared_ptr<const AtlasDocument> document, const QDate &date)
    : m_start(start), m_dialog(DialogProblemSink::showMessageBox)
{
    open(std::move(document), date);
}

WindowReloader::~WindowReloader() = default;

void WindowReloader::open(std::shared_ptr<const AtlasDocument> document, const QDate &date)
{
    m_window = std::make_unique<MainWindow>(std::move(document), date, m_start.today);
    m_window->setProjection(m_start.projection);
    connect(m_window.get(), &MainWindow::reloadRequested, this, &WindowReloader::reload);
}

bool WindowReloader::reload()
{
    const Result<std::shared_ptr<const AtlasDocument>> loaded = AtlasDocument::load(m_start.sources);
    DialogProblemSink sink(m_window.get(), tr("Cannot reload the atlas"), tr("The map and data on screen are unchanged."),
                           m_dialog);
    if (!sink.report(loaded.errors, loaded.warnings))
        return false;
    // Every widget holds references into the document, so the window is rebuilt around the new
    // one rather than patched. The old window may be inside its own action's slot: delete later.
    const QDate date = m_window->date();
    const bool visible = m_window->isVisible();
    m_start.projection = m_window->mapView()->projection();  // the View menu's choice, not the command line's
    const QString selected = selectedCode(*m_window);
    m_window->saveSettings();
    MainWindow *old = m_window.release();
    old->hide();
    old->deleteLater();
    open(loaded.value, date);
    m_window->selectState(loaded.value->dataset().indexOf(selected));  // by code: rows may have moved
    if (visible)
        m_window->show();
    emit windowReplaced(m_window.get());
    return true;
}

} // namespace atlas
