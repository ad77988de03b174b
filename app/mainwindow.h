// The atlas main window: map, time slider and menus.
#pragma once

#include <QDate>
#include <QMainWindow>

#include <memory>

namespace atlas {

class AtlasDocument;
class MapView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::shared_ptr<AtlasDocument> document, const QDate &date, const QDate &today, QWidget *parent = nullptr);

    MapView *mapView() const { return m_map; }

private:
    std::shared_ptr<AtlasDocument> m_document;
    MapView *m_map = nullptr;
};

} // namespace atlas
