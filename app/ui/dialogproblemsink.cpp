#include "dialogproblemsink.h"

#include <QLoggingCategory>
#include <QMessageBox>

namespace atlas {
namespace {

Q_LOGGING_CATEGORY(lcProblems, "atlas.problems", QtWarningMsg)

} // namespace

void DialogProblemSink::showMessageBox(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

DialogProblemSink::DialogProblemSink(QWidget *parent, const QString &title, const QString &intro, ShowDialog dialog)
    : m_parent(parent), m_title(title), m_intro(intro), m_dialog(std::move(dialog))
{
}

void DialogProblemSink::show(const QList<Problem> &errors, const QList<Problem> &warnings)
{
    for (const Problem &p : warnings)
        qCWarning(lcProblems).noquote() << p.toString();
    if (errors.isEmpty())
        return;
    const QString list = joinProblems(errors);
    m_dialog(m_parent, m_title, m_intro.isEmpty() ? list : m_intro + QStringLiteral("\n\n") + list);
}

} // namespace atlas
