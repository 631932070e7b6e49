// eok/reconcile/checks.hpp: the checks a reconciliation makes (conversions, relations, agreements across
// articles) and what each found.
//
// - In a conversion X (약 Y) the first figure X is taken at its stated value: the reporter
//   multiplied the number as written. Bound words around the pair ("…를 웃도는") bound the claim,
//   not the conversion, so a conversion check reads both figures without them.
// - Verdicts try the strict reading first (half a unit either side); `consistent_loose` means only
//   the loose reading of an approximate figure (a whole unit either side, which also covers a
//   figure truncated instead of rounded) fits.
// - Diagnoses are tried in a fixed order (unit slip, wrong currency, rate date) and the first
//   that explains the figure is reported; `unexplained` when none does.
#ifndef EOK_RECONCILE_CHECKS_HPP
#define EOK_RECONCILE_CHECKS_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/ratio.hpp>
#include <eok/reconcile/article.hpp>
#include <eok/reconcile/interval.hpp>
#include <eok/reconcile/rate_oracle.hpp>

#include <date/date.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace eok {

// ---- checks -------------------------------------------------------------------------------

/// What was checked.
enum class check_kind : unsigned char {
  conversion,   ///< X (약 Y): the implied rate against the reference rates
  relation,     ///< figures of one article tied by their wording (씩 … 총, 절반, 두 배)
  agreement,    ///< the same claim reported by several articles
  stated_rate,  ///< a stated exchange rate (100엔당 900원) against the reference rates
};

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
  restated,        ///< one subject stated two ways in one article (in all, or every year)
};

/// "conversion", "relation", "agreement", "stated_rate".
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

/// What a conversion check X (약 Y) found.
struct conversion_details {
  currency from;                            ///< X's currency
  currency to;                              ///< Y's currency
  std::optional<interval> implied_rate;     ///< Y's interval / X (the reading the verdict used, strict when inconsistent)
  std::optional<interval> loose_rate;       ///< the same with Y's loose reading
  std::optional<interval> reference_band;   ///< lowest to highest source rate, widened by the tolerance
  std::vector<rate_quote> rates;            ///< every source's rate on the article date
  std::optional<rate_quote> reference;      ///< the rate named in the explanation
  std::optional<date::sys_days> best_date;  ///< rate_date: the latest date whose rate fits
  /// rate_date: every stretch of publication dates in the window whose rates fit (a date fits
  /// when some source's rate that day lies in the loose implied interval; a stretch ends at a
  /// publication date where none does), oldest first, each as [first, last].
  std::vector<std::pair<date::sys_days, date::sys_days>> fitting_dates;
  std::optional<decimal> corrected;         ///< unit_slip: Y as it should read
  std::optional<ratio> slip_factor;         ///< unit_slip: corrected = Y × slip_factor
  currency fits_currency;                   ///< wrong_currency: the currency whose rate fits
  std::optional<figure_ref> outlier_of;     ///< outlier: a conversion of the same article it disagrees with
  std::optional<date::sys_days> rates_end;  ///< undetermined: the last date with a rate, when the article is later
};

/// What a relation check found.
struct relation_details {
  relation stated;                     ///< the relation checked
  std::optional<interval> expected;    ///< base × factor: where the result should lie
  std::optional<ratio> implied_count;  ///< total without a stated count: the count that fits
  std::optional<decimal> corrected;    ///< unit_slip: the result as it should read
  std::optional<ratio> slip_factor;    ///< unit_slip: corrected = result × slip_factor
};

/// A member of an agreement whose own conversion is inconsistent.
struct member_conversion {
  std::size_t member = 0;  ///< index into `check::figures`
  std::size_t check = 0;   ///< index of the conversion check in the run's checks
};

/// What an agreement check across articles found. Every member states the canonical member's
/// value at the coarser of their two precisions, with the same bound words and `each`, and its
/// sentence shares at least `lexicon::min_shared_words` content words with the canonical's.
struct agreement_details {
  currency cur;                          ///< the members' currency
  std::optional<std::size_t> canonical;  ///< index into `check::figures` of the canonical member
  std::vector<std::string> evidence;     ///< the content words members share with the canonical, sorted
  std::vector<member_conversion> wrong_conversions;  ///< members converted wrongly (not a red flag here)
};

