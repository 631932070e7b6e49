// eok/text/text.hpp: reading real-world UTF-8 text for the scanner, without losing byte offsets.
//
// News text arrives in every state: decomposed Hangul from macOS clipboards (NFD jamo), full-width
// digits and signs from East Asian input methods (`１，０００억 원`), CRLF line ends from Windows
// and the odd invalid byte from a broken transcoder. The parser reads clean NFC text, so the
// scanner normalizes first. But a figure's `start` and `end` must point into the bytes the user
// gave us, so the normalizer also keeps a map from every normalized offset back to the original.
//
// The map is a list of the edits made (a byte sequence replaced or dropped); between edits the
// two texts are byte-for-byte equal, so text that needed no change (the common case) costs one
// validating pass and no copy. A boundary next to a dropped byte maps two ways: a figure's start
// maps past the dropped bytes, its end maps before them, so neither ever includes a skipped
// byte.
//
// What is normalized, and nothing else:
// - invalid UTF-8 (stray continuation bytes, truncated sequences, overlong forms, surrogates,
//   code points above U+10FFFF) is dropped, and each dropped byte's offset is reported;
// - full-width ASCII forms U+FF01..U+FF5E become ASCII, U+3000 (ideographic space) a space, and
//   U+FFE6 (full-width won sign) U+20A9 `₩`;
// - conjoining Hangul jamo (U+1100..U+11FF: leading consonant, vowel and optional trailing
//   consonant) are composed into precomposed syllables U+AC00..U+D7A3 by the Unicode Hangul
//   composition algorithm (no tables), including a precomposed LV syllable followed by a trailing
//   jamo; jamo that do not compose are kept as they are;
// - a CR directly before LF is dropped, so lines end in LF; a lone CR is kept.
#ifndef EOK_TEXT_HPP
#define EOK_TEXT_HPP

#include <eok/text/simd.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eok {

/// Decodes UTF-8 and reports what the normalizer keeps, replaces and drops.
namespace utf8 {

/// Forces inlining of the decoder into readers' hot loops (GCC and Clang; elsewhere a no-op).
#if defined(__GNUC__) || defined(__clang__)
#define EOK_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define EOK_ALWAYS_INLINE
#endif

/// A decoded code point and the bytes it took.
struct code_point {
  char32_t cp;      ///< U+FFFD for bytes that are not UTF-8; U+0000 at the end of the text
  std::size_t len;  ///< 1 to 4; 0 at the end of the text
};

/// The code point at `text[i]`: the one validating decoder every reader uses. Strict UTF-8: a
/// stray continuation byte, a truncated or overlong sequence, a surrogate or a value above
/// U+10FFFF decodes as {U+FFFD, 1}, so malformed bytes can never spell a digit or a word
/// (`\xE0\x80\xB1` is not '1'); {0, 0} at or past the end. Three-byte sequences (Hangul,
/// Hanja) are checked first: they are the common case in Korean text.
[[nodiscard]] EOK_ALWAYS_INLINE inline constexpr code_point next(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return {0, 0};
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1};
  const std::size_t left = text.size() - i;
  const auto at = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(text[i + k]); };
  const auto cont = [](unsigned b) { return (b & 0xC0u) == 0x80u; };
  if (c >= 0xE0 && c < 0xF0) {
    if (left >= 3) {
      const unsigned b1 = at(1);
      const unsigned b2 = at(2);
      const unsigned lo = c == 0xE0 ? 0xA0u : 0x80u;  // no overlong forms
      const unsigned hi = c == 0xED ? 0x9Fu : 0xBFu;  // no surrogates
      if (b1 >= lo && b1 <= hi && cont(b2)) {
        return {static_cast<char32_t>(((c & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)), 3};
      }
    }
  } else if (c >= 0xC2 && c < 0xE0) {
    if (left >= 2 && cont(at(1))) return {static_cast<char32_t>(((c & 0x1Fu) << 6) | (at(1) & 0x3Fu)), 2};
  } else if (c >= 0xF0 && c <= 0xF4) {
    if (left >= 4) {
      const unsigned b1 = at(1);
      const unsigned lo = c == 0xF0 ? 0x90u : 0x80u;  // no overlong forms
      const unsigned hi = c == 0xF4 ? 0x8Fu : 0xBFu;  // nothing above U+10FFFF
      if (b1 >= lo && b1 <= hi && cont(at(2)) && cont(at(3))) {
        return {static_cast<char32_t>(((c & 0x07u) << 18) | ((b1 & 0x3Fu) << 12) | ((at(2) & 0x3Fu) << 6) |
                                      (at(3) & 0x3Fu)),
                4};
      }
    }
  }
  return {0xFFFD, 1};
}

