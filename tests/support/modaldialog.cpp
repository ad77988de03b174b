#include "modaldialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace atlas::test {

void closeNextMessageBox(QString *shownText)
{
    QTimer::singleShot(0, [shownText] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *shownText = box->text();
            box->close();
        }
    });
}

} // namespace atlas::test
