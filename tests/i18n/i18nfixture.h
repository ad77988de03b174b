// Shared pieces of the i18n tests: the shipped atlas and state names loaded once, and a fixture
// that puts the UI back into English after every test.
#pragma once

#include "statenames.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <memory>

namespace atlas::test {

std::shared_ptr<const StateNames> shippedNames();

// Switches the UI language and delivers the LanguageChange events it posts.
bool switchLanguage(const QString &id);

class LanguageTest : public ::testing::Test {
protected:
    void TearDown() override;  // back to English
};

} // namespace atlas::test
