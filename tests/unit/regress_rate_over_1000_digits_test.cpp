// Found by fuzz_rates_file (invariant "every error is invalid_rate_file"): a rate of more than
// 1,000 digits reached decimal::parse, whose own limit threw errc::number_too_long without the
// file's name. The loader now checks a rate's size on its text first, and reports any error of
// decimal::try_parse (such as 1,100 leading zeros) as a rate-file error at its position.
#include "../support/catch.hpp"

#include <eok/rates/rates_file.hpp>

#include <string>

TEST_CASE("regress: a rate of over a thousand digits is a rate-file error", "[regress][rates_file]") {
  const std::string head =
      "eok_rates: 1\nsource: test\nname: Test rates\npublisher: eok tests\ncitation: \"Made-up values.\"\n"
      "url: https://example.org/\nseries:\n  - base: EUR\n    quote: KRW\n    per: 1\n    rates:\n"
      "      \"2025-02-10\": \"";
  for (const std::string& rate : {std::string(1001, '7'), "1." + std::string(1200, '5')}) {
    try {
      (void)eok::parse_rate_table(head + rate + "\"\n", "long.yaml");
      FAIL("no error");
    } catch (const eok::error& e) {
      CHECK(e.code() == eok::errc::invalid_rate_file);
      CHECK(std::string(e.what()) == "long.yaml:12:22: a rate may have at most 18 digits, found '" + rate + "'");
    }
  }
  // Zeros before the first digit do not count as the rate's digits, but the text still has
  // decimal's limit of 1,000 digits; zero itself is not a rate.
  try {
    (void)eok::parse_rate_table(head + std::string(1100, '0') + "1\"\n", "lead.yaml");
    FAIL("no error");
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::invalid_rate_file);
    CHECK(std::string(e.what()) == "lead.yaml:12:1022: a number may have at most 1000 digits");
  }
  CHECK(eok::parse_rate_table(head + std::string(40, '0') + "1496.81\"\n", "zeros.yaml").series.size() == 1);
  try {
    (void)eok::parse_rate_table(head + "0.000\"\n", "zero.yaml");
    FAIL("no error");
  } catch (const eok::error& e) {
    CHECK(std::string(e.what()) == "zero.yaml:12:22: a rate must be greater than zero, found '0.000'");
  }
}