/// Whether the bytes at `text[i]` are not UTF-8 (`next` gives {U+FFFD, 1}; a real U+FFFD is
/// three bytes).
[[nodiscard]] EOK_ALWAYS_INLINE inline constexpr bool invalid_at(std::string_view text, std::size_t i) noexcept {
  const code_point c = next(text, i);
  return c.len == 1 && c.cp == 0xFFFD;
}

/// The length of a well-formed UTF-8 sequence at `text[i]`, or 0 if the bytes there are not
/// one (invalid lead byte, missing continuation, overlong form, surrogate, above U+10FFFF).
[[nodiscard]] constexpr std::size_t sequence_length(std::string_view text, std::size_t i) noexcept {
  // Three bytes led by E1..EC (Hangul syllables among them) are well formed whenever both
  // continuation bytes are: no overlong form or surrogate starts with these leads.
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 >= 0xE1 && b0 <= 0xEC && i + 2 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0u) == 0x80u &&
      (static_cast<unsigned char>(text[i + 2]) & 0xC0u) == 0x80u) {
    return 3;
  }
  const code_point c = next(text, i);
  return c.len == 1 && c.cp == 0xFFFD ? 0 : c.len;
}

/// The code point that ends at byte `i` (exclusive) and where it starts: {U+0000, 0} at the
/// start of the text, {U+FFFD, i - 1} when the bytes before `i` do not end a valid sequence.
struct code_point_start {
  char32_t cp;
  std::size_t at;
};
[[nodiscard]] inline constexpr code_point_start previous(std::string_view text, std::size_t i) noexcept {
  if (i == 0) return {0, 0};
  std::size_t j = i - 1;
  std::size_t back = 0;
  while (j > 0 && back < 3 && (static_cast<unsigned char>(text[j]) & 0xC0u) == 0x80u) {
    --j;
    ++back;
  }
  const code_point c = next(text, j);
  if (c.cp == 0xFFFD && c.len == 1) return {0xFFFD, i - 1};
  if (j + c.len != i) return {0xFFFD, i - 1};
  return {c.cp, j};
}

/// The code point of the well-formed sequence of `length` bytes at `text[i]`.
[[nodiscard]] constexpr char32_t decode(std::string_view text, std::size_t i, std::size_t length) noexcept {
  const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
  switch (length) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    case 3: return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    default: return ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
  }
}

/// Appends the UTF-8 encoding of `cp` (a valid scalar value) to `out`.
inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0u | (cp >> 6)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0u | (cp >> 12)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  } else {
    out.push_back(static_cast<char>(0xF0u | (cp >> 18)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu)));
    out.push_back(static_cast<char>(0x80u | (cp & 0x3Fu)));
  }
}

/// Whether `cp` is a precomposed Hangul syllable (U+AC00..U+D7A3).
[[nodiscard]] constexpr bool is_hangul_syllable(char32_t cp) noexcept { return cp >= 0xAC00 && cp <= 0xD7A3; }

}  // namespace utf8

/// Byte comparisons of short words at an offset, for the readers' hot loops: written as plain
/// loops (first byte first) because a lexicon word is a few bytes long and `compare` or `==`
/// with a length known only at run time is a call into the C library.
namespace bytes {

/// Whether `w` stands at `s[i]` (an empty `w` stands anywhere up to the end).
[[nodiscard]] EOK_ALWAYS_INLINE inline constexpr bool at(std::string_view s, std::size_t i, std::string_view w) noexcept {
  if (w.empty()) return i <= s.size();
  if (i >= s.size() || s.size() - i < w.size() || s[i] != w[0]) return false;
  for (std::size_t k = 1; k < w.size(); ++k) {
    if (s[i + k] != w[k]) return false;
  }
  return true;
}

/// Whether `s` ends with `w`.
[[nodiscard]] EOK_ALWAYS_INLINE inline constexpr bool ends_with(std::string_view s, std::string_view w) noexcept {
  return s.size() >= w.size() && at(s, s.size() - w.size(), w);
}

/// Whether `w` ends at `s[i]`, that is stands at `s[i - w.size()]`.
[[nodiscard]] EOK_ALWAYS_INLINE inline constexpr bool before(std::string_view s, std::size_t i, std::string_view w) noexcept {
  return i >= w.size() && i <= s.size() && at(s, i - w.size(), w);
}

/// Whether `a` and `b` are the same bytes.
[[nodiscard]] EOK_ALWAYS_INLINE inline constexpr bool same(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && at(a, 0, b);
}

}  // namespace bytes

