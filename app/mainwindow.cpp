#include "mainwindow.h"

#include "mapview.h"

namespace atlas {

MainWindow::MainWindow(std::shared_ptr<AtlasDocument> document, const QDate &date, const QDate &, QWidget *parent)
    : QMainWindow(parent), m_document(std::move(document))
{
    setWindowTitle(tr("Kosovo Recognition Atlas"));
    m_map = new MapView(m_document, this);
    m_map->setDate(date);
    setCentralWidget(m_map);
    resize(1280, 800);
}

} // namespace atlas
