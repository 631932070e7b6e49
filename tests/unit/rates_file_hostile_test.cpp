// Rate tables someone else wrote, at their worst: the cases tests/unit/rates_file_test.cpp
// does not already pin (it covers malformed YAML, wrong types, impossible dates, zero and
// negative rates, duplicate dates, unknown currencies and all-or-nothing loading). Each is an
// error with file, line and column, or loads exactly as written; see docs/robustness.md.
#include "../support/catch.hpp"

#include <eok/rates/rates_file.hpp>

#include <string>

namespace {

std::string outcome(const std::string& yaml) {
  try {
    const eok::rate_table t = eok::parse_rate_table(yaml, "t.yaml");
    return "loaded " + std::to_string(t.series.size()) + " series";
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::invalid_rate_file);
    return e.what();
  }
}

const std::string head =
    "eok_rates: 1\nsource: test\nname: Test rates\npublisher: eok tests\ncitation: \"Made-up values.\"\n"
    "url: https://example.org/\nseries:\n";
const std::string series = "  - base: EUR\n    quote: KRW\n    per: 1\n    rates:\n";
const std::string one_rate = "      \"2025-02-10\": \"1496.81\"\n";

}  // namespace

TEST_CASE("rates_file: duplicate keys are errors wherever they are", "[rates_file][hostile]") {
  CHECK(outcome("eok_rates: 1\nsource: test\nsource: other\n" + head.substr(26) + series + one_rate) ==
        "t.yaml:3:1: duplicate key 'source' in the table");
  CHECK(outcome(head + "  - base: EUR\n    base: USD\n    quote: KRW\n    per: 1\n    rates:\n" + one_rate) ==
        "t.yaml:9:5: duplicate key 'base' in a series");
  // A series repeated through a YAML alias is still the same series twice.
  CHECK(outcome(head + "  - &s\n    base: EUR\n    quote: KRW\n    per: 1\n    rates: {\"2025-02-10\": \"1\"}\n  - *s\n") ==
        "t.yaml:8:5: series EUR/KRW appears twice (first at line 8)");
}

TEST_CASE("rates_file: deep nesting is an error, not a stack overflow", "[rates_file][hostile]") {
  CHECK(outcome(head + series + "      \"2025-02-10\": " + std::string(100'000, '[') + "\n") ==
        "t.yaml:13:1: invalid YAML: bad file");
}

TEST_CASE("rates_file: values that only look like rates", "[rates_file][hostile]") {
  const std::string at = head + series + "      \"2025-02-10\": ";
  CHECK(outcome(at + "\"+1\"\n") ==
        "t.yaml:12:22: expected a decimal rate such as \"1496.81\" (digits, optionally a point and digits), found '+1'");
  CHECK(outcome(at + "\"1e3\"\n") ==
        "t.yaml:12:23: expected a decimal rate such as \"1496.81\" (digits, optionally a point and digits), found '1e3'");
  CHECK(outcome(at + "\"-0\"\n") == "t.yaml:12:22: a rate must be greater than zero, found '-0'");
  CHECK(outcome(at + "\"0.000\"\n") == "t.yaml:12:22: a rate must be greater than zero, found '0.000'");
  CHECK(outcome(at + "~\n") == "t.yaml:12:21: expected a rate as a quoted decimal such as \"1496.81\", found nothing");
  CHECK(outcome(at + "!!float \"1\"\n") ==
        "t.yaml:12:21: rate values must be quoted, as \"1\", so that no YAML reader turns them into binary floating "
        "point");
  CHECK(outcome(at + "\"" + std::string(1000, '1') + "\"\n").substr(0, 50) ==
        "t.yaml:12:22: a rate may have at most 18 digits, f");
}

TEST_CASE("rates_file: dates and codes that do not exist", "[rates_file][hostile]") {
  CHECK(outcome(head + series + "      \"2023-02-29\": \"1\"\n") ==
        "t.yaml:12:16: 2023-02-29 does not exist: February 2023 has 28 days");
  CHECK(outcome(head + series + "      \"2024-02-29\": \"1\"\n") == "loaded 1 series");
  CHECK(outcome(head + series + "      \"2025-13-01\": \"1\"\n") ==
        "t.yaml:12:13: month 13 does not exist (expected 01 to 12)");
  CHECK(outcome(head + series + "      \"\": \"1\"\n") == "t.yaml:12:8: expected a date YYYY-MM-DD, found ''");
  CHECK(outcome(head + "  - base: eur\n    quote: KRW\n    per: 1\n    rates: {\"2025-02-10\": \"1\"}\n") ==
        "t.yaml:8:11: unknown currency code 'eur'");
  CHECK(outcome(head + "  - base: EUR\n    quote: KRW\n    per: -1\n    rates: {\"2025-02-10\": \"1\"}\n") ==
        "t.yaml:10:10: per must be a whole number from 1 to 999999999999999999, found '-1'");
}

TEST_CASE("rates_file: a byte-order mark and document markers are fine", "[rates_file][hostile]") {
  CHECK(outcome("\xEF\xBB\xBF" + head + series + one_rate) == "loaded 1 series");
  CHECK(outcome("---\n" + head + series + one_rate) == "loaded 1 series");
  CHECK(outcome(head + series + one_rate + "...\n") == "loaded 1 series");
  CHECK(outcome(head + series + one_rate + "---\n") == "loaded 1 series");
}

TEST_CASE("rates_file: tabs, NUL bytes and invalid UTF-8 are errors with a place", "[rates_file][hostile]") {
  CHECK(outcome(head + series + "\t\"2025-02-10\": \"1\"\n") == "t.yaml:12:2: invalid YAML: end of map not found");
  const auto nul = outcome(head + series + std::string("      \"2025-02-10\": \"1\0\"\n", 25));
  CHECK(nul == "t.yaml:12:23: expected a decimal rate such as \"1496.81\" (digits, optionally a point and digits), found '1\\x00'");
  const auto bad = outcome(head + series + "      \"2025-02-10\": \"1\xFF\"\n");
  CHECK(bad == "t.yaml:12:23: expected a decimal rate such as \"1496.81\" (digits, optionally a point and digits), found '1\\xFF'");
}
