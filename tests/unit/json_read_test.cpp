// The strict JSON reader (read/json.hpp): values, and every error at its position.
#include "../support/catch.hpp"

#include <eok/read/json.hpp>

#include <string>

using namespace eok;

namespace {

/// The error message and position of reading `text`, as "line:column: message".
std::string error_of(const std::string& text) {
  try {
    (void)read_json(text);
  } catch (const parse_error& e) {
    return std::to_string(e.position().line) + ":" + std::to_string(e.position().column) + ": " + e.message();
  }
  return "no error";
}

}  // namespace

TEST_CASE("json reader: objects keep their members in order, numbers their text", "[json]") {
  const json_value v = read_json(R"( {"id": "a1", "n": -12.50e+3, "ok": true, "no": false, "x": null, "list": [1, [], {}]} )");
  REQUIRE(v.is_object());
  REQUIRE(v.members().size() == 6);
  CHECK(v.members()[0].first == "id");
  CHECK(v.find("id")->text() == "a1");
  CHECK(v.find("n")->is_number());
  CHECK(v.find("n")->text() == "-12.50e+3");
  CHECK(v.find("ok")->boolean());
  CHECK(v.find("no")->is_bool());
  CHECK_FALSE(v.find("no")->boolean());
  CHECK(v.find("x")->is_null());
  CHECK(v.find("list")->items().size() == 3);
  CHECK(v.find("list")->items()[1].is_array());
  CHECK(v.find("list")->items()[2].is_object());
  CHECK(v.find("missing") == nullptr);
  CHECK(v.find("id")->offset() == 8);
}

TEST_CASE("json reader: escapes, surrogate pairs and UTF-8 text", "[json]") {
  CHECK(read_json(R"("a\"b\\c\/d\n\t\b\f\r")").text() == "a\"b\\c/d\n\t\b\f\r");
  CHECK(read_json(R"("\uc5b5\uC6D0")").text() == "억원");
  CHECK(read_json(R"("\ud83d\ude00")").text() == "\xF0\x9F\x98\x80");
  CHECK(read_json("\"1090억유로\"").text() == "1090억유로");
}

TEST_CASE("json reader: every error names its line and column", "[json]") {
  CHECK(error_of("") == "1:1: JSON: a value is missing (end of text)");
  CHECK(error_of("{\"a\": 1,}") == "1:9: JSON: expected a key in quotes, found '}'");
  CHECK(error_of("[1, 2") == "1:6: JSON: expected ',' or ']' in an array, found 'end of text'");
  CHECK(error_of("{\"a\": 1, \"a\": 2}") == "1:10: JSON: the key \"a\" is given twice");
  CHECK(error_of("{\"a\" 1}") == "1:6: JSON: expected ':' after a key, found '1'");
  CHECK(error_of("{\n  \"text\": \"억\x01\"}") == "2:13: JSON: a control character must be escaped in a string");
  CHECK(error_of("\"\xFF\"") == "1:2: JSON: a byte that is not UTF-8 in a string");
  CHECK(error_of("\"abc") == "1:1: JSON: a string is not closed");
  CHECK(error_of("\"\\x\"") == "1:2: JSON: unknown escape '\\x'");
  CHECK(error_of("\"\\u12g4\"") == "1:6: JSON: \\u needs four hex digits");
  CHECK(error_of("\"\\ude00\"") == "1:2: JSON: a lone low surrogate \\u escape");
  CHECK(error_of("\"\\ud83d\"") == "1:2: JSON: a high surrogate \\u escape without its low half");
  CHECK(error_of("012") == "1:2: JSON: a number cannot have a leading zero");
  CHECK(error_of("1.") == "1:3: JSON: a number needs digits after its decimal point");
  CHECK(error_of("-") == "1:2: JSON: a number needs a digit after '-'");
  CHECK(error_of("1e") == "1:3: JSON: a number needs digits in its exponent");
  CHECK(error_of("NaN") == "1:1: JSON: unexpected 'N' where a value should start");
  CHECK(error_of("{} x") == "1:4: JSON: unexpected 'x' after the JSON value");
  CHECK(error_of("{\"a\": 1} // c") == "1:10: JSON: unexpected '/' after the JSON value");
  CHECK(error_of("'a'") == "1:1: JSON: unexpected ''' where a value should start");
}

TEST_CASE("json reader: nesting is bounded", "[json]") {
  const std::string ok = std::string(max_json_depth, '[') + std::string(max_json_depth, ']');
  CHECK(read_json(ok).is_array());
  const std::string deep = std::string(max_json_depth + 1, '[') + std::string(max_json_depth + 1, ']');
  CHECK(error_of(deep) == "1:65: JSON: nested deeper than 64 levels");
  CHECK(error_of(std::string(100000, '[')) == "1:65: JSON: nested deeper than 64 levels");
}
