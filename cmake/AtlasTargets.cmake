# atlas_add_library(NAME SOURCES... LINKS <target_link_libraries arguments>): one static library
# of ours, its folder as its public include directory, our warnings on.
function(atlas_add_library name)
  cmake_parse_arguments(ARG "" "" "LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} ${ARG_LINKS})
  atlas_set_warnings(${name})
endfunction()
