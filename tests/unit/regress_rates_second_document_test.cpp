// Found probing the rate loader with hostile YAML: a file holding two YAML documents (two
// tables concatenated, or a table after a stray `---`) loaded the first and dropped the second
// without a word, because yaml-cpp's Load reads one document. The loader now reads them all and
// reports a second document with content at its place; an empty one after a final `---` is fine.
// (Checked without YAML::LoadAll; see the second test.)
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/rates/rates_file.hpp>

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

// Found by fuzz_rates_file (a timeout) in the first version of the check above, which used
// YAML::LoadAll: on ",\n" yaml-cpp 0.7's LoadAll keeps returning empty documents and never ends.
// The check now walks documents as events, only when a line starts with `---` or `...`, and
// for a bounded number of documents.
TEST_CASE("regress: a stray comma in a rate file is an error, not an endless loop", "[regress][rates_file]") {
  auto error_of = [](const std::string& yaml) {
    return eok::test::error_text([&] { (void)eok::parse_rate_table(yaml, "c.yaml"); });
  };
  const std::string nothing =
      "a rate table must be a mapping with the keys eok_rates, source, name, publisher, citation, url and series, "
      "found nothing";
  CHECK(error_of(",\n") == "c.yaml:1:1: " + nothing);
  CHECK(error_of(",\n---\n,\n---\n") == "c.yaml:1:1: " + nothing);
  CHECK(error_of("a: 1\n...\nb: 2\n") == "c.yaml:3:1: a rate file holds one table, but a second YAML document starts here");
}