/// What a stated exchange rate (`100엔당 900원`: base JPY, quote KRW, per 100) was checked against.
struct stated_rate_details {
  currency base;                            ///< the currency priced (JPY)
  currency quote;                           ///< the currency it is priced in (KRW)
  decimal per = decimal(1);                 ///< how many units of `base` the stated value is for
  std::optional<interval> stated;           ///< the stated rate per one unit of base (strict reading)
  std::optional<interval> stated_loose;     ///< the same, loose
  std::optional<interval> reference_band;   ///< the sources' rates on the article date, widened by the tolerance
  std::vector<rate_quote> rates;            ///< every source's rate on the article date
  std::optional<rate_quote> reference;      ///< the source rate nearest the stated one
};

/// One check and what it found: what every kind has, and the findings of its kind in `details`
/// (`kind` always names the alternative `details` holds).
struct check {
  check_kind kind = check_kind::conversion;
  std::size_t article = 0;            ///< the article checked (an agreement: its first member's)
  std::vector<figure_ref> figures;    ///< conversion: X, Y; relation: result, base; agreement: members
  verdict result = verdict::undetermined;
  std::vector<reason> reasons;
  std::variant<conversion_details, relation_details, agreement_details, stated_rate_details> details;

  check() = default;
  /// A check of the kind of `d`, with its findings so far.
  explicit check(conversion_details d) : kind(check_kind::conversion), details(std::move(d)) {}
  explicit check(relation_details d) : kind(check_kind::relation), details(std::move(d)) {}
  explicit check(agreement_details d) : kind(check_kind::agreement), details(std::move(d)) {}
  explicit check(stated_rate_details d) : kind(check_kind::stated_rate), details(std::move(d)) {}

  /// The findings of a conversion check; throws `std::bad_variant_access` for another kind.
  [[nodiscard]] const conversion_details& as_conversion() const { return std::get<conversion_details>(details); }
  [[nodiscard]] conversion_details& as_conversion() { return std::get<conversion_details>(details); }
  /// The findings of a relation check; throws `std::bad_variant_access` for another kind.
  [[nodiscard]] const relation_details& as_relation() const { return std::get<relation_details>(details); }
  [[nodiscard]] relation_details& as_relation() { return std::get<relation_details>(details); }
  /// The findings of an agreement check; throws `std::bad_variant_access` for another kind.
  [[nodiscard]] const agreement_details& as_agreement() const { return std::get<agreement_details>(details); }
  [[nodiscard]] agreement_details& as_agreement() { return std::get<agreement_details>(details); }
  /// The findings of a stated-rate check; throws `std::bad_variant_access` for another kind.
  [[nodiscard]] const stated_rate_details& as_stated_rate() const { return std::get<stated_rate_details>(details); }
  [[nodiscard]] stated_rate_details& as_stated_rate() { return std::get<stated_rate_details>(details); }
};

/// Settings of a reconciliation run.
struct reconcile_options {
  /// Half-width of the source tolerance as a fraction: 0.005 widens the band by 0.5% each way,
  /// for the spread between ECB, Federal Reserve and Seoul market rates.
  decimal tolerance = decimal::from_parts(5, 3);
  /// How many days before the article a `rate_date` diagnosis may look.
  int rate_date_window_days = 400;
  /// Which checks reports show (`--only`): empty for all, a verdict ("inconsistent") or a kind
  /// ("agreement"). Checks keep their numbers in the whole run either way.
  std::string only;
};

/// Whether reports show `c` under `options.only`.
[[nodiscard]] bool shown(const check& c, const reconcile_options& options);

/// Whether `only` names a verdict or a check kind (what `--only` accepts).
[[nodiscard]] bool valid_only(std::string_view only) noexcept;

/// Checks one conversion of article `a` (index `article_index` in its set) against `rates`.
[[nodiscard]] check check_conversion(const article& a, std::size_t article_index, const conversion_link& link,
                                     const rate_oracle& rates, const reconcile_options& options = {});

/// Checks one stated relation of article `a`.
[[nodiscard]] check check_relation(const article& a, std::size_t article_index, const relation& rel);

