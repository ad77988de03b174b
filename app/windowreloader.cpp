#include "windowreloader.h"

#include "atlasdocument.h"
#include "mainwindow.h"

#include <QLoggingCategory>
#include <QMessageBox>

namespace atlas {
namespace {

Q_LOGGING_CATEGORY(lcReload, "atlas.reload", QtWarningMsg)

void showProblems(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace

WindowReloader::WindowReloader(const AtlasSources &sources, std::shared_ptr<AtlasDocument> document, const QDate &date)
    : m_sources(sources), m_dialog(showProblems)
{
    open(std::move(document), date);
}

WindowReloader::~WindowReloader() = default;

void WindowReloader::open(std::shared_ptr<AtlasDocument> document, const QDate &date)
{
    m_window = std::make_unique<MainWindow>(std::move(document), date, m_sources.today);
    connect(m_window.get(), &MainWindow::reloadRequested, this, &WindowReloader::reload);
}

bool WindowReloader::reload()
{
    const Result<std::shared_ptr<AtlasDocument>> loaded =
        AtlasDocument::load(m_sources.mapPath, m_sources.dataDir, m_sources.projection);
    if (!loaded.ok()) {
        m_dialog(m_window.get(), tr("Cannot reload the atlas"),
                 tr("The map and data on screen are unchanged.\n\n%1").arg(joinProblems(loaded.errors)));
        return false;
    }
    for (const Problem &p : loaded.warnings)
        qCWarning(lcReload).noquote() << p.toString();
    // Every widget holds references into the document, so the window is rebuilt around the new
    // one rather than patched. The old window may be inside its own action's slot: delete later.
    const QDate date = m_window->date();
    const bool visible = m_window->isVisible();
    m_window->saveSettings();
    MainWindow *old = m_window.release();
    old->hide();
    old->deleteLater();
    open(loaded.value, date);
    if (visible)
        m_window->show();
    emit windowReplaced(m_window.get());
    return true;
}

} // namespace atlas
