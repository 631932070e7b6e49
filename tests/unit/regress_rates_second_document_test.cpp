// Found probing the rate loader with hostile YAML: a file holding two YAML documents (two
// tables concatenated, or a table after a stray `---`) loaded the first and dropped the second
// without a word, because yaml-cpp's Load reads one document. The loader now reads them all and
// reports a second document with content at its place; an empty one after a final `---` is fine.
#include "../support/catch.hpp"

#include <eok/rates_file.hpp>

#include <string>

TEST_CASE("regress: a second YAML document in a rate file is an error, not dropped", "[regress][rates_file]") {
  const std::string table =
      "eok_rates: 1\nsource: test\nname: Test rates\npublisher: eok tests\ncitation: \"Made-up values.\"\n"
      "url: https://example.org/\nseries:\n  - base: EUR\n    quote: KRW\n    per: 1\n    rates:\n"
      "      \"2025-02-10\": \"1496.81\"\n";
  try {
    (void)eok::parse_rate_table(table + "---\n" + table, "two.yaml");
    FAIL("no error");
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::invalid_rate_file);
    CHECK(e.line() == 14);
    CHECK(e.column() == 1);
    CHECK(e.file() == "two.yaml");
    CHECK(std::string(e.what()) == "two.yaml:14:1: a rate file holds one table, but a second YAML document starts here");
  }
  CHECK(eok::parse_rate_table(table + "---\n", "one.yaml").series.size() == 1);
}
