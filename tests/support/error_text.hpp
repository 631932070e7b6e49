// The text of an error, for tests that compare whole messages: what a call throws, or what
// try_parse_figure returns.
#ifndef EOK_TESTS_ERROR_TEXT_HPP
#define EOK_TESTS_ERROR_TEXT_HPP

#include <eok/core/error.hpp>
#include <eok/read/parse.hpp>

#include <string>
#include <string_view>

namespace eok::test {

/// `what()` of the eok::error that `f()` throws, or "(no exception)".
template <class F>
std::string error_text(F&& f) {
  try {
    f();
  } catch (const eok::error& e) {
    return e.what();
  }
  return "(no exception)";
}

/// `what()` of the error try_parse_figure gives for `text`, or "no error".
inline std::string error_of(std::string_view text) {
  auto r = eok::try_parse_figure(text);
  if (r) return "no error";
  return r.error().what();
}

}  // namespace eok::test

#endif  // EOK_TESTS_ERROR_TEXT_HPP
