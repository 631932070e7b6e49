// eok/reconcile/claims.hpp: articles and claims read from text: front matter, the scanner's figures and
// links, and the relations the wording states.
#ifndef EOK_RECONCILE_CLAIMS_HPP
#define EOK_RECONCILE_CLAIMS_HPP

#include <eok/core/error.hpp>
#include <eok/reconcile/article.hpp>
#include <eok/text/date.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eok {

// ---- reading articles and claims ----------------------------------------------------------

/// An article read from UTF-8 text with YAML front matter (`date` required; `source`, `title`,
/// `url` optional): figures from the scanner, conversions from its links, relations from
/// `find_relations`. `id` names it in reports (the file name). Throws `parse_error` for
/// malformed front matter or a missing date, with the position in `text`. (The strict form of
/// the reader below, for programs that require front matter; repeated passages count once
/// there as well.)
[[nodiscard]] article read_article(std::string_view text, std::string id);

/// How `read_article` takes a page.
struct article_reading {
  std::string file;                  ///< the file name, as given ("-" for standard input)
  std::optional<date_type> date;     ///< `--date`: the date of a page that states none
  bool html = false;                 ///< the page is HTML (read/html.hpp): figures refer to its extracted text
};

/// An article read from a page as it was saved: its date from front matter (yaml), else from
/// its byline or dateline (read/dateline.hpp), else `reading.date`; with none of them the article
/// is undated (`date_origin::none`, `date_reason` says why), never an error. A passage that
/// stands twice word for word (a photo caption printed twice, a line; or a sentence, whatever
/// its line breaks: the lead repeated in the body) is counted once: its figures stand at their
/// first line, with the other lines in `repeated_at`. Throws `parse_error` only for
/// malformed front matter, with the position in `text`. An HTML page (`reading.html`) has no
/// front matter: its title is og:title or <title>, its date <meta property=
/// "article:published_time">, else <time datetime> (`date_origin::page_meta`), else the byline
/// of its text; `text_from` is "html" and offsets and lines refer to the extracted text.
[[nodiscard]] article read_article(std::string_view text, std::string id, const article_reading& reading);

/// Claims from a YAML list of `{id, source, date, text}`; each claim becomes an article whose
/// body is its text. Throws `parse_error` naming `file:line:column` for anything else: a second
/// YAML document after `---`, a key given twice in a claim, an id given to two claims. A key
/// eok does not read is not an error: it is added to `warnings`, with its position.
[[nodiscard]] std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name,
                                               std::vector<error>& warnings);

/// The same, with the warnings dropped (for callers that have nowhere to show them).
[[nodiscard]] std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name);

// ---- archives: one article per JSON line ---------------------------------------------------

/// An article from one archive record (read/archive.hpp `read_archive_line`): the id and date
/// come from the record; a record without a date is dated like a page without front matter
/// (its byline, else `reading.date`). The text has no front matter. Throws `parse_error` with
/// the position in `line`.
[[nodiscard]] article read_archive_record(std::string_view line, const article_reading& reading);

// ---- the rules for inputs, shared by the command line and the Python package --------------

/// What a named input holds, by its extension: `.yaml`/`.yml` a claims file, `.jsonl` an
/// archive (one record per line), `.html`/`.htm` a saved web page, anything else an article.
enum class input_kind : unsigned char { article, html, claims, archive };
[[nodiscard]] input_kind input_kind_of(std::string_view name) noexcept;

/// `path` without its extension: "examples/articles/2025-02-10-france-ai.txt" ->
/// "examples/articles/2025-02-10-france-ai".
[[nodiscard]] std::string path_without_extension(std::string_view path);

/// The id of an article read from a file: the file name without its extension
/// ("examples/articles/2025-02-10-france-ai.txt" -> "2025-02-10-france-ai").
[[nodiscard]] std::string article_id_of(std::string_view path);

/// Makes the ids of articles read from files (`from_file[i]`) unique: an id that several files
/// share becomes each one's path without the extension (d1/x, d2/x); one file read twice gets
/// "#2", "#3". Other ids (claims, archive records) are kept as they are.
void unique_ids(std::vector<article>& articles, const std::vector<bool>& from_file);

/// The source tolerance from a percentage "0.5" (0 to 100) as a fraction (0.005), exact; an
/// error naming the text otherwise.
[[nodiscard]] result<decimal> tolerance_from_percent(std::string_view text);

}  // namespace eok

#endif  // EOK_RECONCILE_CLAIMS_HPP
