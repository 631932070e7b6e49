// The documented limits of the readers (docs/robustness.md), each at the limit and one past
// it, and the inputs a web page can throw at them: NUL bytes, empty text, invalid and overlong
// UTF-8, deep brackets, megabytes on one line.
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include "../fuzz/json_check.hpp"

#include <eok/core/decimal.hpp>
#include <eok/write/json.hpp>
#include <eok/read/parse.hpp>

#include <string>

using eok::errc;

namespace {

/// The full what() of parsing `text`, or "no error".
using eok::test::error_of;

errc code_of(std::string_view text) { return eok::try_parse_figure(text).error().code(); }

std::string value_of(std::string_view text) {
  const eok::figure f = eok::parse_figure(text);
  return f.value ? f.value->to_string() : "null";
}

}  // namespace

TEST_CASE("limits: a figure has at most 36 significant digits", "[limits]") {
  const std::string d36 = "123456789012345678901234567890123456";
  CHECK(value_of(d36) == d36);
  CHECK(value_of(d36 + "원") == d36);
  CHECK(error_of(d36 + "7") == "parse error at line 1, column 37: a figure may have at most 36 significant digits");
  CHECK(code_of(d36 + "7") == errc::number_too_long);
  // Zeros written after a scale word count as well: 10^36 × 10^8 is fine, 37 digits are not.
  CHECK(error_of(d36 + "7억") == "parse error at line 1, column 37: a figure may have at most 36 significant digits");
}

TEST_CASE("limits: a number has at most 1000 digits, leading zeros included", "[limits]") {
  const std::string zeros999(999, '0');
  CHECK(value_of(zeros999 + "1") == "1");
  CHECK(value_of("0." + std::string(998, '0') + "1") == "0." + std::string(998, '0') + "1");
  const std::string zeros1000(1000, '0');
  CHECK(error_of(zeros1000 + "1") ==
        "parse error at line 1, column 1001: a number may have at most 1000 digits, leading zeros included");
  CHECK(code_of(zeros1000 + "1") == errc::number_too_long);
  CHECK(error_of(std::string(5'000'000, '0')) ==
        "parse error at line 1, column 1001: a number may have at most 1000 digits, leading zeros included");
  // The same for numeral words: 영 is zero.
  std::string yeong;
  for (int i = 0; i < 1001; ++i) yeong += "영";
  CHECK(error_of(yeong) ==
        "parse error at line 1, column 1001: a number may have at most 1000 digits, leading zeros included");
  // decimal::parse has the same limit of its own.
  CHECK(eok::decimal::try_parse(std::string(1001, '1')).error().code() == errc::number_too_long);
}

TEST_CASE("limits: empty and blank input is empty_input at column 1", "[limits]") {
  for (const char* text : {"", " ", "\t\t", "\n\n", " \r\n "}) {
    CAPTURE(text);
    CHECK(error_of(text) == "parse error at line 1, column 1: expected a figure, found nothing");
    CHECK(code_of(text) == errc::empty_input);
  }
}

TEST_CASE("limits: NUL bytes are characters like any other, never an end of text", "[limits]") {
  using namespace std::string_literals;
  CHECK(error_of("\0"s) == "parse error at line 1, column 1: expected a figure, found byte 0x00");
  CHECK(error_of("12\0명"s) == "parse error at line 1, column 3: byte 0x00 cannot follow the figure '12'");
  CHECK(error_of("1억\0"s) == "parse error at line 1, column 3: byte 0x00 cannot follow the figure '1억'");
  // The scanner's primitive reads the figure before a NUL and the one after it.
  const std::string text = "1억원\0 2억원"s;
  const auto first = eok::match_figure_at(text, 0);
  REQUIRE(first);
  CHECK(first->text == "1억원");
  const auto second = eok::match_figure_at(text, 9);
  REQUIRE(second);
  CHECK(second->text == "2억원");
  CHECK(second->start == 9);
}

TEST_CASE("limits: brackets are not part of a figure, however deep", "[limits]") {
  // The parser has no recursion; a million open brackets are one error at the first of them.
  const std::string deep = std::string(1'000'000, '(') + "1억원" + std::string(1'000'000, ')');
  CHECK(error_of(deep) == "parse error at line 1, column 1: expected a figure, found '('");
  CHECK(error_of("(1억원)") == "parse error at line 1, column 1: expected a figure, found '('");
  const auto f = eok::match_figure_at(deep, 1'000'000);
  REQUIRE(f);
  CHECK(f->text == "1억원");
  CHECK(f->end == 1'000'000 + 7);
  // The tests' own JSON checker does not recurse either.
  CHECK(eok::test::is_valid_json(std::string(1'000'000, '[') + std::string(1'000'000, ']')));
  CHECK_FALSE(eok::test::is_valid_json(std::string(1'000'000, '[') + std::string(999'999, ']')));
}

TEST_CASE("limits: a figure after megabytes of spaces on one line", "[limits]") {
  const std::string text = std::string(20'000'000, ' ') + "1090억유로";
  const eok::figure f = eok::parse_figure(text);
  CHECK(f.start == 20'000'000);
  CHECK(f.end == 20'000'013);
  CHECK(f.value->to_string() == "109000000000");
  // No figure starts with a space, and saying so does not read the whole run.
  CHECK_FALSE(eok::match_figure_at(text, 0));
}

TEST_CASE("limits: qualifiers repeat at most six times before a figure", "[limits]") {
  CHECK(value_of("약 약 약 약 약 약 1억원") == "100000000");
  CHECK(code_of("약 약 약 약 약 약 약 1억원") == errc::unexpected_character);
  std::string many;
  for (int i = 0; i < 100'000; ++i) many += "약";
  CHECK_FALSE(eok::match_figure_at(many + "1억원", 0));
}
