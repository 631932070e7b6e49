// eok/text/width.hpp: how many terminal columns a UTF-8 string takes.
//
// Error messages put a caret under the character at fault, so they need the display width of the
// text before it: Hangul and CJK ideographs take two columns in a terminal, combining marks and
// conjoining vowel and final jamo none. Code points are decoded with the text layer's validating
// decoder (`eok::utf8` in <eok/text/text.hpp>); a byte that is not part of well-formed UTF-8 is
// shown as `\xNN` (`shown_text`) and so counts four columns.
//
// The table of wide ranges is our own, after Unicode's East Asian Width property (Wide and
// Fullwidth) as of Unicode 15, grouped into ranges; it covers everything Korean news text holds
// (Hangul, Hanja, full-width forms, CJK punctuation) and the common emoji.
#ifndef EOK_TEXT_WIDTH_HPP
#define EOK_TEXT_WIDTH_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace eok {

/// Columns an invalid byte takes: it is shown as `\xNN`.
inline constexpr std::size_t invalid_byte_width = 4;

/// The columns one code point takes in a terminal: 0 (combining marks, conjoining jamo after the
/// first, zero-width spaces and joiners), 2 (East Asian Wide and Fullwidth) or 1.
[[nodiscard]] std::size_t code_point_width(char32_t cp) noexcept;

/// The columns `text` takes as `shown_text` prints it.
[[nodiscard]] std::size_t display_width(std::string_view text) noexcept;

/// `text` with every byte that is not well-formed UTF-8 written `\xNN` (upper-case hex), so a
/// terminal shows what is there and the columns match `display_width`.
[[nodiscard]] std::string shown_text(std::string_view text);

}  // namespace eok

#endif  // EOK_TEXT_WIDTH_HPP
