// eok/reconcile/article.hpp: the article model: an article's figures, the scanner's links
// between them, and the relations its wording states.
//
// The links are what the scanner reported (scan.hpp): which figure converts which, which is a
// total, which recurs every year over how many years. `find_relations` builds on them and reads
// the text only for the words that tie two figures together (lexicon/relation_words.hpp).
#ifndef EOK_RECONCILE_ARTICLE_HPP
#define EOK_RECONCILE_ARTICLE_HPP

#include <eok/core/figure.hpp>
#include <eok/core/ratio.hpp>
#include <eok/read/scan.hpp>

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace eok {

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
  sum,         ///< listed parts and their total: "15억달러와 10억달러를 합친 총 25억달러" (base = first part)
  restated,    ///< one subject stated two ways: "5년간 50억 유로" (in all) and "5년간 매년 50억 유로" (a year)
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
  std::vector<std::size_t> parts;  ///< `sum`: every listed part, `base` first
};

/// What the scanner reported of one figure besides its conversion (scanned_figure in scan.hpp):
/// `총 3억유로` is a total; `5년간 매년 50억 유로` (or 매해, 해마다, 연간) recurs every year over
/// five years. `figure::each` says `1억유로씩`.
struct figure_links {
  bool total = false;                 ///< the amount is a total
  std::optional<period_unit> per;     ///< the amount recurs every `per`
  std::optional<period_length> over;  ///< the span the amount is spread over
  currency rate_base;                 ///< a stated rate (kind rate): the currency priced (JPY in 100엔당 900원)
  std::optional<decimal> rate_per;    ///< a stated rate: how many units of `rate_base` its value is for (100)
  friend bool operator==(const figure_links& a, const figure_links& b) {
    return a.total == b.total && a.per == b.per && a.over == b.over && a.rate_base == b.rate_base &&
           a.rate_per == b.rate_per;
  }
};

/// Where an article's date comes from.
enum class date_origin : unsigned char {
  caller,        ///< set by the program that built the article (a claims file, a test)
  front_matter,  ///< the front matter's `date:`
  byline,        ///< the page's byline or dateline (read/dateline.hpp)
  page_meta,     ///< an HTML page's <meta property="article:published_time"> or <time datetime>
  option,        ///< `--date`, for an article that states none
  none,          ///< no date at all: its conversions are undetermined (`date_reason` says why)
  record,        ///< an archive record's "date" (read_archive_record)
};

/// "caller", "front_matter", "byline", "page_meta", "option", "none", "record", as JSON spells them.
[[nodiscard]] std::string_view to_string(date_origin o) noexcept;

/// One article (or one claim): where it comes from, its date, and its figures and links.
struct article {
  std::string id;      ///< unique within a run: the file's path relative to what was given, or the claim id
  std::string file;    ///< the file it was read from ("-" for standard input; empty when built by hand)
  std::string source;  ///< publication
  std::string title;
  std::string url;
  date::sys_days date{};  ///< publication date; conversions are checked against its rates
  date_origin date_from = date_origin::caller;  ///< where `date` comes from
  std::string date_text;      ///< the words the date was read from ("기사 입력 2025.02.10 20:30")
  std::size_t date_line = 0;  ///< the line of `date_text` (0 when not from the text)
  std::string date_reason;    ///< date_from == none: why the article has no date
  std::string text_from = "text";  ///< what offsets and lines refer to: "text" (the file) or "html" (its extracted text)
  std::string text;       ///< body text the figures' byte offsets refer to (may be empty)
  std::vector<figure> figures;
  /// For figures[i], the other lines where the same passage stands word for word (a caption
  /// printed twice): the figure is counted once, at its first line. Empty or shorter than
  /// `figures` when there are none.
  std::vector<std::vector<std::size_t>> repeated_at;

  /// Whether the article has a date its conversions can be checked against.
  [[nodiscard]] bool dated() const noexcept { return date_from != date_origin::none; }
  /// The scanner's links of figures[i] at links[i]; figures past its end (hand-built ones) have
  /// none.
  std::vector<figure_links> links;
  std::vector<conversion_link> conversions;
  std::vector<relation> relations;
};

/// The relations between `a.figures` that the scanner's links and the wording of `a.text`
/// state (the figures must carry byte offsets into the text): X씩 … 총 T (`each`, then a
/// `total`), N년간 매년 X … 총 T (`per` year `over` N years, then a `total`), 이 중 절반, 의 N배 /
/// 두 배, 의 N분의 M. A pair of figures gets at most one relation.
[[nodiscard]] std::vector<relation> find_relations(const article& a);

}  // namespace eok

#endif  // EOK_RECONCILE_ARTICLE_HPP
