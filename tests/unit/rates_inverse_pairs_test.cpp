// Issue 12: a rate table holding both directions of a pair on one date (USD/KRW 1451 and
// KRW/USD 0.0007) loaded, and the two directions then disagreed by 1.6%. A pair and its inverse
// on one date must now agree within eok::inverse_rate_tolerance_per_mille (0.1%), or the table
// does not load, and the error names both lines.
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/rates/rates_file.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

const std::string head =
    "eok_rates: 1\nsource: test\nname: Test rates\npublisher: eok tests\ncitation: \"Made-up values.\"\n"
    "url: https://example.org/\nseries:\n";

std::string series(const std::string& base, const std::string& quote, const std::string& per, const std::string& rates) {
  return "  - base: " + base + "\n    quote: " + quote + "\n    per: " + per + "\n    rates:\n" + rates;
}

std::string error_of(const std::string& yaml) {
  return eok::test::error_text([&] { (void)eok::parse_rate_table(yaml, "inv.yaml"); });
}

}  // namespace

TEST_CASE("rates_file: a pair and its inverse that disagree on a date name both lines", "[rates_file][issue12]") {
  // Lines: 8 base, 11 rates:, 12 and 13 the USD/KRW dates; 18 and 19 the KRW/USD dates.
  const std::string yaml = head +
                           series("USD", "KRW", "1", "      \"2025-02-07\": \"1450\"\n      \"2025-02-10\": \"1451\"\n") +
                           series("KRW", "USD", "1", "      \"2025-02-06\": \"0.00069\"\n      \"2025-02-10\": \"0.0007\"\n");
  CHECK(error_of(yaml) ==
        "inv.yaml:19:8: KRW/USD 0.0007 on 2025-02-10 is not the inverse of USD/KRW 1451 (line 13): their product is "
        "1.015700, more than 0.1% from 1");
}

TEST_CASE("rates_file: the inverse check reads per and names the later line whichever series comes first",
          "[rates_file][issue12]") {
  // 100 JPY = 900 KRW, so 1 KRW = 0.1111 JPY; 0.11 is 1% off.
  const std::string yaml = head + series("KRW", "JPY", "1", "      \"2025-02-10\": \"0.11\"\n") +
                           series("JPY", "KRW", "100", "      \"2025-02-10\": \"900\"\n");
  CHECK(error_of(yaml) ==
        "inv.yaml:17:8: JPY/KRW 900 per 100 on 2025-02-10 is not the inverse of KRW/JPY 0.11 (line 12): their product is "
        "0.990000, more than 0.1% from 1");
}

TEST_CASE("rates_file: a pair and its inverse within 0.1% load, at the edge too", "[rates_file][issue12]") {
  // 1451 x 0.000689 = 0.999739 (0.03% off); 1000 x 0.001001 = 1.001 exactly at the tolerance.
  const std::string close = head + series("USD", "KRW", "1", "      \"2025-02-10\": \"1451\"\n") +
                            series("KRW", "USD", "1", "      \"2025-02-10\": \"0.000689\"\n");
  CHECK(eok::parse_rate_table(close, "inv.yaml").series.size() == 2);
  const std::string edge = head + series("USD", "KRW", "1", "      \"2025-02-10\": \"1000\"\n") +
                           series("KRW", "USD", "1", "      \"2025-02-10\": \"0.001001\"\n");
  CHECK(eok::parse_rate_table(edge, "inv.yaml").series.size() == 2);
  const std::string past = head + series("USD", "KRW", "1", "      \"2025-02-10\": \"1000\"\n") +
                           series("KRW", "USD", "1", "      \"2025-02-10\": \"0.0010011\"\n");
  CHECK(error_of(past) ==
        "inv.yaml:17:8: KRW/USD 0.0010011 on 2025-02-10 is not the inverse of USD/KRW 1000 (line 12): their product "
        "is 1.001100, more than 0.1% from 1");
  // Different dates are never compared.
  const std::string apart = head + series("USD", "KRW", "1", "      \"2025-02-10\": \"1451\"\n") +
                            series("KRW", "USD", "1", "      \"2025-02-11\": \"0.0007\"\n");
  CHECK(eok::parse_rate_table(apart, "inv.yaml").series.size() == 2);
}

TEST_CASE("rates_file: the bundled tables load under the inverse rule", "[rates_file][issue12]") {
  for (const char* name : {"ecb.yaml", "fred.yaml"}) {
    const std::string path = std::string(EOK_SOURCE_DIR) + "/rates/" + name;
    REQUIRE(std::filesystem::is_regular_file(path));
    CHECK_FALSE(eok::read_rate_table(path).series.empty());
  }
}

TEST_CASE("rates_file: the two directions in two files of one load are an error naming both files",
          "[rates_file][issue12]") {
  // A source is one table: two files with the same source id cannot split a pair and its
  // inverse between them; tables of different sources are separate and may differ.
  const auto dir = std::filesystem::temp_directory_path() / "eok_inverse_pairs_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.yaml") << head + series("USD", "KRW", "1", "      \"2025-02-10\": \"1451\"\n");
  std::ofstream(dir / "b.yaml") << head + series("KRW", "USD", "1", "      \"2025-02-10\": \"0.0007\"\n");
  const std::string a = (dir / "a.yaml").string();
  const std::string b = (dir / "b.yaml").string();
  CHECK(eok::test::error_text([&] { (void)eok::load_rates(dir.string()); }) ==
        b + ":2:9: source 'test' is already defined in " + a);
  std::filesystem::remove_all(dir);
}
