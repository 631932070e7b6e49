// The display width of text in a terminal (eok/text/width.hpp) and the one date reader shared by
// the front matter and the rate code (eok/text/date.hpp).
#include "../support/catch.hpp"

#include <eok/read/front_matter.hpp>
#include <eok/text/date.hpp>
#include <eok/text/width.hpp>

#include <string>

TEST_CASE("width: ASCII is one column, Hangul and CJK two", "[width]") {
  CHECK(eok::display_width("") == 0);
  CHECK(eok::display_width("1..2") == 4);
  CHECK(eok::display_width("1090억유로") == 10);                // 4 digits + 3 syllables
  CHECK(eok::display_width("3亿元") == 5);                      // Hanja / hanzi
  CHECK(eok::display_width("\xEF\xBC\x91\xEF\xBC\x90") == 4);   // full-width "10"
  CHECK(eok::display_width("\xE3\x80\x80") == 2);               // ideographic space U+3000
  CHECK(eok::display_width("\xE2\x82\xA9") == 1);               // ₩ U+20A9 is narrow
  CHECK(eok::display_width("\xEF\xBF\xA6") == 2);               // ￦ U+FFE6 is full-width
  CHECK(eok::display_width("\xF0\x9F\x98\x80") == 2);           // emoji U+1F600
  CHECK(eok::display_width("\xF0\xA0\x80\x80") == 2);           // U+20000, CJK extension B
  CHECK(eok::display_width("caf\x65\xCC\x81") == 4);            // e + combining acute
}

TEST_CASE("width: decomposed Hangul takes the columns of the syllable it shows", "[width]") {
  // 한 as jamo: U+1112 U+1161 U+11AB (leading consonant 2 columns, vowel and final 0).
  CHECK(eok::display_width("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB") == 2);
  CHECK(eok::code_point_width(0x1112) == 2);
  CHECK(eok::code_point_width(0x1161) == 0);
  CHECK(eok::code_point_width(0x200B) == 0);
  CHECK(eok::code_point_width(U'A') == 1);
  CHECK(eok::code_point_width(0xAC00) == 2);
  CHECK(eok::code_point_width(0xD7A4) == 1);
  CHECK(eok::code_point_width(0x303F) == 1);
}

TEST_CASE("width: invalid bytes are shown as \\xNN and count four columns", "[width]") {
  CHECK(eok::shown_text("a\xFF" "b") == "a\\xFFb");
  CHECK(eok::display_width("a\xFF" "b") == 6);
  // A truncated sequence is one invalid byte per byte, and a stray continuation byte too.
  CHECK(eok::shown_text("\xEC\x96") == "\\xEC\\x96");
  CHECK(eok::display_width("\xEC\x96") == 8);
  CHECK(eok::shown_text("\x80억") == "\\x80억");
  CHECK(eok::display_width("\x80억") == 6);
  // Overlong and surrogate forms are not UTF-8 either.
  CHECK(eok::shown_text("\xC0\xAF") == "\\xC0\\xAF");
  CHECK(eok::shown_text("\xED\xA0\x80") == "\\xED\\xA0\\x80");
  CHECK(eok::shown_text("1090억유로") == "1090억유로");
}

TEST_CASE("date: front matter, rate files and options read dates with the same words", "[date]") {
  const auto option = eok::try_parse_date("2025-02-30");
  const auto front = eok::try_parse_iso_date("2025-02-30");
  REQUIRE_FALSE(option);
  REQUIRE_FALSE(front);
  CHECK(option.error().message() == "2025-02-30 does not exist: February 2025 has 28 days");
  CHECK(front.error().message() == option.error().message());
  CHECK(front.error().offset() == 8);
  CHECK(eok::try_parse_iso_date("2025-13-01").error().message() == "month 13 does not exist (expected 01 to 12)");
  CHECK(eok::try_parse_iso_date("2025-1-01").error().message() == "expected a date YYYY-MM-DD, found '2025-1-01'");
  CHECK(eok::to_iso_string(*eok::try_parse_iso_date("2024-02-29")) == "2024-02-29");
}
