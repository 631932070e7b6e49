// Issue 12: `eok convert 8천억원대` converted a band as one exact point, `2조원 이상` dropped its
// bound and 약 was lost. convert_figure converts the stated value and both ends of an interval
// at one rate and keeps the figure's wording. Expected values by hand: 1 EUR = 1496.81 KRW.
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/rates/convert.hpp>
#include <eok/read/parse.hpp>

#include <string>

using eok::currency;

namespace {

eok::rate_quote eur_krw() {
  return eok::rate_quote{currency::eur, currency::krw, eok::ratio(eok::decimal::parse("1496.81")),
                         eok::parse_date("2025-02-10"), "ecb", {currency::eur, currency::krw}};
}

std::string to_of(const std::optional<eok::conversion>& c) { return c ? c->to.amount().to_string() : "none"; }

}  // namespace

TEST_CASE("convert_figure: a band converts both ends and its stated value, high end open", "[convert][issue12]") {
  const auto c = eok::convert_figure(eok::parse_figure("8억유로대"), eur_krw());
  CHECK(to_of(c.value) == "1197448000000");
  CHECK(to_of(c.low) == "1197448000000");
  CHECK(to_of(c.high) == "1347129000000");  // 9억 x 1496.81
  CHECK_FALSE(c.low_open);
  CHECK(c.high_open);
  CHECK(c.from.band);
}

TEST_CASE("convert_figure: a negative band has its low end open", "[convert][issue12]") {
  const auto c = eok::convert_figure(eok::parse_figure("-8억유로대"), eur_krw());
  CHECK(to_of(c.low) == "-1347129000000");
  CHECK(to_of(c.high) == "-1197448000000");
  CHECK(c.low_open);
  CHECK_FALSE(c.high_open);
}

TEST_CASE("convert_figure: a range has no value and two closed ends", "[convert][issue12]") {
  const auto c = eok::convert_figure(eok::parse_figure("2~3유로"), eur_krw());
  CHECK(to_of(c.value) == "none");
  CHECK(to_of(c.low) == "2994");  // 2993.62, half-even to the won
  CHECK(to_of(c.high) == "4490");  // 4490.43
  CHECK(c.low->exact.to_string() == "2993.62");
  CHECK_FALSE(c.low_open);
  CHECK_FALSE(c.high_open);
  const auto down = eok::convert_figure(eok::parse_figure("2~3유로"), eur_krw(), eok::rounding::floor);
  CHECK(to_of(down.low) == "2993");
  CHECK(down.low->mode == eok::rounding::floor);
}

TEST_CASE("convert_figure: approximate and bound go with the result", "[convert][issue12]") {
  const auto about = eok::convert_figure(eok::parse_figure("약 1억유로"), eur_krw());
  CHECK(to_of(about.value) == "149681000000");
  CHECK(about.from.approximate);
  CHECK(to_of(about.low) == "none");
  const auto least = eok::convert_figure(eok::parse_figure("2억유로 이상"), eur_krw());
  CHECK(to_of(least.value) == "299362000000");
  CHECK(least.from.bound == eok::bound_kind::at_least);
}

TEST_CASE("convert_figure: no currency or another currency is an error", "[convert][issue12]") {
  CHECK(eok::test::error_text([] { (void)eok::convert_figure(eok::parse_figure("8천억"), eur_krw()); }) ==
        "cannot convert '8천억': it has no currency");
  CHECK(eok::test::error_text([] { (void)eok::convert_figure(eok::parse_figure("8천억원"), eur_krw()); }) ==
        "cannot convert KRW with a rate from EUR");
}
