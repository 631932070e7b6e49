// Found by fuzz_figure_parse: bytes that are not UTF-8 passed through into `eok parse --jsonl`
// output, so the line was not valid JSON (input "조\xEC\x9B&&...\x90"). Looking closer, the
// parser's decoder ignored continuation bits, so malformed bytes could even spell a digit or a
// word: "\xE0\x80\xB1" (an overlong '1') read as 1, "1\xEC\x1B\x90" as 1원. Now invalid UTF-8
// is an error with its position, and JSON output replaces such bytes with U+FFFD.
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include "../fuzz/json_check.hpp"

#include <eok/write/json.hpp>
#include <eok/read/parse.hpp>

#include <string>

namespace {

using eok::test::error_of;

}  // namespace

TEST_CASE("regress: invalid UTF-8 in an error's input still gives valid JSON", "[regress][utf8]") {
  const std::string input = "\xEC\xA1\xB0\xEC\x9B&&&\x90";  // the fuzzer's input, shortened
  const auto r = eok::try_parse_figure(input);
  REQUIRE_FALSE(r);
  CHECK(r.error().code() == eok::errc::invalid_utf8);
  CHECK(r.error().what() ==
        std::string("parse error at line 1, column 2: invalid UTF-8 (byte 0xEC does not begin a character)"));
  const std::string json = eok::error_to_json(r.error(), input);
  CHECK(json ==
        "{\"error\": \"invalid UTF-8 (byte 0xEC does not begin a character)\", \"code\": \"invalid_utf8\", "
        "\"offset\": 3, \"line\": 1, \"column\": 2, \"input\": \"\xEC\xA1\xB0\xEF\xBF\xBD\xEF\xBF\xBD&&&\xEF\xBF\xBD\"}");
  CHECK(eok::test::is_valid_json(json));
}

TEST_CASE("regress: write_json_string replaces each byte that is not UTF-8 with U+FFFD", "[regress][utf8]") {
  auto json = [](std::string_view s) {
    std::string out;
    eok::write_json_string(out, s);
    return out;
  };
  CHECK(json("1억") == "\"1억\"");
  CHECK(json("\xFF") == "\"\xEF\xBF\xBD\"");
  CHECK(json("\xC0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");          // overlong NUL
  CHECK(json("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
  CHECK(json("\xEC\x9B") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");          // 원 cut short
  CHECK(json("\xF4\x90\x80\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // above U+10FFFF
  CHECK(json("\xF0\x9F\x92\xB0") == "\"\xF0\x9F\x92\xB0\"");          // 💰 is fine
  CHECK(json(std::string_view("\0", 1)) == "\"\\u0000\"");
}

TEST_CASE("regress: malformed bytes never spell a digit or a word", "[regress][utf8]") {
  // An overlong '1' (E0 80 B1) is not the digit 1.
  CHECK(error_of("\xE0\x80\xB1억원") ==
        "parse error at line 1, column 1: invalid UTF-8 (byte 0xE0 does not begin a character)");
  // 원 is EC 9B 90; with the middle byte's top bits wrong it is not 원.
  CHECK(error_of("1\xEC\x1B\x90") ==
        "parse error at line 1, column 2: invalid UTF-8 (byte 0xEC does not begin a character)");
  // A stray continuation byte, a truncated sequence at the end, a lone 0xFF.
  CHECK(error_of("1억\x80원") == "parse error at line 1, column 3: invalid UTF-8 (byte 0x80 does not begin a character)");
  CHECK(error_of("1억원\xEC") == "parse error at line 1, column 4: invalid UTF-8 (byte 0xEC does not begin a character)");
  CHECK(error_of("\xFF") == "parse error at line 1, column 1: invalid UTF-8 (byte 0xFF does not begin a character)");
  // On the next line, the position says so.
  CHECK(error_of("\n1억\xFF") == "parse error at line 2, column 3: invalid UTF-8 (byte 0xFF does not begin a character)");
  // The scanner's primitive: invalid bytes end a figure and are skipped, the next one is found.
  const std::string text = "1억원\xFF\xE0\x80\xB1 2억원";
  const auto first = eok::match_figure_at(text, 0);
  REQUIRE(first);
  CHECK(first->text == "1억원");
  CHECK_FALSE(eok::match_figure_at(text, 8));  // the overlong '1'
  const auto second = eok::match_figure_at(text, 12);
  REQUIRE(second);
  CHECK(second->text == "2억원");
}
