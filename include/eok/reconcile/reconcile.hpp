// eok/reconcile/reconcile.hpp: do the money figures in the news add up, and if not, why not?
//
// A reported figure is not a number but a claim about an interval: "약 163조원" says the amount
// lies within a rounding unit of 163조, and a conversion "1090억유로(약 163조원)" says that some
// exchange rate in (162.5조 / 1090억, 163.5조 / 1090억) was used. Reconciliation is therefore
// interval arithmetic, done exactly: every bound is a `ratio`, so "does this fit?" never depends
// on a rounding made along the way, and the only rounding anywhere is in what is displayed.
//
// The engine sees rates through one narrow interface, `rate_oracle` (three function objects: the
// rates of every source on a date, the published history of a pair, and the currencies there are
// rates for). The command line feeds it from the bundled ECB and Federal Reserve tables; the unit
// tests feed it hand-computed rates, so the verdict and diagnosis logic is tested independently of
// any data file. Articles come in as `article` values (figures, conversion links, relations), so
// the same checks run on scanned news text, on a claims file, or on figures built by hand.
//
// Things you should know:
// - Trailing zeros in a figure are not taken as significant: news writes "1조7,000억" for 1.7조,
//   so its rounding unit is 1,000억, not 1억 (`rounding_unit`).
// - In a conversion X (약 Y) the first figure X is taken at its stated value: the reporter
//   multiplied the number as written. Bound words around the pair ("…를 웃도는") bound the claim,
//   not the conversion, so a conversion check reads both figures without them.
// - Verdicts try the strict reading first (half a unit either side); `consistent_loose` means only
//   the loose reading of an approximate figure (a whole unit either side, which also covers a
//   figure truncated instead of rounded) fits.
// - Diagnoses are tried in a fixed order (unit slip, wrong currency, rate date) and the first
//   that explains the figure is reported; `unexplained` when none does.
#ifndef EOK_RECONCILE_HPP
#define EOK_RECONCILE_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/figure.hpp>
#include <eok/core/ratio.hpp>

#include <date/date.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eok {

// ---- intervals ----------------------------------------------------------------------------

/// A set of exact values between two ends, each open or closed; an absent end is unbounded.
/// An interval is empty when its ends cross (or meet with an open side).
struct interval {
  std::optional<ratio> low;   ///< lower end; nothing means unbounded below
  std::optional<ratio> high;  ///< upper end; nothing means unbounded above
  bool low_open = false;      ///< whether `low` itself is excluded
  bool high_open = false;     ///< whether `high` itself is excluded

  /// [low, high].
  [[nodiscard]] static interval closed(ratio lo, ratio hi) { return {std::move(lo), std::move(hi), false, false}; }
  /// [low, high).
  [[nodiscard]] static interval half_open(ratio lo, ratio hi) { return {std::move(lo), std::move(hi), false, true}; }
  /// (low, high).
  [[nodiscard]] static interval open(ratio lo, ratio hi) { return {std::move(lo), std::move(hi), true, true}; }
  /// The single value v.
  [[nodiscard]] static interval point(const ratio& v) { return closed(v, v); }

  /// Whether no value satisfies both ends.
  [[nodiscard]] bool empty() const;
  /// Whether v lies in the interval.
  [[nodiscard]] bool contains(const ratio& v) const;
  /// The interval with both ends multiplied by `factor` (> 0).
  [[nodiscard]] interval scaled(const ratio& factor) const;
  /// "[1490.8256, 1500)" with each end shown to `places` digits, rounded outward (down for
  /// the lower end, up for the upper), so the text always covers the exact interval.
  [[nodiscard]] std::string to_string(int places) const;

  friend bool operator==(const interval& a, const interval& b) {
    return a.low == b.low && a.high == b.high && a.low_open == b.low_open && a.high_open == b.high_open;
  }
  friend bool operator!=(const interval& a, const interval& b) { return !(a == b); }
};

/// The values both intervals hold.
[[nodiscard]] interval intersection(const interval& a, const interval& b);
/// Whether the intervals share a value.
[[nodiscard]] bool overlaps(const interval& a, const interval& b);
/// { x·y : x in a, y in b } for intervals of non-negative values.
[[nodiscard]] interval product(const interval& a, const interval& b);
/// { x/y : x in a, y in b } for non-negative a and positive b (a zero lower end of b makes the
/// result unbounded above).
[[nodiscard]] interval quotient(const interval& a, const interval& b);

// ---- figures as intervals -----------------------------------------------------------------

/// How generously a rounded figure is read.
enum class reading : unsigned char {
  strict,  ///< rounded to nearest: [v − u/2, v + u/2)
  loose,   ///< for an approximate figure, also truncated or loosely rounded: (v − u, v + u)
};

/// The unit a figure is rounded to: its `precision`, made coarser to the place of its last
/// non-zero digit (1조7,000억 → 1,000억; 163조 → 1조; 7억5,000만 → 1,000만).
[[nodiscard]] decimal rounding_unit(const figure& f);

