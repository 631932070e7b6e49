// eok/rates/convert.hpp: converting an amount into another currency at a dated rate.
//
// A conversion is only checkable if it says everything it did, so `convert` returns a record,
// not a number: the amount given, the rounded result, the exact unrounded result, the rate as an
// exact fraction with its publication date, source and path, and the rounding mode. The rate is
// never rounded: the amount is multiplied by the exact rate (a `ratio`, since inverse and cross
// rates are not decimals) and the product is rounded once, to the target currency's minor unit,
// by the mode the caller names (default: half-even, as banks and the ECB's own conversions do).
//
// Things you should know:
// - `exact` is the unrounded result as a decimal. When it has no finite decimal expansion (most
//   cross rates), it is given to `exact_scale` (30) digits after the point, rounded half-even,
//   and `exact_terminates` is false; `exact_ratio` always holds the exact value.
// - The date of the rate actually used is in `rate.date`; under the default policy a Saturday
//   uses Friday's rate, and the record says so.
// - An average conversion (`convert_average`) uses the mean of the daily rates over a period;
//   `average` then says which publication dates went into it.
// - A figure as read from text (`convert_figure`) is more than an amount: 8천억원대 is the band
//   [8천억, 9천억), 2조~3조원 a range, 2조원 이상 a lower bound, 약 20억원 approximate. Its
//   conversion converts the stated value and both ends of its interval at the one rate, each
//   rounded by the same named mode, and keeps the figure, so its wording (approximate, bound,
//   band, range, vague) goes with the result. Never a bare point for an interval.
#ifndef EOK_CONVERT_HPP
#define EOK_CONVERT_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/figure.hpp>
#include <eok/core/money.hpp>
#include <eok/core/ratio.hpp>
#include <eok/rates/rates.hpp>

#include <optional>
#include <string_view>

namespace eok {

/// Digits after the point of `conversion::exact` when the exact result does not terminate.
inline constexpr int exact_scale = 30;

/// Everything a conversion did.
struct conversion {
  money from;                ///< the amount given
  money to;                  ///< the result, rounded to the target's minor unit by `mode`
  decimal exact;             ///< the unrounded result (see `exact_terminates`)
  bool exact_terminates = true;  ///< false: `exact` is rounded half-even to `exact_scale` digits
  ratio exact_ratio;         ///< the unrounded result as an exact fraction
  rate_quote rate;           ///< the rate used, its date, source and path
  rounding mode = rounding::half_even;  ///< how `to` was rounded
  std::optional<average_quote> average;  ///< set when the rate is a period average
};

/// `amount` converted to `to` with the rate `rate` (whose `from` must be the amount's currency;
/// otherwise `currency_mismatch`). The building block of the other two.
[[nodiscard]] conversion convert_with(const money& amount, const rate_quote& rate,
                                      rounding mode = rounding::half_even);

/// `amount` converted to `to` at the rate for `on` from `source` under `policy`; throws
/// `rate_not_found` (naming pair, date and nearest dates with rates) when there is none.
/// Example: 109,000,000,000 EUR on 2025-02-10 is 163,152,290,000,000 KRW (ECB 1496.81).
[[nodiscard]] conversion convert(const money& amount, currency to, date_type on, const rate_store& rates,
                                 const lookup_policy& policy = {}, std::string_view source = "ecb",
                                 rounding mode = rounding::half_even);

/// `amount` converted at the mean of the published daily rates in `period` (a year, a month, a
/// fiscal year: see `parse_period`); throws `rate_not_found` when the period has no rate.
[[nodiscard]] conversion convert_average(const money& amount, currency to, const date_range& period,
                                         const rate_store& rates, std::string_view source = "ecb",
                                         rounding mode = rounding::half_even);

/// A figure converted: its stated value and the ends of its interval, all at one rate.
struct figure_conversion {
  figure from;                      ///< the figure as read: approximate, bound, range, band, vague
  std::optional<conversion> value;  ///< the stated value; null for a range or a vague magnitude
  std::optional<conversion> low;    ///< the interval's low end; null when the figure has none
  std::optional<conversion> high;   ///< the interval's high end; null when the figure has none
  bool low_open = false;   ///< `low` itself is excluded (a negative band: -8천억원대 is (-9천억, -8천억])
  bool high_open = false;  ///< `high` itself is excluded (a band or vague magnitude: [low, high))
};

/// Figure `f` (money: it must have a currency, the rate's `from`) converted at `rate`: value,
/// low and high each by `convert_with` in `mode`. Throws `error(errc::invalid_argument)` for a
/// figure without a currency and `currency_mismatch` for one in another currency.
[[nodiscard]] figure_conversion convert_figure(const figure& f, const rate_quote& rate,
                                               rounding mode = rounding::half_even);

/// The same at a period's mean rate (`rate_store::get_average`): each conversion has `average`.
[[nodiscard]] figure_conversion convert_figure(const figure& f, const average_quote& average,
                                               rounding mode = rounding::half_even);

}  // namespace eok

#endif  // EOK_CONVERT_HPP
