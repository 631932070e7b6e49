// eok/reconcile/claims.hpp: articles and claims read from text: front matter, the scanner's figures and
// links, and the relations the wording states.
#ifndef EOK_RECONCILE_CLAIMS_HPP
#define EOK_RECONCILE_CLAIMS_HPP

#include <eok/reconcile/article.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace eok {

// ---- reading articles and claims ----------------------------------------------------------

/// An article read from UTF-8 text with YAML front matter (`date` required; `source`, `title`,
/// `url` optional): figures from the scanner, conversions from its links, relations from
/// `find_relations`. `id` names it in reports (the file name). Throws `parse_error` for
/// malformed front matter or a missing date, with the position in `text`.
[[nodiscard]] article read_article(std::string_view text, std::string id);

/// Claims from a YAML list of `{id, source, date, text}`; each claim becomes an article whose
/// body is its text. Throws `parse_error` naming `file:line:column` for anything else.
[[nodiscard]] std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name);

}  // namespace eok

#endif  // EOK_RECONCILE_CLAIMS_HPP
