// The compiled library's version, so a program can tell headers and library apart.
#include <eok/core/version.hpp>

namespace eok {

std::string_view library_version() noexcept { return version_string; }

}  // namespace eok
