// eok/read/parse.hpp: reading one money figure (or number, percentage, count) exactly.
//
// Reporters write the same amount many ways: `1090억유로`, `1천90억 유로`, `€109bn`,
// `약 163조원`, `2조~3조원`, `8천억원대`, `수천억 원`, `三千億원`. The parser is a hand-written
// byte scanner over UTF-8 (no regex, no allocation until a figure is found) that reads digits,
// Korean and Hanja numeral words, the myriad scales 만 억 조 경 해 with 십 백 천 inside each group,
// English scale words, currency names on either side, and the qualifier words around a figure
// (약, 최대, 이상, 가량, about, up to, ...), and keeps all of that in an `eok::figure`.
//
// It reads what is written and nothing more: whether "163조" in a headline is money, or whether
// "일조" in "일조량" is a number at all, is the scanner's question (scan.hpp). The one exception
// is lexical: a figure spelled only in numeral words must end at a word boundary (end of text,
// a non-Hangul character, or a particle such as 은/는/이/가/을/를/의/에), so "일조량" is not read
// as 1조 followed by garbage. Such figures are marked `spelled` so the scanner can be stricter.
//
// Two entry points follow the house style: `parse_figure` throws `parse_error`, and
// `try_parse_figure` returns `result<figure>`. `match_figure_at` is the scanner's primitive: it
// reads the longest figure starting at one byte and returns nothing (without allocating) when
// there is none or the text there is malformed.
//
// Things you should know:
// - Values are exact decimals; a figure never passes through a binary float.
// - A number may carry at most 36 significant digits (more is `errc::number_too_long`).
// - `2025.02.10`, `192.168.1.2` and `2025-02-20` are not numbers here: match_figure_at returns
//   nullopt at their first digit, so a date is never read as the decimal 2025.02.
// - 억, 조, 경 and 해 alone are not figures (`조원` is "no digits before '조'"); 만 alone is
//   (`만 원` is 10,000 won), as are the small places (`천억 원` is 10^11).
#ifndef EOK_PARSE_HPP
#define EOK_PARSE_HPP

#include <eok/core/error.hpp>
#include <eok/core/figure.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace eok {

/// Choices that change how a figure is read.
struct parse_options {
  /// When true, zeros that end a written number count as significant, so `1조7,000억` has
  /// precision 1억 and `27,350,000원` precision 1 won. By default they do not (1000억 and 1만).
  bool trailing_zeros_significant = false;
};

/// Reads `text` as exactly one figure (surrounding whitespace allowed); throws `parse_error`
/// with a position when it is not one.
///
///     parse_figure("1090억유로").value  // 109000000000, cur EUR
figure parse_figure(std::string_view text, const parse_options& options = {});

/// `parse_figure` that returns the error instead of throwing it (never throws on bad input).
[[nodiscard]] result<figure> try_parse_figure(std::string_view text, const parse_options& options = {});

/// The longest figure that starts exactly at byte `pos` of `text`, with start, end and line
/// relative to `text`; nullopt when no figure starts there or the text there is malformed
/// (`1,00원`, `2025.02.10`). A leading qualifier (약, 최대, about, between) or currency that
/// starts at `pos` is part of the figure, as are trailing 가량, 안팎, 이상, 대, 씩. Particles after
/// the figure (`163조원이`) are left for the caller. Never throws on any input (it allocates
/// only for a figure it returns, so it is not noexcept).
[[nodiscard]] std::optional<figure> match_figure_at(std::string_view text, std::size_t pos,
                                                    const parse_options& options = {});

/// The one-line human description of a figure; declared and documented in
/// <eok/write/format.hpp>, declared here too for code that includes only this header.
[[nodiscard]] std::string describe_figure(const figure& f);

}  // namespace eok

#endif  // EOK_PARSE_HPP
