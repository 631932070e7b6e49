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
)
