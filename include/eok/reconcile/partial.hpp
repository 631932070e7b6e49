// eok/reconcile/partial.hpp: a reconciliation split into a map over articles and a reduce.
//
// The map (`eok reconcile --partial --jsonl`, `article_partial_json`) reads articles anywhere,
// runs every check that needs one article only (conversions, relations, stated rates) and
// writes, per article, one JSON line: the article without its text, its checks and its
// agreement candidates (checks.hpp). The reduce (`eok reconcile --merge PARTIAL...`,
// `merge_partials`) reads those lines in order, joins the candidates by key (currency, bound,
// 씩, value at precision: `find_agreements`) and gives the articles and checks of the whole
// run, exactly those `reconcile` gives on one machine, so every report is byte for byte the
// same. Nothing needs the article text after the map: the candidates carry their context words.
//
// The line, with article-relative indices (figure refs name article 0, check numbers count
// from the article's first check):
//
//     {"eok_partial": 3, "article": {...}, "checks": [...], "candidates": [...]}
//
// Exact values are strings (decimals as digits, ratios as "p/q"), enums their index; the
// format is eok's own between its map and reduce steps, versioned by "eok_partial".
#ifndef EOK_RECONCILE_PARTIAL_HPP
#define EOK_RECONCILE_PARTIAL_HPP

#include <eok/reconcile/checks.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eok {

/// One article's share of a map step.
struct article_partial {
  article art;                                 ///< without its text
  bool from_file = false;                      ///< its id comes from its file name (`unique_ids`)
  std::vector<check> checks;                   ///< article 0, as read
  std::vector<agreement_candidate> candidates; ///< article 0; check numbers relative to `checks`
};

/// The version of the partial line this library writes and reads.
inline constexpr int partial_version = 3;

/// The partial line of article `a` (index `article_index` of its run): `checks` are all of the
/// run's checks so far, those of `a` from `first_check`; `candidates` its agreement candidates.
/// No line break at the end.
[[nodiscard]] std::string article_partial_json(const article& a, bool from_file, std::size_t article_index,
                                               const std::vector<check>& checks, std::size_t first_check,
                                               const std::vector<agreement_candidate>& candidates);

/// Reads one partial line. Throws `parse_error` with the position in `line` (the JSON position
/// for malformed JSON, the value's for a wrong field).
[[nodiscard]] article_partial read_article_partial(std::string_view line);

/// The whole run: articles (ids made unique again over all of them, as one machine would) and
/// checks, then the agreements across all articles.
struct merged_run {
  std::vector<article> articles;
  std::vector<check> checks;
};

// ---- a reduce spread over machines -------------------------------------------------------
//
// A cluster (eok.dask) shuffles candidates by their claim, `candidate_claim`: currency, bound
// and 씩, the part of the key that never changes with precision (a figure's home bucket is
// chosen among the precisions of its claim, so one claim is one reduce). Each reduce gets
// candidate lines `[article, first_check, candidate]` (the run's article index, the run's
// index of the article's first check, the candidate as in a partial line) and gives agreement
// lines; the merger takes those instead of finding agreements itself.

/// The shuffle key of a partial line's candidate (the array in "candidates"): "EUR|at_most|".
[[nodiscard]] std::string candidate_claim(std::string_view candidate_json);

/// The agreements among candidate lines `[article, first_check, candidate]` of any articles, in
/// any order, each as one JSON line (run-wide indices), sorted by first member.
[[nodiscard]] std::vector<std::string> agreement_lines(const std::vector<std::string>& candidate_lines);

/// Adds one article's partial to a run being merged (in the order of the one-machine run).
class partial_merger {
public:
  void add(article_partial p);
  /// The run: ids made unique, agreements found. Call once.
  [[nodiscard]] merged_run finish();
  /// The run with agreements found elsewhere (`agreement_lines` of every claim, any order).
  [[nodiscard]] merged_run finish(const std::vector<std::string>& agreements);

private:
  merged_run finish_with(std::vector<check> agreed);
  merged_run run_;
  std::vector<bool> from_file_;
  std::vector<agreement_candidate> candidates_;
};

}  // namespace eok

#endif  // EOK_RECONCILE_PARTIAL_HPP
