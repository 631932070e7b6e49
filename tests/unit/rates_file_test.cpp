// The YAML loader: valid tables, and one exact error text (file:line:column: reason) per kind
// of mistake. Test tables: tests/data/rates (see its README).
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/rates/rates_file.hpp>

#include <string>

using eok::currency;
using eok::decimal;
using eok::ratio;

namespace {
const std::string data = std::string(EOK_TEST_DATA_DIR) + "/rates/";
eok::date_type day(const char* s) { return eok::parse_date(s); }
using eok::test::error_text;
std::string load_error(const std::string& name) {
  return error_text([&] { (void)eok::load_rates(data + name); });
}
std::string parse_error_of(const std::string& yaml) {
  return error_text([&] { (void)eok::parse_rate_table(yaml, "t.yaml"); });
}
const std::string head =
    "eok_rates: 1\nsource: test\nname: Test rates\npublisher: eok tests\ncitation: \"Made-up values.\"\n"
    "url: https://example.org/\nseries:\n";
}  // namespace

TEST_CASE("rates_file: a user table with per 100 loads and converts", "[rates_file]") {
  const eok::rate_store store = eok::load_rates(data + "user/bok.yaml");
  REQUIRE(store.sources().size() == 1);
  CHECK(store.sources()[0].id == "bok");
  CHECK(store.sources()[0].name == "매매기준율 (test values)");
  const auto yen = store.get(currency::jpy, currency::krw, day("2025-02-10"), {}, "bok");
  CHECK(yen.rate == ratio(decimal::parse("9.5788")));  // 957.88 won per 100 yen
  const auto cross = store.get(currency::usd, currency::jpy, day("2025-02-09"), {}, "bok");
  CHECK(cross.rate == ratio(decimal::parse("1453.20")) / ratio(decimal::parse("9.5904")));
  CHECK(eok::format_date(cross.date) == "2025-02-07");
}

TEST_CASE("rates_file: a directory loads every *.yaml; a user ecb replaces the bundled one", "[rates_file]") {
  const eok::rate_store dir = eok::load_rates(data + "user");
  CHECK(dir.sources().size() == 1);
  eok::rate_store store = eok::bundled_rates();
  eok::add_rates(store, data + "ecb_override.yaml");
  REQUIRE(store.sources().size() == 2);
  CHECK(store.sources()[0].citation == "Source: ECB (one published value) and one made-up value, for tests.");
  CHECK(store.coverage("ecb").size() == 1);
  CHECK_FALSE(store.find(currency::eur, currency::usd, day("2025-02-10")));
  CHECK(store.get(currency::eur, currency::krw, day("2025-02-11")).rate == ratio(decimal::parse("1496.81")));
  CHECK(store.has_source("fred"));
}

TEST_CASE("rates_file: nothing is half-loaded", "[rates_file][error]") {
  eok::rate_store store = eok::bundled_rates();
  CHECK_THROWS_AS(eok::add_rates(store, data + "dup_source"), eok::error);
  CHECK_THROWS_AS(eok::add_rates(store, data + "broken"), eok::error);
  CHECK(store.sources().size() == 2);
  CHECK(store.coverage("ecb").size() == 41);
  CHECK(load_error("dup_source") == data + "dup_source/b.yaml:2:9: source 'bok' is already defined in " + data +
                                        "dup_source/a.yaml");
  CHECK(load_error("nope.yaml") == data + "nope.yaml: cannot read rate file: No such file or directory");
  CHECK(load_error("..") == data + "..: no *.yaml rate tables in this directory");
}

TEST_CASE("rates_file: each broken table names file, line, column and reason", "[rates_file][error]") {
  const std::string b = data + "broken/";
  CHECK(load_error("broken/impossible_date.yaml") ==
        b + "impossible_date.yaml:13:16: 2025-02-30 does not exist: February 2025 has 28 days");
  CHECK(load_error("broken/zero_rate.yaml") == b + "zero_rate.yaml:13:22: a rate must be greater than zero, found '0'");
  CHECK(load_error("broken/negative_rate.yaml") ==
        b + "negative_rate.yaml:13:22: a rate must be greater than zero, found '-1496.81'");
  CHECK(load_error("broken/duplicate_date.yaml") ==
        b + "duplicate_date.yaml:13:8: duplicate date 2025-02-07 (first given at line 12)");
  CHECK(load_error("broken/unknown_currency.yaml") == b + "unknown_currency.yaml:9:12: unknown currency code 'KRX'");
  CHECK(load_error("broken/missing_key.yaml") == b + "missing_key.yaml:8:5: a series is missing the key 'per'");
  CHECK(load_error("broken/wrong_type.yaml") ==
        b + "wrong_type.yaml:10:10: per must be a whole number from 1 to 999999999999999999, found 'one'");
  CHECK(load_error("broken/malformed.yaml") == b + "malformed.yaml:13:6: invalid YAML: end of map not found");
  CHECK(load_error("broken/unquoted_value.yaml") ==
        b + "unquoted_value.yaml:13:21: rate values must be quoted, as \"1496.81\", so that no YAML reader turns them "
            "into binary floating point");
  try {
    (void)eok::load_rates(b + "zero_rate.yaml");
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::invalid_rate_file);
    CHECK(e.line() == 13);
    CHECK(e.column() == 22);
    CHECK(e.file() == b + "zero_rate.yaml");
    CHECK(e.message() == "a rate must be greater than zero, found '0'");
  }
}