/// The amount a figure states, read as an interval: a value by its rounding unit (the loose
/// reading applies only to approximate figures; others read strictly either way), a range as
/// [low, high], a band or vague magnitude as [low, high), and bound words as written (최대 v:
/// [0, v]; 미만 v: [0, v); 이상 v: [v, ∞); 초과 v: (v, ∞)). Nothing for a figure without a value
/// or ends.
[[nodiscard]] std::optional<interval> figure_interval(const figure& f, reading r);

/// Like `figure_interval` but ignoring bound words: the amount itself, as a conversion reads it.
[[nodiscard]] std::optional<interval> amount_interval(const figure& f, reading r);

// ---- articles -----------------------------------------------------------------------------

/// figures[to] states figures[from] in another currency: "1090억유로(약 163조원)".
struct conversion_link {
  std::size_t from = 0;  ///< index of the figure converted (X)
  std::size_t to = 0;    ///< index of the converted figure (Y)
  friend bool operator==(const conversion_link& a, const conversion_link& b) { return a.from == b.from && a.to == b.to; }
};

/// How two figures of one article are said to relate.
enum class relation_kind : unsigned char {
  total,       ///< parts times a count: "1억유로씩 총 3억유로" (result = total, base = each)
  part,        ///< a fraction of a whole: "총 15억 유로 … 이 중 절반인 7억5,000만 유로"
  multiple,    ///< a multiple or ratio of another: "78억달러의 약 9배", "20분의 1", "두 배"
  per_period,  ///< a yearly amount over a period: "5년간 매년 50억 유로" against a stated total
};

/// figures[result] = figures[base] × factor, as the text says. For `total` with no stated count
/// the factor is absent and any whole count of at least 2 will do.
struct relation {
  relation_kind kind = relation_kind::multiple;
  std::size_t result = 0;          ///< the figure stated as the product
  std::size_t base = 0;            ///< the figure it is computed from
  std::optional<ratio> factor;     ///< the stated factor (3 people, 1/2, 9, 1/20, 5 years)
  bool factor_approximate = false; ///< "약 9배": the factor itself is rounded
  std::string cue;                 ///< the words that state it ("의 약 9배", "이 중 절반인")
};

/// One article (or one claim): where it comes from, its date, and its figures and links.
struct article {
  std::string id;      ///< file name or claim id
  std::string source;  ///< publication
  std::string title;
  std::string url;
  date::sys_days date{};  ///< publication date; conversions are checked against its rates
  std::string text;       ///< body text the figures' byte offsets refer to (may be empty)
  std::vector<figure> figures;
  std::vector<conversion_link> conversions;
  std::vector<relation> relations;
};

/// The relations the wording of `a.text` states between `a.figures` (which must carry byte
/// offsets into the text): 씩 … 총, 이 중 절반, 의 N배 / 두 배, 의 N분의 M, N년간 매년 … 총.
[[nodiscard]] std::vector<relation> find_relations(const article& a);

// ---- rates --------------------------------------------------------------------------------

/// One published rate: units of the quote currency per unit of the base currency.
struct reference_rate {
  ratio rate;
  date::sys_days date{};  ///< the date the rate was published for
  std::string source;     ///< "ecb", "fred", ...
  friend bool operator==(const reference_rate& a, const reference_rate& b) {
    return a.rate == b.rate && a.date == b.date && a.source == b.source;
  }
};

/// Where reconciliation gets its rates. Each member is a plain function object, so tests can
/// feed hand-computed rates; `rate_oracle_from(bundled_rates())` feeds the bundled tables.
struct rate_oracle {
  /// The rate of every loaded source for from → to on `on` (each source's latest on or before
  /// it, within that source's gap limit); empty when there is none.
  std::function<std::vector<reference_rate>(currency from, currency to, date::sys_days on)> on_date;
  /// Every published rate for from → to dated within [first, last], all sources, any order.
  std::function<std::vector<reference_rate>(currency from, currency to, date::sys_days first,
                                            date::sys_days last)>
      history;
  /// The currencies that may be quoted against others (candidates for a wrong currency).
  std::vector<currency> currencies;
};

class rate_store;

/// The oracle over a rate store: every source of `store` (ECB, Federal Reserve, files loaded
/// with `load_rates`), or only those named in `sources`, each looked up on or before the date,
/// at most 7 days back; the history of a pair from `rate_store::series`; the currencies the
/// sources quote. `rate_oracle_from(bundled_rates(), {"ecb"})` checks against the ECB alone.
[[nodiscard]] rate_oracle rate_oracle_from(const rate_store& store, const std::vector<std::string>& sources = {});

// ---- reading articles and claims ----------------------------------------------------------

/// An article read from UTF-8 text with YAML front matter (`date` required; `source`, `title`,
/// `url` optional): figures from the scanner, conversions from its links, relations from
/// `find_relations`. `id` names it in reports (the file name). Throws `parse_error` for
/// malformed front matter or a missing date, with the position in `text`.
[[nodiscard]] article read_article(std::string_view text, std::string id);

