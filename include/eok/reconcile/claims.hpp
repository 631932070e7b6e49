// eok/reconcile/claims.hpp: articles and claims read from text: front matter, the scanner's figures and
// links, and the relations the wording states.
#ifndef EOK_RECONCILE_CLAIMS_HPP
#define EOK_RECONCILE_CLAIMS_HPP

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

}  // namespace eok

#endif  // EOK_RECONCILE_CLAIMS_HPP
