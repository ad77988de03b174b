// Help > Keyboard Shortcuts (F1): a sheet of every key the window answers to, read from the
// window's own actions (so it is always complete and in the UI language), plus the keys the map
// handles itself. Used by MainWindow.
#pragma once

#include <QDialog>

class QTableWidget;

namespace atlas {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // `window`'s actions with a shortcut, in menu order; the dialog is modeless and owned by `window`.
    explicit ShortcutsDialog(QWidget *window);

    QTableWidget *table() const { return m_table; }
    void refresh();  // re-reads the actions (after a language switch)

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(const QString &keys, const QString &what);

    QWidget *m_window = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace atlas
