// Menu items of the main window that retranslate themselves: each keeps its untranslated
// MainWindow message (and the date filling its %1) as a property, so retranslateMenuItem() can
// set its text again after a language switch. Commands are also added to the window, so their
// shortcuts work while the menu bar is hidden (presentation mode). GUI thread only.
#pragma once

#include <QAction>
#include <QDate>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace atlas {

// Sets the action's text from its stored message in the current language; no-op without one.
void retranslateMenuItem(QAction *action);
// Stores `source` (untranslated, QT_TR_NOOP in atlas::MainWindow) and sets the text from it.
void setSourceText(QAction *action, const char *source, const QDate &dateArgument = QDate());

QMenu *addMenu(QMenuBar *parent, const char *source);
QMenu *addMenu(QMenu *parent, const char *source);
QAction *addToggle(QWidget *window, QMenu *menu, const char *source, const QKeySequence &key);

template <typename Slot>
QAction *addCommand(QWidget *window, QMenu *menu, const char *source, const QKeySequence &key, Slot &&slot)
{
    QAction *action = menu->addAction(QString());
    setSourceText(action, source);
    action->setShortcut(key);
    window->addAction(action);
    QObject::connect(action, &QAction::triggered, window, std::forward<Slot>(slot));
    return action;
}

} // namespace atlas
