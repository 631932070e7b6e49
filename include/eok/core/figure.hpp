// eok/core/figure.hpp: one figure as a reporter wrote it, made exact.
//
// A news figure is more than a number: "약 163조원" is 163조 won *and* approximate *and* only
// precise to the 조; "2조~3조원" has no single value at all; "수천억 원" says only a band. A
// `figure` keeps all of that as data next to the exact value, so later steps (conversion,
// reconciliation) can decide how strictly to compare, and nothing the wording says is dropped.
// It also records where the figure sat in its text (byte span and line), because the scanner
// and the CLI report positions. The JSON form (json.hpp) is the shape other tools rely on.
//
// Things you should know:
// - `value` is null for ranges and vague magnitudes; `low`/`high` carry their bounds then.
// - For a band (8천억원대) `value` is the stated 8천억 and [low, high) the band.
// - `low` <= `high` always. For a negative band or vague magnitude (마이너스 수천억) the band
//   mirrors: low is the exclusive end and high the stated value (-8천억원대 is (-9000억, -8000억]).
// - `precision` is the place value of the last significant digit (163조 -> 10^12).
#ifndef EOK_FIGURE_HPP
#define EOK_FIGURE_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace eok {

/// What a figure counts.
enum class figure_kind : unsigned char {
  money,    ///< an amount with a currency (1090억유로)
  number,   ///< a bare number (2025, 10)
  percent,  ///< a percentage (10%, 10 퍼센트); unit "%" (or "%p" for percentage points)
  count,    ///< a number of things or a measured quantity (12명, 1기가와트); unit says which
  rate,     ///< a stated exchange rate (100엔당 900원, 1달러=1,450원): the scanner's, see scanned_figure
};

/// Which side of a bound a figure states.
enum class bound_kind : unsigned char {
  none,       ///< no bound word
  at_most,    ///< 최대, 이하, 이내, up to: value is the largest
  less_than,  ///< 미만, below, less than: strictly less than value
  at_least,   ///< 최소, 이상, at least: value is the smallest
  more_than,  ///< 초과, 넘는, 웃도는, more than: strictly more than value
};

/// Why a figure's reading is one of several a reader could take. Korean usage leaves these open;
/// eok reads them as news means them and says so instead of guessing silently.
enum class ambiguity : unsigned char {
  none,
  missing_last_unit,  ///< 1억2천, 2조 5천: read as 1억2천만, 2조 5천억 (the myriad below the last)
  range_low_scale,    ///< 5천~1억원: the low end's myriad is not written; read as 5천만
  rate_base_assumed,  ///< 환율이 1,400원: the rate's base is not named; read as the won-dollar rate
};

namespace detail {
inline constexpr std::string_view ambiguity_names[] = {"none", "missing_last_unit", "range_low_scale",
                                                        "rate_base_assumed"};
inline constexpr std::string_view ambiguity_explanations[] = {
    "",
    "no unit after the last place word: read in the myriad below the last one (1억2천 as 1억2천만)",
    "the low end of the range has no myriad: read with the largest one that keeps it below the high end "
    "(5천~1억 as 5천만~1억)",
    "the rate does not name its base currency: read as the won-dollar rate (환율 in Korean news)",
};

/// The name of enum value `e` in `names` (its position), or `names[0]` when out of range.
template <class Enum, std::size_t N>
[[nodiscard]] constexpr std::string_view enum_name(Enum e, const std::string_view (&names)[N]) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? names[i] : names[0];
}
inline constexpr std::string_view figure_kind_names[] = {"money", "number", "percent", "count", "rate"};
inline constexpr std::string_view bound_kind_names[] = {"none", "at_most", "less_than", "at_least", "more_than"};
}  // namespace detail

/// "none", "missing_last_unit" or "range_low_scale", as JSON spells it.
[[nodiscard]] constexpr std::string_view to_string(ambiguity a) noexcept {
  return detail::enum_name(a, detail::ambiguity_names);
}

/// A sentence for people: what was assumed ("" for none).
[[nodiscard]] constexpr std::string_view explain(ambiguity a) noexcept {
  return detail::enum_name(a, detail::ambiguity_explanations);
}

/// "money", "number", "percent", "count" or "rate", as JSON spells it.
[[nodiscard]] constexpr std::string_view to_string(figure_kind k) noexcept {
  return detail::enum_name(k, detail::figure_kind_names);
}

/// "none", "at_most", "less_than", "at_least" or "more_than", as JSON spells it.
[[nodiscard]] constexpr std::string_view to_string(bound_kind b) noexcept {
  return detail::enum_name(b, detail::bound_kind_names);
}

/// One figure read from text: exact value or interval, currency, kind, precision, qualifiers
/// and where it was found.
struct figure {
  /// An empty figure: kind number, no value, no currency, no qualifiers. User-provided so that
  /// value-initialising a figure (`figure()`, `result<figure>(std::in_place)`) runs only the
  /// member initialisers below instead of zeroing the whole object first.
  figure() noexcept {}  // NOLINT(modernize-use-equals-default): `= default` would zero it

  std::string text;                 ///< the exact source bytes, qualifiers included
  std::size_t start = 0;            ///< byte offset of the first byte in the parsed input
  std::size_t end = 0;              ///< byte offset one past the last byte
  std::size_t line = 1;             ///< 1-based line of `start`
  figure_kind kind = figure_kind::number;  ///< money, number, percent or count
  std::optional<decimal> value;     ///< the exact value; null for ranges and vague magnitudes
  std::optional<decimal> low;       ///< lower end of a range, band or vague magnitude (inclusive)
  std::optional<decimal> high;      ///< upper end: inclusive for ranges, exclusive for bands and vague
  currency cur;                     ///< the currency; `!cur.valid()` when there is none
  bool currency_ambiguous = false;  ///< the name leaves the currency open ("$", "¥", "달러" alone)
  bool approximate = false;         ///< 약, 가량, 안팎, 여, about, ...
  bound_kind bound = bound_kind::none;  ///< 최대, 이상, 미만, ...
  bool vague = false;               ///< 수천억, 수조: no exact value
  decimal precision;                ///< place value of the last significant digit
  std::string unit;                 ///< counter or unit word (count), "%" or "%p" (percent), else empty

  // Additions beyond the shared contract.
  bool range = false;   ///< two ends with a separator (2조~3조원); value is null
  bool band = false;    ///< a magnitude band (8천억원대): [low, high) with high exclusive
  bool each = false;    ///< 씩 ("1억유로씩"): the amount is per item, not a total
  bool spelled = false; ///< written only in numeral words (삼천억, 一兆), no digits: the scanner
                        ///< may want to check the surrounding words before trusting it
  ambiguity reading = ambiguity::none;  ///< why this reading is one of several (JSON `ambiguous`)
};

}  // namespace eok

#endif  // EOK_FIGURE_HPP
