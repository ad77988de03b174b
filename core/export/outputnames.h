// The one naming scheme for files the atlas writes by default (PNG, CSV, frames), so that the
// window's dialogs and frame series agree: "<subject>-recognition-<YYYY-MM-DD>.<extension>",
// which sorts by date in any file manager.
#pragma once

#include <QDate>
#include <QString>

namespace atlas {

struct DatasetSubject;

// "kosovo-recognition-2013-02-17.png" for the shipped data; `extension` without the dot.
QString datedFileName(const DatasetSubject &subject, const QDate &date, const QString &extension);

// `folder` when a frame series may go there (new, or an empty folder), else the first of
// "<folder>-2", "<folder>-3", ... that may: a remembered frames folder is offered again after a
// series filled it, without sending the user into the "must be new or empty" error.
QString unusedFolderName(const QString &folder);

} // namespace atlas
