// The write wing: the one JSON writer (escaping, invalid bytes, layouts, decimals) and the
// formatters (rates by named places, Korean units, figure descriptions).
#include "../fuzz/json_check.hpp"
#include "../support/catch.hpp"

#include <eok/read/parse.hpp>
#include <eok/read/scan.hpp>
#include <eok/write/format.hpp>
#include <eok/write/json.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace {

using eok::decimal;
using eok::json_writer;
using eok::ratio;

std::string js(std::string_view s) {
  std::string out;
  eok::write_json_string(out, s);
  return out;
}

ratio r(const char* num, const char* den = "1") { return ratio(decimal::parse(num)) / ratio(decimal::parse(den)); }

const std::string fffd = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("json: escapes quotes, backslashes and control characters", "[write][json]") {
  CHECK(js("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(js("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
  CHECK(js(std::string("\0\x01\x1F\x7F", 4)) == "\"\\u0000\\u0001\\u001f\\u007f\"");
  CHECK(js("1090억유로 €") == "\"1090억유로 €\"");
  CHECK(js("") == "\"\"");
}

TEST_CASE("json: each byte that is not UTF-8 becomes one U+FFFD", "[write][json]") {
  CHECK(js("a\xFF" "b") == "\"a" + fffd + "b\"");
  CHECK(js("\x80") == "\"" + fffd + "\"");                          // stray continuation byte
  CHECK(js("\xC0\xAF") == "\"" + fffd + fffd + "\"");               // overlong '/'
  CHECK(js("\xE0\x80\xB1") == "\"" + fffd + fffd + fffd + "\"");    // overlong '1'
  CHECK(js("\xED\xA0\x80") == "\"" + fffd + fffd + fffd + "\"");    // lone high surrogate
  CHECK(js("\xED\xBF\xBF") == "\"" + fffd + fffd + fffd + "\"");    // lone low surrogate
  CHECK(js("\xF4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\"");  // above U+10FFFF
  CHECK(js("억\xEC\x96") == "\"억" + fffd + fffd + "\"");           // truncated at the end
  CHECK(js("\xEC\x96억") == "\"" + fffd + fffd + "억\"");           // truncated before a character
  CHECK(js("\xF0\x9F\x92\xB0") == "\"\xF0\x9F\x92\xB0\"");          // U+1F4B0 stays
  for (const std::string s : {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "a\xE5\x84", "\xF8\x88\x80\x80\x80"}) {
    INFO(s);
    CHECK(eok::test::is_valid_json(js(s)));
  }
}

TEST_CASE("json_writer: separators, nesting, null, numbers and decimals", "[write][json]") {
  std::string out;
  json_writer w(out);
  w.begin_object();
  w.key("a").number(0).key("b").number(18446744073709551615ull);
  w.key("c").decimal(decimal::parse("-1090.50")).key("d").decimal(std::optional<decimal>());
  w.key("e").boolean(true).key("f").boolean(false).key("g").null();
  w.key("h").begin_array().string("x").begin_object().end_object().begin_array().end_array().end_array();
  w.key("i").string_or_null(std::string("y")).key("j").string_or_null(std::nullopt);
  w.key("k\xFF").json("{\"z\": 1}");
  w.end_object();
  CHECK(out == "{\"a\": 0, \"b\": 18446744073709551615, \"c\": \"-1090.50\", \"d\": null, \"e\": true, \"f\": false, "
               "\"g\": null, \"h\": [\"x\", {}, []], \"i\": \"y\", \"j\": null, \"k" + fffd + "\": {\"z\": 1}}");
  CHECK(eok::test::is_valid_json(out));
}

TEST_CASE("json_writer: arrays on lines", "[write][json]") {
  std::string out;
  json_writer w(out);
  w.begin_object().key("checks").begin_array(json_writer::layout::indented_lines);
  w.begin_object().key("n").number(1).end_object();
  w.begin_object().key("n").number(2).end_object();
  w.end_array().end_object();
  CHECK(out == "{\"checks\": [\n  {\"n\": 1},\n  {\"n\": 2}\n]}");
  out.clear();
  json_writer e(out);
  e.begin_object().key("checks").begin_array(json_writer::layout::indented_lines).end_array().end_object();
  CHECK(out == "{\"checks\": []}");
  out.clear();
  json_writer l(out);
  l.begin_array(json_writer::layout::lines).number(1).appended([](std::string& b) { b += "{}"; }).end_array();
  CHECK(out == "[\n1,\n{}\n]");
}

TEST_CASE("json_writer: to a stream, through a buffer", "[write][json]") {
  std::ostringstream os;
  {
    json_writer w(os);
    for (std::size_t i = 0; i < 20000; ++i) w.begin_object().key("i").number(i).end_object().newline();
    CHECK(!os.str().empty());  // flushed before the end: the buffer stays small
    CHECK(w.buffer().size() < 70000);
  }
  const std::string out = os.str();
  CHECK(out.substr(0, 18) == "{\"i\": 0}\n{\"i\": 1}\n");
  CHECK(out.substr(out.size() - 13) == "{\"i\": 19999}\n");
  CHECK(std::count(out.begin(), out.end(), '\n') == 20000);
}

TEST_CASE("figure_to_json: the bytes the general writer writes", "[write][json]") {
  for (const char* text : {"약 163조원", "2조~3조원", "12명", "최대 500억유로", "수천억 원", "10%", "$500 billion", "8천억원대",
                           "10억위안씩", "5천~1억원"}) {
    const eok::figure f = eok::parse_figure(text);
    std::string expected;
    json_writer w(expected);
    w.begin_object();
    w.key("text").string(f.text).key("start").number(f.start).key("end").number(f.end).key("line").number(f.line);
    w.key("kind").string(to_string(f.kind)).key("value").decimal(f.value);
    w.key("currency");
    f.cur.valid() ? w.string(f.cur.code()) : w.null();
    w.key("currency_ambiguous").boolean(f.currency_ambiguous);
    w.key("approximate").boolean(f.approximate).key("bound");
    f.bound == eok::bound_kind::none ? w.null() : w.string(to_string(f.bound));
    w.key("low").decimal(f.low).key("high").decimal(f.high);
    w.key("range").boolean(f.range).key("band").boolean(f.band).key("vague").boolean(f.vague);
    w.key("precision").decimal(f.precision).key("unit");
    f.unit.empty() ? w.null() : w.string(f.unit);
    w.key("each").boolean(f.each).key("ambiguous");
    f.reading == eok::ambiguity::none ? w.null() : w.string(to_string(f.reading));
    w.end_object();
    INFO(text);
    CHECK(eok::figure_to_json(f) == expected);
  }
}

TEST_CASE("scanned figure JSON: invalid bytes in text, unit and file name become U+FFFD", "[write][json]") {
  eok::scanned_figure f;
  f.text = "1\xFF억";
  f.unit = "\xED\xA0\x80";
  f.value = decimal::parse("100000000");
  const std::string file = "a\xFF\".md";
  std::string out;
  eok::append_scanned_figure_json(out, f, &file);
  CHECK(out.find("{\"text\": \"1" + fffd + "억\", ") == 0);
  CHECK(out.find(", \"unit\": \"" + fffd + fffd + fffd + "\", ") != std::string::npos);
  CHECK(out.find(", \"file\": \"a" + fffd + "\\\".md\"}") != std::string::npos);
  CHECK(eok::test::is_valid_json(out));
  // A long hostile text takes the path that writes into the string itself.
  f.text = std::string(3000, '\xFF') + std::string(3000, '\x01');
  out.clear();
  eok::append_scanned_figure_json(out, f, &file);
  CHECK(eok::test::is_valid_json(out));
  CHECK(out.size() > 3000 * 3 + 3000 * 6);
}

TEST_CASE("format_rate: named places", "[write][format]") {
  const ratio third = r("1", "3");
  CHECK(eok::format_rate(third, eok::rate_places_sentence) == "0.3333333333333333\xE2\x80\xA6");
  CHECK(eok::format_rate(third, eok::rate_places_table) == "0.333333333333");
  CHECK(eok::format_rate(third, eok::rate_places_data) == "0.333333333333333333333333333333");
  CHECK(eok::format_rate(third, eok::rate_places_report) == "0.3333");
  // A finite rate is shown whole, except in the report, which rounds rates longer than 4 places.
  const ratio finite = r("1496.812345");
  CHECK(eok::format_rate(finite, eok::rate_places_sentence) == "1496.812345");
  CHECK(eok::format_rate(finite, eok::rate_places_table) == "1496.812345");
  CHECK(eok::format_rate(finite, eok::rate_places_report) == "1496.8123");
  CHECK(eok::format_rate(r("1496.81"), eok::rate_places_report) == "1496.81");
  CHECK(eok::format_rate(r("2", "3"), eok::rate_places_report) == "0.6667");  // half-even
}

TEST_CASE("Korean units: one convention, commas inside groups of four", "[write][format]") {
  CHECK(eok::format_korean_money(decimal::parse("163152290000000"), eok::currency::krw) == "163조 1,522억 9,000만 원");
  CHECK(eok::format_korean_money(decimal::parse("109000000000"), *eok::currency::from_code("EUR")) == "1,090억 유로");
  CHECK(eok::describe_figure(eok::parse_figure("1090억유로")) == "109,000,000,000 EUR (1,090억 유로; exact)");
  CHECK(eok::describe_figure(eok::parse_figure("8천억원대")) ==
        "800,000,000,000 KRW (8,000억 원; band 8,000억 to under 9,000억; precision 1,000억)");
  CHECK(eok::describe_figure(eok::parse_figure("1만8천장")) == "18,000 장 (1만 8,000 장; exact)");
  CHECK(eok::describe_figure(eok::parse_figure("2025")) == "2,025 (2,025; exact)");
  CHECK(eok::describe_figure(eok::parse_figure("12.5%")) == "12.5% (12.5%; exact)");
  CHECK(eok::describe_figure(eok::parse_figure("$500 billion")) ==
        "500,000,000,000 USD (5,000억 달러; exact; USD assumed; the name is ambiguous)");
}
