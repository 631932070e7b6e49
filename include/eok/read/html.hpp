// eok/read/html.hpp: the text, title and publication date of a saved web page.
//
// Pages saved from news sites are HTML. They are read with a real HTML5 parser (Gumbo, the
// WHATWG parsing algorithm: misnested tags, unclosed <p>, entities and scripts are handled as a
// browser handles them; docs/design.md says why), and eok works on the text a reader sees:
//
// - the text of the page without <script>, <style>, <noscript>, <template>, <nav>, <aside>,
//   <footer>, and <header> outside an <article> (an article's own header holds its title and
//   byline); block elements (p, div, h1-h6, li, tr, br, figcaption ...) end a line, and runs of
//   white space inside a line are one space. Offsets and lines of figures refer to this text.
// - the title from <meta property="og:title">, else <title>;
// - the date from <meta property="article:published_time"> (the local date written, the time
//   zone not applied), else the first <time datetime>, else the byline of the text
//   (read/dateline.hpp) — the caller does the last.
#ifndef EOK_READ_HTML_HPP
#define EOK_READ_HTML_HPP

#include <eok/text/date.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace eok {

/// What a page's markup says.
struct html_page {
  std::string text;                  ///< the text a reader sees, one line per block
  std::optional<std::string> title;  ///< og:title, else <title>
  std::optional<date_type> date;     ///< article:published_time, else the first <time datetime>
  std::string date_text;             ///< the markup the date was read from: `<meta property="article:published_time" content="...">`
};

/// The most tags (`<` and a letter) a page may have: far more than any news page (a long one has
/// a few thousand), few enough that the parser's time and its tree's depth stay bounded.
inline constexpr std::size_t max_html_tags = 20000;

/// Reads an HTML page: any bytes and any markup, never an error for bad markup; throws `error`
/// (invalid_argument) only for a page of more than `max_html_tags` tags.
[[nodiscard]] html_page read_html(std::string_view html);

/// Whether a file name is an HTML page's: ends in .html or .htm (any case).
[[nodiscard]] bool is_html_name(std::string_view name) noexcept;

}  // namespace eok

#endif  // EOK_READ_HTML_HPP
