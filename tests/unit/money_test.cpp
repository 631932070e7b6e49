#include "../support/catch.hpp"

#include <eok/core/money.hpp>

#include <string>
#include <type_traits>

using eok::currency;
using eok::decimal;
using eok::money;
using eok::rounding;

static_assert(std::is_nothrow_move_constructible_v<money>);
static_assert(std::is_copy_constructible_v<money> && std::is_copy_assignable_v<money>);
static_assert(!std::is_constructible_v<money, double, currency>, "no money from double");
static_assert(!std::is_convertible_v<std::string, money>, "no implicit parse");
static_assert(!std::is_convertible_v<decimal, money>, "an amount needs a currency");

namespace {
money m(const char* amount, currency c) { return money(decimal::parse(amount), c); }
}  // namespace

TEST_CASE("money: keeps amount, currency and scale", "[money]") {
  const money a = m("1496.810", currency::krw);
  CHECK(a.amount().to_string() == "1496.810");
  CHECK(a.cur() == currency::krw);
  CHECK(a.to_string() == "1496.810 KRW");
  CHECK(m("163152290000000", currency::krw).to_grouped_string() == "163,152,290,000,000 KRW");
  CHECK(money().to_string() == "0");
}

TEST_CASE("money: same-currency arithmetic is exact", "[money]") {
  CHECK((m("0.1", currency::usd) + m("0.2", currency::usd)).to_string() == "0.3 USD");
  CHECK((m("100", currency::eur) - m("0.01", currency::eur)).to_string() == "99.99 EUR");
  CHECK((m("1000", currency::krw) * decimal(3)).to_string() == "3000 KRW");
  CHECK(m("-5", currency::krw).negated() == m("5", currency::krw));
  money acc = m("1", currency::jpy);
  acc += m("2", currency::jpy);
  acc -= m("0.5", currency::jpy);
  CHECK(acc.to_string() == "2.5 JPY");
}

TEST_CASE("money: arithmetic across currencies throws currency_mismatch naming both codes", "[money][error]") {
  const money krw = m("163000000000000", currency::krw);
  const money eur = m("109000000000", currency::eur);
  SECTION("add") {
    try {
      (void)(krw + eur);
      FAIL("no exception");
    } catch (const eok::currency_mismatch& e) {
      CHECK(e.code() == eok::errc::currency_mismatch);
      CHECK(std::string(e.what()) == "cannot add EUR to KRW");
    }
  }
  SECTION("subtract") {
    try {
      (void)(krw - eur);
      FAIL("no exception");
    } catch (const eok::currency_mismatch& e) {
      CHECK(std::string(e.what()) == "cannot subtract EUR from KRW");
    }
  }
  SECTION("order") {
    try {
      (void)(krw < eur);
      FAIL("no exception");
    } catch (const eok::currency_mismatch& e) {
      CHECK(std::string(e.what()) == "cannot compare KRW with EUR");
    }
  }
  SECTION("equality does not throw: different currencies are unequal") {
    CHECK_FALSE(m("1", currency::eur) == m("1", currency::krw));
    CHECK(m("1", currency::eur) != m("1", currency::krw));
  }
}

TEST_CASE("money: comparison within one currency ignores scale", "[money]") {
  CHECK(m("1.50", currency::usd) == m("1.5", currency::usd));
  CHECK(m("1.49", currency::usd) < m("1.5", currency::usd));
  CHECK(m("2", currency::usd) >= m("2.00", currency::usd));
}

TEST_CASE("money: rounded() rounds to the currency's minor unit by the named mode", "[money]") {
  CHECK(m("725198643410852.5", currency::krw).rounded(rounding::half_even).to_string() == "725198643410852 KRW");
  CHECK(m("725198643410852.5", currency::krw).rounded(rounding::half_up).to_string() == "725198643410853 KRW");
  CHECK(m("12.345", currency::usd).rounded(rounding::half_even).to_string() == "12.34 USD");
  CHECK(m("12.345", currency::usd).rounded(rounding::up).to_string() == "12.35 USD");
  CHECK(m("7", currency::eur).rounded(rounding::half_even).to_string() == "7.00 EUR");
}
