#include "shortcutsdialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

namespace atlas {
namespace {

// "&Export Map (PNG, SVG, PDF)…" -> "Export Map (PNG, SVG, PDF)…": no mnemonic marks on the sheet.
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &key : keys)
        out << key.toString(QKeySequence::NativeText);
    return out.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_window(window)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 600);
    refresh();
}

void ShortcutsDialog::addRow(const QString &keys, const QString &what)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
}

void ShortcutsDialog::refresh()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setRowCount(0);
    for (const QAction *action : m_window->actions())
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
            addRow(keysText(action->shortcuts()), plainText(action->text()));
    // Keys the map view handles itself, when it has the focus.
    addRow(tr("Enter"), tr("Open the selected state in the side panel"));
    addRow(tr("+, −, mouse wheel"), tr("Zoom the map in or out"));
    addRow(tr("Up, Down, drag"), tr("Move the map"));
    addRow(tr("Tab"), tr("Move the focus: map, charts, side panel, time bar"));
    addRow(tr("Right, Page Down, Space / Left, Page Up"), tr("During a tour: next / previous chapter"));
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QDialog::changeEvent(event);
}

} // namespace atlas
