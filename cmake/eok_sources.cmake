# The compiled parts of the eok library, one folder per wing (src/ mirrors include/eok/):
# core, lexicon, text, read, rates, reconcile, write. Every .cpp in those folders is part of the
# library; a new file needs no change here.
set(EOK_WINGS core lexicon text read rates reconcile write)

# Rate-table reading and lookup: compiled once, linked into the library and into the build-time
# generator that turns rates/*.yaml into C++ (so the bundled tables pass the user-file checks).
# These files may use only headers and each other, never another compiled part of the library;
# decimal's and ratio's paths beyond 128 bits (src/core/*_big.cpp) are among them.
set(EOK_RATES_CORE_SOURCES
  ${PROJECT_SOURCE_DIR}/src/rates/rates.cpp
  ${PROJECT_SOURCE_DIR}/src/rates/rates_file.cpp
  ${PROJECT_SOURCE_DIR}/src/core/decimal_big.cpp
  ${PROJECT_SOURCE_DIR}/src/core/ratio_big.cpp
)

set(EOK_LIBRARY_SOURCES "")
foreach(wing ${EOK_WINGS})
  file(GLOB _wing_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${wing}/*.cpp)
  list(APPEND EOK_LIBRARY_SOURCES ${_wing_sources})
endforeach()
list(REMOVE_ITEM EOK_LIBRARY_SOURCES ${EOK_RATES_CORE_SOURCES})
