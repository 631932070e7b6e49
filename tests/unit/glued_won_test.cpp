// Issue 12: `W1.5 trillion` (won in Korean English-language papers) was missed. "W" glued before
// digits is KRW (currency_names.hpp, glued_digits), in the parser and the scanner alike; "W"
// alone, "W.", "W 5", "5 W", "KW1", "W3C" and "BMW 5" stay what they were.
#include "../support/catch.hpp"

#include <eok/lexicon/currency_names.hpp>
#include <eok/read/parse.hpp>
#include <eok/read/scan.hpp>

#include <string>
#include <vector>

namespace {

/// "text=value currency" for each figure the scanner finds.
std::vector<std::string> scanned(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& f : eok::scan_text(text)) {
    out.push_back(f.text + "=" + (f.value ? f.value->to_string() : "-") + " " +
                  (f.cur.valid() ? std::string(f.cur.code()) : "none"));
  }
  return out;
}

std::string parse_error_of(const char* text) {
  const auto r = eok::try_parse_figure(text);
  return r ? "parsed" : r.error().what();
}

}  // namespace

TEST_CASE("glued won: the lexicon reads W only glued to a digit", "[lexicon][issue12]") {
  const auto m = eok::match_glued_currency_prefix("W1.5");
  REQUIRE(m);
  CHECK(m->value == eok::currency::krw);
  CHECK(m->length == 1);
  CHECK_FALSE(m->ambiguous);
  CHECK_FALSE(eok::match_glued_currency_prefix("W"));
  CHECK_FALSE(eok::match_glued_currency_prefix("W 5"));
  CHECK_FALSE(eok::match_glued_currency_prefix("W."));
  CHECK_FALSE(eok::match_glued_currency_prefix("w5"));
  // Not a word after an amount, not a name on its own, not before a space.
  CHECK_FALSE(eok::match_currency_prefix("W"));
  CHECK_FALSE(eok::find_currency("W"));
  CHECK_FALSE(eok::match_currency_suffix("W "));
}

TEST_CASE("glued won: the parser reads W1.5 trillion as 1.5조 KRW", "[parse][issue12]") {
  const eok::figure f = eok::parse_figure("W1.5 trillion");
  CHECK(f.value->to_string() == "1500000000000");
  CHECK(f.cur == eok::currency::krw);
  CHECK(f.kind == eok::figure_kind::money);
  CHECK_FALSE(f.currency_ambiguous);
  CHECK(eok::parse_figure("W300 billion").value->to_string() == "300000000000");
  CHECK(eok::parse_figure("W500,000").value->to_string() == "500000");
  CHECK(eok::parse_figure("about W2.3 bln").approximate);
  CHECK(parse_error_of("W") == "parse error at line 1, column 1: expected a figure, found 'W'");
  CHECK(parse_error_of("W.") == "parse error at line 1, column 1: expected a figure, found 'W'");
  CHECK(parse_error_of("W 5") == "parse error at line 1, column 1: expected a figure, found 'W'");
  CHECK(parse_error_of("5 W") == "parse error at line 1, column 3: 'W' cannot follow the figure '5'");
  CHECK(parse_error_of("W3C") == "parse error at line 1, column 3: 'C' cannot follow the figure 'W3'");
  CHECK(parse_error_of("KW1") == "parse error at line 1, column 1: expected a figure, found 'K'");
}

TEST_CASE("glued won: the scanner finds W1.5 trillion and nothing in W3C, KW1, BMW 5", "[scan][issue12]") {
  CHECK(scanned("Samsung posted W1.5 trillion in operating profit.") ==
        std::vector<std::string>{"W1.5 trillion=1500000000000 KRW"});
  CHECK(scanned("The W3C, KW1 parts, W. Bush and a W 5 gap.") == std::vector<std::string>{"5=5 none"});
  CHECK(scanned("BMW 5 series (W2.3 bln) at W500,000 each") ==
        std::vector<std::string>{"5=5 none", "W2.3 bln=2300000000 KRW", "W500,000=500000 KRW"});
  CHECK(scanned("W3Cx").empty());
}

// Issue 12 asked that a numeral word agree between parser and scanner: `eok parse 이만수` was
// an error while the scanner took 2만 from it. Both refuse it now; 이만 alone is 2만 to both.
TEST_CASE("spelled numerals: parser and scanner agree on 이만수 and 이만", "[parse][scan][issue12]") {
  CHECK(parse_error_of("이만수") == "parse error at line 1, column 3: '수' cannot follow the figure '이만'");
  CHECK(eok::scan_text("이만수").empty());
  CHECK(eok::parse_figure("이만").value->to_string() == "20000");
  CHECK(scanned("이만 명") == std::vector<std::string>{"이만 명=20000 none"});
}