namespace detail {

/// Whether the well-formed sequence of `len` bytes at in[i] is one normalization changes: a CR
/// before LF, a full-width form, U+3000, U+FFE6 or a conjoining jamo.
[[nodiscard]] inline bool normalization_changes(std::string_view in, std::size_t i, std::size_t len) noexcept {
  const auto b0 = static_cast<unsigned char>(in[i]);
  if (len == 1) return b0 == '\r' && i + 1 < in.size() && in[i + 1] == '\n';
  if (len != 3) return false;
  const auto b1 = static_cast<unsigned char>(in[i + 1]);
  if (b0 == 0xEF) return b1 == 0xBC || (b1 == 0xBD && static_cast<unsigned char>(in[i + 2]) <= 0x9E) ||
                         (b1 == 0xBF && static_cast<unsigned char>(in[i + 2]) == 0xA6);
  if (b0 == 0xE3) return b1 == 0x80 && static_cast<unsigned char>(in[i + 2]) == 0x80;
  if (b0 == 0xE1) return b1 >= 0x84 && b1 <= 0x87;  // U+1100..U+11FF
  return false;
}

/// The offset of the first byte of `in` that normalization changes or drops (not well-formed
/// UTF-8, or `normalization_changes`), or in.size() when there is none: the one validating pass
/// over text that needs no change, by `path` (text/simd.hpp), which must be available.
[[nodiscard]] std::size_t first_change(std::string_view in, simd_path path) noexcept;

}  // namespace detail

/// One change the normalizer made: `original_length` bytes at `original_offset` became
/// `normalized_length` bytes at `normalized_offset` (0 when the bytes were dropped).
struct text_edit {
  std::size_t normalized_offset = 0;
  std::size_t original_offset = 0;
  std::size_t normalized_length = 0;
  std::size_t original_length = 0;
};

/// Normalizes text for reading (see the header comment) and maps offsets back to the original.
///
/// A normalizer is reusable; each `normalize` call replaces the previous result and reuses the
/// buffers, so a streaming reader allocates nothing per chunk once they have grown.
/// ```
/// eok::text_normalizer n;
/// std::string_view t = n.normalize("\xEF\xBC\x91\xEF\xBC\x90억");  // full-width "10억"
/// // t == "10억"; n.original_start(2) == 6
/// ```
class text_normalizer {
public:
  /// Normalizes `input`. The view stays valid until the next call; when nothing had to change
  /// it is `input` itself, so `input` must outlive it too.
  std::string_view normalize(std::string_view input) {
    std::size_t first = detail::first_change(input, fastest_simd_path());
    if (first == input.size()) return unchanged(input);
    edits_.clear();
    invalid_.clear();
    changed_ = true;
    out_.clear();
    out_.reserve(input.size());
    out_.append(input.data(), first);
    run(input, first);
    return out_;
  }

  /// What `normalize(input)` does when the caller has already found that nothing in `input`
  /// changes (`detail::first_change` would return its size): takes it as it is and returns it.
  std::string_view unchanged(std::string_view input) noexcept {
    edits_.clear();
    invalid_.clear();
    changed_ = false;
    return input;
  }

  /// Whether the last `normalize` changed anything.
  [[nodiscard]] bool changed() const noexcept { return changed_; }

  /// The edits of the last `normalize`, in order.
  [[nodiscard]] const std::vector<text_edit>& edits() const noexcept { return edits_; }

  /// Offsets (in the original) of the bytes the last `normalize` dropped as invalid UTF-8.
  [[nodiscard]] const std::vector<std::size_t>& invalid_bytes() const noexcept { return invalid_; }

  /// The original offset where something starting at normalized offset `n` starts: past any
  /// bytes dropped just before it.
  [[nodiscard]] std::size_t original_start(std::size_t n) const noexcept {
    if (edits_.empty()) return n;
    // Edits that end at or before n (drops sitting exactly at n included).
    const auto it = std::partition_point(edits_.begin(), edits_.end(), [n](const text_edit& e) {
      return e.normalized_offset + e.normalized_length <= n;
    });
    if (it != edits_.end() && it->normalized_offset < n && n < it->normalized_offset + it->normalized_length) {
      return it->original_offset;  // inside a replacement
    }
    if (it == edits_.begin()) return n;
    const text_edit& e = *(it - 1);
    return e.original_offset + e.original_length + (n - e.normalized_offset - e.normalized_length);
  }

  /// The original offset where something ending at normalized offset `n` ends: before any bytes
  /// dropped just after it.
  [[nodiscard]] std::size_t original_end(std::size_t n) const noexcept {
    if (edits_.empty()) return n;
    // Edits that end before n, or end at n and produced bytes (a replacement ending at n).
    const auto it = std::partition_point(edits_.begin(), edits_.end(), [n](const text_edit& e) {
      const std::size_t end = e.normalized_offset + e.normalized_length;
      return end < n || (end == n && e.normalized_length > 0);
    });
    if (it != edits_.end() && it->normalized_offset < n && n < it->normalized_offset + it->normalized_length) {
      return it->original_offset + it->original_length;  // inside a replacement
    }
    if (it == edits_.begin()) return n;
    const text_edit& e = *(it - 1);
    return e.original_offset + e.original_length + (n - e.normalized_offset - e.normalized_length);
  }

private:
  // Jamo blocks: leading consonants U+1100..1112, vowels U+1161..1175, trailing U+11A8..11C2.
  static constexpr char32_t l_base = 0x1100, v_base = 0x1161, t_base = 0x11A7, s_base = 0xAC00;
  static constexpr char32_t l_count = 19, v_count = 21, t_count = 28;

