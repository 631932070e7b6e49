// eok/core/money.hpp: an exact amount in one currency.
//
// A figure in the news is a number *and* a currency, and the two must never be separated by
// accident: 109,000,000,000 EUR plus 163조 KRW is not a number without a dated exchange rate.
// `money` pairs an exact `decimal` with a `currency`. Arithmetic and ordering across two
// currencies throw `currency_mismatch` naming both codes ("cannot add EUR to KRW"); currencies
// are known only at run time, so this cannot be a compile error as it is in mp-units. Equality
// is the exception: a regular type's `==` must not throw, so 1 EUR == 1 KRW is simply false.
//
// Things you should know:
// - No constructor takes `double`; build the amount as a `decimal`.
// - Scale is kept (`1.50 USD` prints as such); `rounded(mode)` rounds to the currency's minor
//   units (0 for KRW and JPY, 2 for USD and EUR) with a rounding mode you name.
// - Converting to another currency is `eok::convert` (convert.hpp), which needs a date and a
//   rate table.
#ifndef EOK_MONEY_HPP
#define EOK_MONEY_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/error.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

namespace eok {

/// An exact decimal amount in one currency: `money(decimal::parse("1496.81"), currency::krw)`.
class money {
public:
  /// Zero in no currency.
  money() = default;

  /// `amount` units of `cur`.
  money(decimal amount, currency cur) noexcept : amount_(std::move(amount)), cur_(cur) {}

  money(double, currency) = delete;
  money(float, currency) = delete;

  /// The exact amount.
  [[nodiscard]] const decimal& amount() const noexcept { return amount_; }
  /// The currency.
  [[nodiscard]] currency cur() const noexcept { return cur_; }

  /// The amount rounded to the currency's minor units (KRW: whole won; USD: cents) by `mode`.
  [[nodiscard]] money rounded(rounding mode) const {
    return money(amount_.rescaled(cur_.minor_units(), mode), cur_);
  }

  /// The amount negated.
  [[nodiscard]] money negated() const { return money(-amount_, cur_); }

  /// Plain digits then the code: "109000000000 EUR", "-12.50 USD".
  [[nodiscard]] std::string to_string() const { return with_code(amount_.to_string()); }

  /// Grouped digits then the code: "163,152,290,000,000 KRW".
  [[nodiscard]] std::string to_grouped_string() const { return with_code(amount_.to_grouped_string()); }

  /// Sum; throws `currency_mismatch` ("cannot add EUR to KRW") if the currencies differ.
  friend money operator+(const money& a, const money& b) {
    require_same(a, b, "add", "to");
    return money(a.amount_ + b.amount_, a.cur_);
  }
  /// Difference; throws `currency_mismatch` ("cannot subtract EUR from KRW").
  friend money operator-(const money& a, const money& b) {
    require_same(a, b, "subtract", "from");
    return money(a.amount_ - b.amount_, a.cur_);
  }
  money& operator+=(const money& o) { return *this = *this + o; }
  money& operator-=(const money& o) { return *this = *this - o; }

  /// Scaling by a pure number keeps the currency: 1,000 KRW × 3 is 3,000 KRW.
  friend money operator*(const money& a, const decimal& factor) { return money(a.amount_ * factor, a.cur_); }
  friend money operator*(const decimal& factor, const money& a) { return a * factor; }

  /// Same currency and equal value (scale does not matter); different currencies are unequal.
  friend bool operator==(const money& a, const money& b) { return a.cur_ == b.cur_ && a.amount_ == b.amount_; }
  friend bool operator!=(const money& a, const money& b) { return !(a == b); }

  /// Ordering; throws `currency_mismatch` ("cannot compare KRW with EUR") if the currencies differ.
  friend bool operator<(const money& a, const money& b) { return ordered(a, b) < 0; }
  friend bool operator>(const money& a, const money& b) { return ordered(a, b) > 0; }
  friend bool operator<=(const money& a, const money& b) { return ordered(a, b) <= 0; }
  friend bool operator>=(const money& a, const money& b) { return ordered(a, b) >= 0; }

  /// Writes `to_string()` (src/core/money.cpp, so this header needs only <iosfwd>).
  friend std::ostream& operator<<(std::ostream& os, const money& m);

private:
  /// `amount` then a space and the code, or `amount` alone when there is no currency.
  std::string with_code(std::string amount) const {
    if (cur_.valid()) {
      amount += ' ';
      amount += cur_.code();
    }
    return amount;
  }

  static std::string code_of(currency c) { return c.valid() ? std::string(c.code()) : std::string("(no currency)"); }

  /// Throws "cannot VERB <b's code> PREP <a's code>" unless a and b share a currency.
  static void require_same(const money& a, const money& b, std::string_view verb, std::string_view prep) {
    if (a.cur_ == b.cur_) return;
    throw currency_mismatch(errc::currency_mismatch, "cannot " + std::string(verb) + ' ' + code_of(b.cur_) +
                                                         ' ' + std::string(prep) + ' ' + code_of(a.cur_));
  }

  static int ordered(const money& a, const money& b) {
    if (a.cur_ != b.cur_) {
      throw currency_mismatch(errc::currency_mismatch,
                              "cannot compare " + code_of(a.cur_) + " with " + code_of(b.cur_));
    }
    return compare(a.amount_, b.amount_);
  }

  decimal amount_;
  currency cur_;
};

}  // namespace eok

#endif  // EOK_MONEY_HPP
