# atlas_add_test(NAME SOURCES... [APP] [LIBS libs...]): one GoogleTest executable of ours, linked to
# the shared fixtures (tests/support) and registered with CTest test by test. Core tests get a
# QGuiApplication main(); APP tests (windows) a QApplication one and the ui library. Every test
# runs offscreen, fails after two minutes instead of stalling CI, and may run kosovo-atlas itself.
include(GoogleTest)

function(atlas_add_test name)
  cmake_parse_arguments(ARG "APP" "" "LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  if(ARG_APP)
    target_link_libraries(${name} PRIVATE atlas_testmain_app atlas_ui)
  else()
    target_link_libraries(${name} PRIVATE atlas_testmain_core)
  endif()
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_compile_definitions(${name} PRIVATE ATLAS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    ATLAS_FIXTURE_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures" ATLAS_EXE="$<TARGET_FILE:kosovo-atlas>")
  add_dependencies(${name} kosovo-atlas)
  atlas_set_warnings(${name})
  gtest_discover_tests(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120 DISCOVERY_TIMEOUT 60)
endfunction()