/// The checks of one article at a time (conversions in figure order with outliers flagged,
/// relations, stated rates), with the rates memoized over the dates of a whole run: the map
/// step of a reconciliation. `articles` only sets the span of dates to fetch rates for; the
/// checker keeps references to nothing but `rates`.
class article_checker {
public:
  article_checker(const std::vector<article>& articles, const rate_oracle& rates, const reconcile_options& options = {});
  /// A checker for articles dated within [first, last] (rates are fetched from
  /// `first - options.rate_date_window_days`), for a run whose articles are not known ahead.
  article_checker(const rate_oracle& rates, date::sys_days first, date::sys_days last,
                  const reconcile_options& options = {});
  ~article_checker();
  article_checker(const article_checker&) = delete;
  article_checker& operator=(const article_checker&) = delete;
  /// The checks of `a`, the article at index `article_index` of the run.
  [[nodiscard]] std::vector<check> checks_of(const article& a, std::size_t article_index);
  /// The same, appended to `out` (no check is moved on the way).
  void checks_of(const article& a, std::size_t article_index, std::vector<check>& out);

private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// A figure that may be a member of an agreement, with everything the agreement step needs of
/// its article: what one article contributes to the reduce step, so agreements across
/// articles are found from candidates alone. Money figures stating one amount (no range,
/// band or vague magnitude), not themselves a conversion's target, are candidates.
struct agreement_candidate {
  figure_ref ref;                   ///< the figure, by article index in the run
  currency cur;                     ///< the currency
  bound_kind bound = bound_kind::none;  ///< 최대, 이상 ...: members agree on the bound
  bool each = false;                ///< 씩: members agree on it
  decimal value;                    ///< the stated value, normalized
  int unit_exponent = 0;            ///< its rounding unit is 10^unit_exponent
  std::vector<std::string> words;   ///< `context_words` of its sentence
  /// The run's index of the figure's own conversion check when that check is inconsistent.
  std::optional<std::size_t> wrong_conversion;
  /// When the figure's own conversion holds: the converted figure's currency and strict
  /// interval. Members stating one value whose holding conversions do not overlap were
  /// converted at different rates, i.e. on different dates (the `rate_date` reason).
  std::optional<currency> converted_cur;
  std::optional<interval> converted;
};

/// What members of one agreement must share besides the value: currency, bound words and 씩,
/// as a key ("EUR|at_most|", "KRW|none|each").
[[nodiscard]] std::string agreement_claim(const agreement_candidate& c);

/// The agreement candidates of article `a` (index `article_index` in the run). `checks` holds
/// the run's checks so far, those of `a` starting at `first_check`.
[[nodiscard]] std::vector<agreement_candidate> agreement_candidates(const article& a, std::size_t article_index,
                                                                    const std::vector<check>& checks,
                                                                    std::size_t first_check);

/// The agreements among `candidates` (of any articles), sorted by their first member. Keyed
/// by (currency, bound, each, value at precision): figures are bucketed by that key at their
/// own precision, a figure joins the finest coarser bucket it rounds into (half-even) that
/// holds another article's figure, and a bucket splits by context: each canonical member (in
/// order) takes every member whose sentence shares `lexicon::min_shared_words` content words
/// with its own, one figure per article. Hashing and an index of words; no step compares all
/// pairs.
[[nodiscard]] std::vector<check> find_agreements(const std::vector<agreement_candidate>& candidates);

/// Every check on a set of articles, in order: per article its conversions (in figure order,
/// outliers flagged) then its relations; then the agreements across articles.
[[nodiscard]] std::vector<check> reconcile(const std::vector<article>& articles, const rate_oracle& rates,
                                           const reconcile_options& options = {});

/// The sentence around byte `at` of `text`: from just after the previous boundary (a line end,
/// or '.', '?' or '!' followed by a space or line end) to the next, as [begin, end).
[[nodiscard]] std::pair<std::size_t, std::size_t> sentence_at(std::string_view text, std::size_t at);

/// The content words of the sentence holding the figure at [figure_begin, figure_end) of
/// `text`, the figure itself left out: words of Hangul, Latin letters or ideographs, without
/// their particles, with verb forms, generic nouns and single syllables dropped
/// (lexicon/stop_words.hpp); sorted, each once. "캐나다 자산관리회사 브룩필드도 프랑스 AI 인프라
/// 구축에 … 200억유로를 투자하기로 했다" gives 구축, 브룩필드, 인프라, 자산관리회사, 캐나다, 프랑스.
[[nodiscard]] std::vector<std::string> context_words(std::string_view text, std::size_t figure_begin,
                                                     std::size_t figure_end);

/// Whether every check is consistent (loosely or strictly); undetermined checks count as not.
[[nodiscard]] bool all_consistent(const std::vector<check>& checks) noexcept;

}  // namespace eok

#endif  // EOK_RECONCILE_CHECKS_HPP
