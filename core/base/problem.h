// A located error or warning (file, line, field) that core returns and the app or CLI shows.
#pragma once

#include <QList>
#include <QString>

namespace atlas {

struct Problem {
    QString file;     // path as given by the user or resolved by core
    int line = 0;     // 1-based; 0 when the problem is not tied to a line
    QString field;    // column or attribute name; empty when not tied to one
    QString message;  // plain English sentence, no trailing full stop

    // "file:line: field: message", leaving out the parts that are empty.
    QString toString() const;
};

// Core never throws: a loader returns its value together with what went wrong.
template <typename T>
struct Result {
    T value{};
    QList<Problem> errors;    // any error means `value` must not be used
    QList<Problem> warnings;  // the value is usable; tell the user anyway

    bool ok() const { return errors.isEmpty(); }
};

QString joinProblems(const QList<Problem> &problems);

} // namespace atlas
