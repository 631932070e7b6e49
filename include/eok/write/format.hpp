// eok/write/format.hpp: how eok writes numbers for people: rates, Korean units, figures.
//
// One formatter for each thing, so every command shows it the same way:
//
// - **Rates**: `format_rate(r, places)`. A rate is an exact ratio; it is shown as its finite
//   decimal when it has one, else rounded half-even to a named number of places (the
//   `rate_places` constants below say which output uses which, and why).
// - **Korean units**: `decimal::to_korean_string()` (core) is the one Korean-unit convention:
//   myriad groups (만 억 조 경 ...) with commas *inside* each group of four digits, zero groups
//   left out, the fraction on the last group: `163조 1,522억 9,000만`, `1,090억`, `1만 2,345.67`.
//   `format_korean_money` adds the currency's Korean name; `describe_figure` (`eok parse`,
//   `eok scan --table`) and `eok convert` both use it.
// - **Dates**: `format_date` (text/date.hpp) is the one ISO `YYYY-MM-DD` formatter.
#ifndef EOK_WRITE_FORMAT_HPP
#define EOK_WRITE_FORMAT_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/figure.hpp>
#include <eok/core/ratio.hpp>

#include <string>

namespace eok {

/// How a rate is shown: the places of a rounded rate, and whether a rate with a finite decimal
/// longer than that is shown whole or rounded too.
struct rate_places {
  int places;          ///< digits after the point of a rounded rate (half-even)
  bool finite_whole;   ///< a finite decimal is shown whole, however long (else rounded too)
  bool mark_rounded;   ///< a rounded rate ends in "…" (for readers, not for machines)
};

/// Rates in sentences people read (`eok convert`, `eok scan --convert-to`): 16 places is more
/// than any published rate has, and "…" says the shown digits are not the whole rate.
inline constexpr rate_places rate_places_sentence{16, true, true};
/// Rates in a table of many rows (`eok rates show`): 12 places keeps the column narrow; the
/// table's header says that rates which are not finite decimals are rounded.
inline constexpr rate_places rate_places_table{12, true, false};
/// Rates for machines (`eok convert --json`, `eok rates show --json`): `exact_scale` (30)
/// places, the precision of the conversion itself, and no mark (the exact ratio is beside it).
inline constexpr rate_places rate_places_data{30, true, false};
/// Rates in the reconciliation report (text, Markdown, HTML and JSON): 4 places, the precision
/// of the rates news articles quote and compare against; longer finite rates are rounded too.
inline constexpr rate_places rate_places_report{4, false, false};

/// `r` as a decimal string by `p` (see `rate_places`): "1450.25", "0.000689655172…".
[[nodiscard]] std::string format_rate(const ratio& r, const rate_places& p);

/// An amount in Korean units followed by the currency's Korean name, or its code when Korean
/// news has no settled name for it: "1,090억 유로", "5,000만 CRC".
[[nodiscard]] std::string format_korean_money(const decimal& amount, currency cur);

/// The one-line human description `eok parse` prints after the arrow, e.g.
/// `109,000,000,000 EUR (1,090억 유로; exact)` or
/// `163,000,000,000,000 KRW (163조 원; approximate; precision 1조)`.
[[nodiscard]] std::string describe_figure(const figure& f);

}  // namespace eok

#endif  // EOK_WRITE_FORMAT_HPP