  void add_edit(std::size_t orig, std::size_t orig_len, std::size_t norm_len) {
    edits_.push_back(text_edit{out_.size() - norm_len, orig, norm_len, orig_len});
  }

  // Decodes a conjoining jamo at i, or returns 0.
  static char32_t jamo_at(std::string_view in, std::size_t i) noexcept {
    if (i + 3 > in.size() || static_cast<unsigned char>(in[i]) != 0xE1) return 0;
    if (utf8::sequence_length(in, i) != 3) return 0;
    const char32_t cp = utf8::decode(in, i, 3);
    return (cp >= 0x1100 && cp <= 0x11FF) ? cp : 0;
  }

  void run(std::string_view in, std::size_t i) {
    const std::size_t n = in.size();
    while (i < n) {
      const auto b0 = static_cast<unsigned char>(in[i]);
      if (b0 < 0x80) {
        if (b0 == '\r' && i + 1 < n && in[i + 1] == '\n') {
          add_edit(i, 1, 0);
        } else {
          out_.push_back(static_cast<char>(b0));
        }
        ++i;
        continue;
      }
      const std::size_t len = utf8::sequence_length(in, i);
      if (len == 0) {
        invalid_.push_back(i);
        add_edit(i, 1, 0);
        ++i;
        continue;
      }
      if (!detail::normalization_changes(in, i, len)) {
        out_.append(in.data() + i, len);
        i += len;
        continue;
      }
      const char32_t cp = utf8::decode(in, i, len);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out_.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
        add_edit(i, 3, 1);
        i += 3;
      } else if (cp == 0x3000) {
        out_.push_back(' ');
        add_edit(i, 3, 1);
        i += 3;
      } else if (cp == 0xFFE6) {
        utf8::append(out_, 0x20A9);
        add_edit(i, 3, 3);
        i += 3;
      } else if (cp >= l_base && cp < l_base + l_count) {
        // L V [T] composes into one syllable; anything else stays as it is.
        const char32_t v = jamo_at(in, i + 3);
        if (v >= v_base && v < v_base + v_count) {
          char32_t s = s_base + ((cp - l_base) * v_count + (v - v_base)) * t_count;
          std::size_t used = 6;
          const char32_t t = jamo_at(in, i + 6);
          if (t > t_base && t < t_base + t_count) {
            s += t - t_base;
            used = 9;
          }
          utf8::append(out_, s);
          add_edit(i, used, 3);
          i += used;
        } else {
          out_.append(in.data() + i, 3);
          i += 3;
        }
      } else if (cp > t_base && cp < t_base + t_count && takes_trailing()) {
        // A trailing jamo right after an LV syllable joins it; the syllable is rewritten in
        // place, and one edit covers its original bytes (copied, or composed from jamo) and the
        // jamo's.
        const bool from_jamo = !edits_.empty() && edits_.back().normalized_length == 3 &&
                               edits_.back().normalized_offset + 3 == out_.size();
        const std::size_t orig = from_jamo ? edits_.back().original_offset : i - 3;
        if (from_jamo) edits_.pop_back();
        const char32_t s = utf8::decode(std::string_view(out_.data() + out_.size() - 3, 3), 0, 3);
        out_.resize(out_.size() - 3);
        utf8::append(out_, s + (cp - t_base));
        edits_.push_back(text_edit{out_.size() - 3, orig, 3, i + 3 - orig});
        i += 3;
      } else {
        out_.append(in.data() + i, len);  // a jamo that does not compose
        i += len;
      }
    }
  }

  // Whether the output ends in an LV syllable (no trailing consonant) that a trailing jamo may
  // join: not across a dropped byte.
  bool takes_trailing() const noexcept {
    if (out_.size() < 3) return false;
    if (!edits_.empty() && edits_.back().normalized_length == 0 && edits_.back().normalized_offset == out_.size()) {
      return false;
    }
    const std::string_view tail(out_.data() + out_.size() - 3, 3);
    if (utf8::sequence_length(tail, 0) != 3) return false;
    const char32_t s = utf8::decode(tail, 0, 3);
    return utf8::is_hangul_syllable(s) && (s - s_base) % t_count == 0;
  }

  std::string out_;
  std::vector<text_edit> edits_;
  std::vector<std::size_t> invalid_;
  bool changed_ = false;
};

}  // namespace eok

#endif  // EOK_TEXT_HPP
