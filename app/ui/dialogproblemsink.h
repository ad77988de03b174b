// The window's problem sink: errors in one warning dialog (an intro line, then one line per
// problem naming file, line and field), warnings to the log only, since a dialog per warning
// would bury the window.
#pragma once

#include "problemsink.h"

#include <QString>

#include <functional>

class QWidget;

namespace atlas {

class DialogProblemSink final : public ProblemSink {
public:
    // Opens the dialog; the default is a modal QMessageBox::warning. Tests pass their own.
    using ShowDialog = std::function<void(QWidget *parent, const QString &title, const QString &text)>;
    static void showMessageBox(QWidget *parent, const QString &title, const QString &text);

    // `parent` may be null (before the first window); `intro` may be empty.
    DialogProblemSink(QWidget *parent, const QString &title, const QString &intro = QString(),
                      ShowDialog dialog = showMessageBox);

protected:
    void show(const QList<Problem> &errors, const QList<Problem> &warnings) override;

private:
    QWidget *m_parent = nullptr;
    QString m_title;
    QString m_intro;
    ShowDialog m_dialog;
};

} // namespace atlas