/// Claims from a YAML list of `{id, source, date, text}`; each claim becomes an article whose
/// body is its text. Throws `parse_error` naming `file:line:column` for anything else.
[[nodiscard]] std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name);

// ---- checks -------------------------------------------------------------------------------

/// What was checked.
enum class check_kind : unsigned char { conversion, relation, agreement };

/// The outcome of a check.
enum class verdict : unsigned char {
  consistent,        ///< the strict reading fits
  consistent_loose,  ///< only the loose reading of an approximate figure fits
  inconsistent,      ///< no reading fits
  undetermined,      ///< no rate data to check against
};

/// Why a check came out as it did. The first four diagnose an inconsistent conversion, in the
/// order they are tried; the others describe outliers and how members of an agreement differ.
enum class reason : unsigned char {
  unit_slip,       ///< a factor of 10, 10^3, 10^4 or 10^8 (만/억/조) away from consistent
  wrong_currency,  ///< fits another currency's rate that day
  rate_date,       ///< fits a rate published within the window before the article
  unexplained,     ///< none of the above
  outlier,         ///< disagrees with the article's other conversions of the same pair
  rounding,        ///< members differ only within their rounding
  conversion,      ///< a member's own conversion is inconsistent
  conflict,        ///< members state amounts that cannot be the same
};

/// "conversion", "relation", "agreement".
[[nodiscard]] std::string_view to_string(check_kind k) noexcept;
/// "consistent", "consistent_loose", "inconsistent", "undetermined".
[[nodiscard]] std::string_view to_string(verdict v) noexcept;
/// "unit_slip", "wrong_currency", "rate_date", ... as JSON spells them.
[[nodiscard]] std::string_view to_string(reason r) noexcept;

/// A figure in a set of articles.
struct figure_ref {
  std::size_t article = 0;
  std::size_t figure = 0;
  friend bool operator==(const figure_ref& a, const figure_ref& b) { return a.article == b.article && a.figure == b.figure; }
  friend bool operator!=(const figure_ref& a, const figure_ref& b) { return !(a == b); }
};

/// One check and what it found. Fields that do not apply to a kind stay empty.
struct check {
  check_kind kind = check_kind::conversion;
  std::size_t article = 0;            ///< the article checked (an agreement: its first member's)
  std::vector<figure_ref> figures;    ///< conversion: X, Y; relation: result, base; agreement: members
  verdict result = verdict::undetermined;
  std::vector<reason> reasons;

  // conversion
  currency from;                            ///< X's currency
  currency to;                              ///< Y's currency
  std::optional<interval> implied_rate;     ///< Y's interval / X (the reading the verdict used, strict when inconsistent)
  std::optional<interval> loose_rate;       ///< the same with Y's loose reading
  std::optional<interval> reference_band;   ///< lowest to highest source rate, widened by the tolerance
  std::vector<reference_rate> rates;        ///< every source's rate on the article date
  std::optional<reference_rate> reference;  ///< the rate named in the explanation
  std::optional<date::sys_days> best_date;  ///< rate_date: the latest date whose rate fits
  std::optional<decimal> corrected;         ///< unit_slip: Y as it should read
  std::optional<ratio> slip_factor;         ///< unit_slip: corrected = Y × slip_factor
  currency fits_currency;                   ///< wrong_currency: the currency whose rate fits
  std::optional<figure_ref> outlier_of;     ///< outlier: a conversion of the same article it disagrees with

  // relation
  std::optional<relation> stated;           ///< the relation checked
  std::optional<interval> expected;         ///< base × factor: where the result should lie
  std::optional<ratio> implied_count;       ///< total without a stated count: the count that fits

  // agreement
  std::optional<std::size_t> canonical;     ///< index into `figures` of the canonical member
};

/// Settings of a reconciliation run.
struct reconcile_options {
  /// Half-width of the source tolerance as a fraction: 0.005 widens the band by 0.5% each way,
  /// for the spread between ECB, Federal Reserve and Seoul market rates.
  decimal tolerance = decimal::from_parts(5, 3);
  /// How many days before the article a `rate_date` diagnosis may look.
  int rate_date_window_days = 400;
};

/// Checks one conversion of article `a` (index `article_index` in its set) against `rates`.
[[nodiscard]] check check_conversion(const article& a, std::size_t article_index, const conversion_link& link,
                                     const rate_oracle& rates, const reconcile_options& options = {});

/// Checks one stated relation of article `a`.
[[nodiscard]] check check_relation(const article& a, std::size_t article_index, const relation& rel);

/// Every check on a set of articles, in order: per article its conversions (in figure order,
/// outliers flagged) then its relations; then the agreements across articles.
[[nodiscard]] std::vector<check> reconcile(const std::vector<article>& articles, const rate_oracle& rates,
                                           const reconcile_options& options = {});

/// Whether every check is consistent (loosely or strictly); undetermined checks count as not.
[[nodiscard]] bool all_consistent(const std::vector<check>& checks) noexcept;

}  // namespace eok

#endif  // EOK_RECONCILE_HPP
