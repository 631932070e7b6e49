# The compiled parts of the eok library. Headers carry most of the code; what is here keeps
# yaml-cpp and the bundled rate history out of every user's compile.
set(EOK_LIBRARY_SOURCES
  ${PROJECT_SOURCE_DIR}/src/version.cpp
  ${PROJECT_SOURCE_DIR}/src/reconcile.cpp
  ${PROJECT_SOURCE_DIR}/src/reconcile_relations.cpp
  ${PROJECT_SOURCE_DIR}/src/reconcile_report.cpp
  ${PROJECT_SOURCE_DIR}/src/reconcile_rates.cpp
  ${PROJECT_SOURCE_DIR}/src/reconcile_input.cpp
  ${PROJECT_SOURCE_DIR}/src/parse.cpp
  ${PROJECT_SOURCE_DIR}/src/bundled_rates.cpp
  ${PROJECT_SOURCE_DIR}/src/convert.cpp
  ${PROJECT_SOURCE_DIR}/src/scan.cpp
)

# Rate-table reading and lookup: compiled once, linked into the library and into the build-time
# generator that turns rates/*.yaml into C++ (so the bundled tables pass the user-file checks).
set(EOK_RATES_CORE_SOURCES
  ${PROJECT_SOURCE_DIR}/src/rates.cpp
  ${PROJECT_SOURCE_DIR}/src/rates_file.cpp
)
