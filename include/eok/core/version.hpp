// eok/core/version.hpp: the library's version, checked against CMake's project() at configure time.
#ifndef EOK_VERSION_HPP
#define EOK_VERSION_HPP

#include <string_view>

#define EOK_VERSION_MAJOR 0
#define EOK_VERSION_MINOR 1
#define EOK_VERSION_PATCH 0

namespace eok {

/// The version of these headers, "major.minor.patch".
inline constexpr std::string_view version_string = "0.1.0";

/// The version of the compiled library; equal to `version_string` unless headers and library
/// come from different installs.
[[nodiscard]] std::string_view library_version() noexcept;

}  // namespace eok

#endif  // EOK_VERSION_HPP