TEST_CASE("rates_file: schema errors in text", "[rates_file][error]") {
  const std::string series = "  - base: EUR\n    quote: KRW\n    per: 1\n    rates:\n";
  CHECK(parse_error_of(head + series + "      \"2025-02-10\": \"1,496.81\"\n") ==
        "t.yaml:12:23: expected a decimal rate such as \"1496.81\" (digits, optionally a point and digits), found "
        "'1,496.81'");
  CHECK(parse_error_of(head + series + "      \"2025-02-10\": \"1496.\"\n") ==
        "t.yaml:12:27: expected a digit after '.' in '1496.'");
  CHECK(parse_error_of(head + series + "      \"2025-02-10\": \"1234567890.123456789\"\n") ==
        "t.yaml:12:22: a rate may have at most 18 digits, found '1234567890.123456789'");
  CHECK(parse_error_of(head + series + "      \"2025-02-11\": \"1\"\n      \"2025-02-10\": \"1\"\n") ==
        "t.yaml:13:8: dates must be ascending: 2025-02-10 comes after 2025-02-11");
  CHECK(parse_error_of(head + series + "      2025/02/10: \"1\"\n") ==
        "t.yaml:12:11: expected a date YYYY-MM-DD, found '2025/02/10'");
  CHECK(parse_error_of(head + series + "      \"2025-02-10\": [1]\n") ==
        "t.yaml:12:21: expected a rate as a quoted decimal such as \"1496.81\", found a list");
  CHECK(parse_error_of(head + "  - base: EUR\n    qoute: KRW\n") ==
        "t.yaml:9:5: unknown key 'qoute' in a series (expected base, quote, per, series_id, rates)");
  CHECK(parse_error_of(head + "  - base: EUR\n    quote: EUR\n    per: 1\n    rates: {\"2025-02-10\": \"1\"}\n") ==
        "t.yaml:9:12: a series cannot price a currency in itself");
  CHECK(parse_error_of(head + "  - base: EUR\n    quote: KRW\n    per: 0\n    rates: {\"2025-02-10\": \"1\"}\n") ==
        "t.yaml:10:10: per must be a whole number from 1 to 999999999999999999, found '0'");
  CHECK(parse_error_of(head + "  - base: EUR\n    quote: KRW\n    per: 1\n    rates:\n") ==
        "t.yaml:11:5: rates must be a mapping of at least one \"YYYY-MM-DD\": \"value\" pair, found nothing");
  CHECK(parse_error_of(head + series + "      \"2025-02-10\": \"1\"\n  - base: KRW\n    quote: EUR\n    per: 1\n"
                              "    rates: {\"2025-02-10\": \"1\"}\n  - base: EUR\n    quote: KRW\n    per: 1\n"
                              "    rates: {\"2025-02-10\": \"1\"}\n") ==
        "t.yaml:17:5: series EUR/KRW appears twice (first at line 8)");
  CHECK(parse_error_of("eok_rates: 2\n") == "t.yaml:1:12: unsupported schema version 2 (this eok reads eok_rates: 1)");
  CHECK(parse_error_of("eok_rates: 1\n") == "t.yaml:1:1: the table is missing the key 'source'");
  CHECK(parse_error_of("- 1\n") ==
        "t.yaml:1:1: a rate table must be a mapping with the keys eok_rates, source, name, publisher, citation, url "
        "and series, found a list");
  CHECK(parse_error_of("") ==
        "t.yaml:1:1: a rate table must be a mapping with the keys eok_rates, source, name, publisher, citation, url "
        "and series, found nothing");
  CHECK(parse_error_of(head + "series2: 1\n") ==
        "t.yaml:8:1: unknown key 'series2' in the table (expected eok_rates, source, name, publisher, citation, url, "
        "series)");
  std::string with_source = head;
  with_source.replace(with_source.find("source: test"), 12, "source: 한국은행");
  CHECK(parse_error_of(with_source + series + "      \"2025-02-10\": \"1\"\n") ==
        "t.yaml:2:9: source must be lower-case letters, digits, '_' or '-', found '한국은행'");
  CHECK(parse_error_of(head.substr(0, head.size() - 8) + "series: 3\n") ==
        "t.yaml:7:9: series must be a list of at least one series, found '3'");
}

TEST_CASE("rates_file: columns count code points, not bytes", "[rates_file][error]") {
  // '원화' is six bytes but two columns: KRX is at column 39 (byte 43).
  const std::string yaml = head + "  - {series_id: 원화, base: EUR, quote: KRX, per: 1, rates: {\"2025-02-10\": \"1\"}}\n";
  CHECK(parse_error_of(yaml) == "t.yaml:8:39: unknown currency code 'KRX'");
}
