// For window tests that go through a real QMessageBox: arranges for the next modal message box
// to be read and closed as soon as the event loop runs, so the code under test does not block.
#pragma once

#include <QString>

namespace atlas::test {

// `*shownText` receives the box's text; it stays empty when no box opened.
void closeNextMessageBox(QString *shownText);

} // namespace atlas::test
