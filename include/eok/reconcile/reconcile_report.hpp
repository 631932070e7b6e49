// eok/reconcile/reconcile_report.hpp: reconciliation results as JSON, Markdown and a self-contained HTML
// page, with a one-sentence explanation of every check in Korean or English.
//
// The checks (reconcile.hpp) are data; this header turns them into something a reader or a
// program can use, kept apart so the engine does not carry text, languages or markup. Every
// number shown is derived from the exact values with a stated rounding: rates are shown exactly
// when they have at most four decimals and otherwise rounded half-even to four; interval ends
// are rounded outward (down for a lower end, up for an upper) so the text covers the exact
// interval; converted amounts are rounded half-even to the currency's minor units. The HTML
// charts place points with exact arithmetic rounded half-even to whole pixels: no `double` is
// involved anywhere, not even for drawing.
#ifndef EOK_RECONCILE_REPORT_HPP
#define EOK_RECONCILE_REPORT_HPP

#include <eok/reconcile/reconcile.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace eok {

/// The language of explanations and report text.
enum class report_language : unsigned char { en, ko };

/// One sentence saying what a check found, in the reader's terms:
/// "1090억유로 × 1496.81 KRW per EUR (ECB, 2025-02-10) = 163,152,290,000,000 KRW, which
/// 약 163조원 rounds." `tolerance` is the run's source tolerance, named when it matters.
[[nodiscard]] std::string explain(const check& c, const std::vector<article>& articles, report_language lang,
                                  const reconcile_options& options = {});

/// The JSON report: {"articles": [...], "checks": [{"kind", "article", "figures": [{"article",
/// "text", "value", "currency", ...}], "verdict", "reasons", "implied_rate": {"low", "high"},
/// "reference_rate": {"value", "date", "source"}, "best_date", "corrected", "fits_currency",
/// "expected", "canonical", ..., "explanation"}], "sources": [{"id", "name", "publisher",
/// "citation", "url"}]}, one check per line, keys in that order, null where a field does not
/// apply. `sources` lists the rate sources the checks used, as `rates` describes them.
[[nodiscard]] std::string reconcile_json(const std::vector<check>& checks, const std::vector<article>& articles,
                                         const rate_oracle& rates, report_language lang,
                                         const reconcile_options& options = {});

/// The same report, byte for byte, written to `os` as it is made, through a 64 KB buffer: a
/// large run's report (about 1.3 KB per check) is never held in memory whole, which is what
/// `eok reconcile --json` uses. A stream that throws on failure throws from the write that
/// failed, after the blocks before it; on any other stream a failure stops the writing and
/// shows in the stream's state (check it afterwards).
void reconcile_json(std::ostream& os, const std::vector<check>& checks, const std::vector<article>& articles,
                    const rate_oracle& rates, report_language lang, const reconcile_options& options = {});

/// The Markdown report: a summary table of every check, then one section per check that is not
/// consistent, with its arithmetic written out; the citations of `rates` under the table.
[[nodiscard]] std::string reconcile_markdown(const std::vector<check>& checks, const std::vector<article>& articles,
                                             const rate_oracle& rates, report_language lang,
                                             const reconcile_options& options = {});

/// One self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched): the summary,
/// each check's explanation, and for every conversion check with rate data a chart of the rate
/// over the months before the article, with the reference band and the implied-rate interval.
/// `rates` supplies the charts' history.
[[nodiscard]] std::string reconcile_html(const std::vector<check>& checks, const std::vector<article>& articles,
                                         const rate_oracle& rates, report_language lang,
                                         const reconcile_options& options = {});

/// The rate sources the checks used, as `rates` describes them (each table's `name`,
/// `publisher`, `citation`, `url`), in the order the tables were loaded; a source `rates` does
/// not describe is named by its upper-case id, after the others.
[[nodiscard]] std::vector<source_info> cited_sources(const std::vector<check>& checks, const rate_oracle& rates);

/// The lines every report prints next to its results, one per source the checks used: the
/// table's own `citation` ("Source: ECB. Euro foreign exchange reference rates, published for
/// information purposes."), "Source: " put in front when it does not start so. A user's table
/// is cited by its own citation. Empty when no check used a rate.
[[nodiscard]] std::vector<std::string> rates_citation(const std::vector<check>& checks, const rate_oracle& rates);

/// A rate as reports show it: exact when it has at most four decimals ("1496.81"), otherwise
/// rounded half-even to four ("1450.3973").
[[nodiscard]] std::string rate_text(const ratio& r);

}  // namespace eok

#endif  // EOK_RECONCILE_REPORT_HPP
