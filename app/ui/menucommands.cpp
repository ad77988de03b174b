#include "menucommands.h"

#include "labels.h"

#include <QCoreApplication>

namespace atlas {
namespace {

const char *const kSourceText = "atlasSourceText";
const char *const kDateArgument = "atlasDateArgument";

template <typename Parent>  // QMenuBar or QMenu
QMenu *addMenuTo(Parent *parent, const char *source)
{
    QMenu *menu = parent->addMenu(QString());
    setSourceText(menu->menuAction(), source);
    return menu;
}

} // namespace

void retranslateMenuItem(QAction *action)
{
    const QByteArray source = action->property(kSourceText).toByteArray();
    if (source.isEmpty())
        return;
    const QString text = QCoreApplication::translate("atlas::MainWindow", source.constData());
    const QDate date = action->property(kDateArgument).toDate();
    action->setText(date.isValid() ? text.arg(longDate(date)) : text);
}

void setSourceText(QAction *action, const char *source, const QDate &dateArgument)
{
    if (!source)
        return;
    action->setProperty(kSourceText, QByteArray(source));
    action->setProperty(kDateArgument, dateArgument);
    retranslateMenuItem(action);
}

QMenu *addMenu(QMenuBar *parent, const char *source) { return addMenuTo(parent, source); }
QMenu *addMenu(QMenu *parent, const char *source) { return addMenuTo(parent, source); }

QAction *addToggle(QWidget *window, QMenu *menu, const char *source, const QKeySequence &key)
{
    QAction *action = menu->addAction(QString());
    setSourceText(action, source);
    action->setShortcut(key);
    action->setCheckable(true);
    window->addAction(action);
    return action;
}

} // namespace atlas
