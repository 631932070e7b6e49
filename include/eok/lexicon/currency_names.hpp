// eok/lexicon/currency_names.hpp: the ways Korean news writes currencies, and their lookup.
//
// Recognising a currency in text is done against a constexpr table of aliases: ISO codes,
// Korean names (달러, 위안화, 스위스 프랑), English words (dollars, sterling) and symbols (₩, US$,
// €). A parser reads the word after a number with `match_currency_prefix` and the symbol or
// code before it with `match_currency_suffix`; each reports how many bytes it used and whether
// the spelling could mean another currency (달러, $, ¥). Aliases are grouped at compile time by
// their first character, and one hash index maps a first character to its group (and an ISO
// code to its currency), so a lookup is a probe followed by a handful of byte comparisons.
// The aliases themselves are data, one a line, in currency_aliases.def.
// This is the one alias index: the parser and the scanner both read currencies through it.
// The value type itself is in <eok/core/currency.hpp>, which does not include this header.
// All text is UTF-8; compilers must use a UTF-8 execution character set (MSVC: /utf-8).
#ifndef EOK_LEXICON_CURRENCY_NAMES_HPP
#define EOK_LEXICON_CURRENCY_NAMES_HPP

#include <eok/core/currency.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace eok {

/// A currency recognized from text: which one, whether the spelling was ambiguous ($, ¥, 달러
/// alone, "dollar"), and how many bytes of the input it used.
struct currency_match {
  currency value;          ///< the currency the spelling is taken to mean
  bool ambiguous = false;  ///< true when the spelling also names other currencies
  std::size_t length = 0;  ///< bytes of the input consumed, including any whitespace used
};

namespace detail {

// Alias flags. A plain alias (0) is a word written after the amount; ASCII letters in it
// match in any case. `exact_case` aliases (symbols, "RMB") match byte for byte.
// `before_amount` aliases are also written before the amount and are the only ones
// match_currency_suffix tries: "US$ 5", "미화 3억 달러". Keeping words such as 원, 동 and
// 달러 out of suffix matching stops "101동 202호" or "1,000원 2개" from reading as money.
inline constexpr std::uint8_t ambiguous = 1;
inline constexpr std::uint8_t exact_case = 2;
inline constexpr std::uint8_t before_amount = 4;
inline constexpr std::uint8_t symbol = exact_case | before_amount;
// Set while building the matching tables, never in alias_specs: the alias has no space and no
// ASCII letter to fold, so a plain byte comparison decides it.
inline constexpr std::uint8_t plain_bytes = 8;
// `glued_digits` aliases are a currency only as a prefix glued to digits ("W1.5 trillion", won
// in Korean English-language papers): never after an amount, never before a space, never alone,
// so "W", "W.", "BMW 5", "KW1" and "5 W" are not money. Only match_glued_currency_prefix reads
// them; match_currency_prefix, match_currency_suffix and find_currency skip them.
inline constexpr std::uint8_t glued_digits = 16;

/// One spelling of a currency. An empty code marks a word that only looks like a currency
/// ("프랑스" is France, not 프랑 + 스): when it is the longest match, nothing matches.
struct alias_spec {
  std::string_view text;  // a single ASCII space stands for a run of whitespace
  std::string_view code;
  std::uint8_t flags;
};

inline constexpr alias_spec alias_specs[] = {
#include <eok/lexicon/currency_aliases.def>
};

inline constexpr std::size_t alias_count = sizeof(alias_specs) / sizeof(alias_specs[0]);

// First character of `s` as a sort key: ASCII folded to lower case, other UTF-8 sequences as
// their bytes packed big-endian (which orders like code points). `s` must not be empty.
[[nodiscard]] constexpr std::uint32_t lead_key(std::string_view s) noexcept {
  const std::uint8_t b0 = byte_at(s, 0);
  if (b0 < 0x80) return static_cast<std::uint8_t>(ascii_lower(s[0]));
  std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (n > s.size()) n = s.size();
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < n; ++i) key = (key << 8) | byte_at(s, i);
  return key;
}

/// An alias ready for matching. Not API.
struct alias_entry {
  std::string_view text;
  std::uint32_t lead = 0;  // lead_key(text)
  std::uint16_t id = 0;    // currency_table row; 0 for the look-alike words
  std::uint8_t flags = 0;
};

[[nodiscard]] constexpr bool has_ascii_letter(std::string_view s) noexcept {
  for (const char c : s) {
    if (is_ascii_alnum(c) && !(c >= '0' && c <= '9')) return true;
  }
  return false;
}

// An alias's flags plus plain_bytes where it applies.
[[nodiscard]] constexpr std::uint8_t matching_flags(const alias_spec& s) noexcept {
  const bool plain = s.text.find(' ') == std::string_view::npos &&
                     ((s.flags & exact_case) != 0 || !has_ascii_letter(s.text));
  return static_cast<std::uint8_t>(s.flags | (plain ? plain_bytes : 0));
}

// All aliases, stably sorted by their first character.
[[nodiscard]] constexpr std::array<alias_entry, alias_count> make_prefix_aliases() noexcept {
  std::array<alias_entry, alias_count> out{};
  for (std::size_t i = 0; i < alias_count; ++i) {
    const alias_spec& s = alias_specs[i];
    out[i] = alias_entry{s.text, lead_key(s.text), currency_id(s.code), matching_flags(s)};
  }
  for (std::size_t i = 1; i < alias_count; ++i) {
    const alias_entry x = out[i];
    std::size_t j = i;
    for (; j > 0 && out[j - 1].lead > x.lead; --j) out[j] = out[j - 1];
    out[j] = x;
  }
  return out;
}

inline constexpr std::array<alias_entry, alias_count> prefix_aliases = make_prefix_aliases();

/// The aliases that start with one character: prefix_aliases[first, last). Not API.
struct lead_bucket {
  std::uint32_t lead = 0;
  std::uint16_t first = 0;
  std::uint16_t last = 0;
};

[[nodiscard]] constexpr std::size_t count_leads() noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < alias_count; ++i) {
    if (i == 0 || prefix_aliases[i].lead != prefix_aliases[i - 1].lead) ++n;
  }
  return n;
}

inline constexpr std::size_t lead_count = count_leads();

[[nodiscard]] constexpr std::array<lead_bucket, lead_count> make_lead_buckets() noexcept {
  std::array<lead_bucket, lead_count> out{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < alias_count; ++i) {
    if (i == 0 || prefix_aliases[i].lead != prefix_aliases[i - 1].lead) {
      out[n].lead = prefix_aliases[i].lead;
      out[n].first = static_cast<std::uint16_t>(i);
      ++n;
    }
    out[n - 1].last = static_cast<std::uint16_t>(i + 1);
  }
  return out;
}

inline constexpr std::array<lead_bucket, lead_count> lead_buckets = make_lead_buckets();

[[nodiscard]] constexpr std::size_t count_before_amount() noexcept {
  std::size_t n = 0;
  for (const alias_spec& s : alias_specs) {
    if ((s.flags & before_amount) != 0) ++n;
  }
  return n;
}

inline constexpr std::size_t suffix_alias_count = count_before_amount();

// The aliases written before amounts, stably sorted by their last byte.
[[nodiscard]] constexpr std::array<alias_entry, suffix_alias_count> make_suffix_aliases() noexcept {
  std::array<alias_entry, suffix_alias_count> out{};
  std::size_t n = 0;
  for (const alias_spec& s : alias_specs) {
    if ((s.flags & before_amount) != 0) {
      out[n++] = alias_entry{s.text, lead_key(s.text), currency_id(s.code), s.flags};
    }
  }
  for (std::size_t i = 1; i < n; ++i) {
    const alias_entry x = out[i];
    std::size_t j = i;
    for (; j > 0 && byte_at(out[j - 1].text, out[j - 1].text.size() - 1) >
                        byte_at(x.text, x.text.size() - 1);
         --j) {
      out[j] = out[j - 1];
    }
    out[j] = x;
  }
  return out;
}

inline constexpr std::array<alias_entry, suffix_alias_count> suffix_aliases = make_suffix_aliases();

// suffix_aliases[start[b], start[b + 1]) are the aliases whose last byte is b.
[[nodiscard]] constexpr std::array<std::uint16_t, 257> make_suffix_starts() noexcept {
  std::array<std::uint16_t, 257> start{};
  for (const alias_entry& a : suffix_aliases) ++start[byte_at(a.text, a.text.size() - 1) + 1u];
  for (std::size_t b = 1; b < start.size(); ++b) {
    start[b] = static_cast<std::uint16_t>(start[b] + start[b - 1]);
  }
  return start;
}

inline constexpr std::array<std::uint16_t, 257> suffix_starts = make_suffix_starts();

// Length of the whitespace character at text[i] (ASCII space or tab, U+00A0, U+3000), or 0.
[[nodiscard]] constexpr std::size_t space_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  const std::uint8_t b = byte_at(text, i);
  if (b == ' ' || b == '\t') return 1;
  if (b == 0xC2 && i + 1 < text.size() && byte_at(text, i + 1) == 0xA0) return 2;
  if (b == 0xE3 && i + 2 < text.size() && byte_at(text, i + 1) == 0x80 &&
      byte_at(text, i + 2) == 0x80) {
    return 3;
  }
  return 0;
}

// Length of the whitespace character ending just before text[end], or 0.
[[nodiscard]] constexpr std::size_t space_before(std::string_view text, std::size_t end) noexcept {
  if (end >= 1 && (text[end - 1] == ' ' || text[end - 1] == '\t')) return 1;
  if (end >= 2 && byte_at(text, end - 2) == 0xC2 && byte_at(text, end - 1) == 0xA0) return 2;
  if (end >= 3 && byte_at(text, end - 3) == 0xE3 && byte_at(text, end - 2) == 0x80 &&
      byte_at(text, end - 1) == 0x80) {
    return 3;
  }
  return 0;
}

// Bytes of `text` that alias `a` matches at its start, or 0 if it does not match there.
[[nodiscard]] constexpr std::size_t match_alias_at_start(std::string_view text,
                                                         const alias_entry& a) noexcept {
  if ((a.flags & plain_bytes) != 0) {
    const std::size_t n = a.text.size();
    if (text.size() < n || text.substr(0, n) != a.text) return 0;
    if (is_ascii_alnum(a.text.back()) && n < text.size() && is_ascii_alnum(text[n])) return 0;
    return n;
  }
  const bool fold = (a.flags & exact_case) == 0;
  std::size_t i = 0;
  for (const char want : a.text) {
    if (want == ' ') {
      const std::size_t start = i;
      for (std::size_t n = space_at(text, i); n != 0; n = space_at(text, i)) i += n;
      if (i == start) return 0;
      continue;
    }
    if (i >= text.size()) return 0;
    const char got = text[i];
    if (fold ? ascii_lower(got) != ascii_lower(want) : got != want) return 0;
    ++i;
  }
  // Latin words and codes end at a word boundary: "euro" does not match "eurozone".
  if (is_ascii_alnum(a.text.back()) && i < text.size() && is_ascii_alnum(text[i])) return 0;
  return i;
}

// The one index over the aliases: open-addressing hashes of an alias's first character (to its
// bucket in lead_buckets) and of the three letters of an ISO code (to its currency_table row),
// at most half full, so a lookup is usually one multiply and one probe.
inline constexpr std::size_t hash_bits = 9;
inline constexpr std::size_t hash_slots = std::size_t{1} << hash_bits;
inline constexpr std::size_t hash_mask = hash_slots - 1;

[[nodiscard]] constexpr std::size_t slot_of(std::uint32_t key) noexcept {
  return static_cast<std::size_t>((key * 2654435761u) >> (32 - hash_bits));
}

/// One slot of a hash index. Not API.
struct hash_slot {
  std::uint32_t key = 0;  // 0: empty (no lead key or ISO code key is 0)
  std::uint16_t value = 0;
};

// Puts `key -> value` into the first free slot from slot_of(key).
constexpr void put_slot(std::array<hash_slot, hash_slots>& t, std::uint32_t key,
                        std::uint16_t value) noexcept {
  std::size_t h = slot_of(key);
  while (t[h].key != 0) h = (h + 1) & hash_mask;
  t[h] = hash_slot{key, value};
}

[[nodiscard]] constexpr std::array<hash_slot, hash_slots> make_lead_index() noexcept {
  std::array<hash_slot, hash_slots> t{};
  for (std::size_t b = 0; b < lead_count; ++b) {
    put_slot(t, lead_buckets[b].lead, static_cast<std::uint16_t>(b));
  }
  return t;
}

[[nodiscard]] constexpr std::array<hash_slot, hash_slots> make_code_index() noexcept {
  std::array<hash_slot, hash_slots> t{};
  for (std::size_t row = 1; row < currency_table_size; ++row) {
    put_slot(t, code_key(currency_table[row].code), static_cast<std::uint16_t>(row));
  }
  return t;
}

/// lead_key -> index into lead_buckets.
inline constexpr std::array<hash_slot, hash_slots> lead_index = make_lead_index();
/// code_key -> currency_table row, for the ISO codes.
inline constexpr std::array<hash_slot, hash_slots> code_index = make_code_index();

static_assert(2 * lead_count <= hash_slots && 2 * currency_table_size <= hash_slots,
              "the currency hash indexes must stay at most half full");

// The value stored for `key`, or `missing`.
[[nodiscard]] constexpr std::uint16_t find_slot(const std::array<hash_slot, hash_slots>& t,
                                                std::uint32_t key, std::uint16_t missing) noexcept {
  if (key == 0) return missing;
  for (std::size_t h = slot_of(key);; h = (h + 1) & hash_mask) {
    if (t[h].key == key) return t[h].value;
    if (t[h].key == 0) return missing;
  }
}

// lead_key(text) for a non-empty text, with the common lengths unrolled.
[[nodiscard]] constexpr std::uint32_t lead_key_fast(std::string_view text) noexcept {
  const std::uint8_t b0 = byte_at(text, 0);
  if (b0 < 0x80) return static_cast<std::uint8_t>(ascii_lower(text[0]));
  if (b0 >= 0xE0 && b0 < 0xF0 && text.size() >= 3) {
    return (std::uint32_t{b0} << 16) | (std::uint32_t{byte_at(text, 1)} << 8) | byte_at(text, 2);
  }
  return lead_key(text);
}

// Bytes of `text` that alias `a` (one of the bucket of text's first character, which is
// `lead_len` bytes long) matches at its start, or 0. The byte after the first character
// rejects most aliases before a whole comparison.
[[nodiscard]] constexpr std::size_t match_in_bucket(std::string_view text, std::size_t lead_len,
                                                    const alias_entry& a) noexcept {
  if (a.text.size() > lead_len) {
    // A space in an alias stands for any run of whitespace; plain Latin letters fold case.
    if (text.size() <= lead_len) return 0;
    const char want = a.text[lead_len];
    const char got = text[lead_len];
    if (want != ' ' && want != got &&
        ((a.flags & exact_case) != 0 || ascii_lower(want) != ascii_lower(got))) {
      return 0;
    }
  }
  if ((a.flags & plain_bytes) == 0) return match_alias_at_start(text, a);
  // match_alias_at_start's byte-for-byte case; an ASCII first character was folded above.
  const std::size_t n = a.text.size();
  if (text.size() < n) return 0;
  for (std::size_t i = byte_at(text, 0) < 0x80 ? 0 : lead_len; i < n; ++i) {
    if (text[i] != a.text[i]) return 0;
  }
  if (is_ascii_alnum(a.text[n - 1]) && n < text.size() && is_ascii_alnum(text[n])) return 0;
  return n;
}

/// The best match so far while trying aliases. Not API.
struct match_state {
  std::size_t length = 0;
  std::uint16_t id = 0;
  bool ambiguous = false;

  constexpr void offer(std::size_t n, std::uint16_t candidate, bool is_ambiguous) noexcept {
    if (n > length) {
      length = n;
      id = candidate;
      ambiguous = is_ambiguous;
    }
  }

  [[nodiscard]] constexpr std::optional<currency_match> result(std::size_t extra) const noexcept {
    if (length == 0 || id == 0) return std::nullopt;  // nothing, or a look-alike word won
    return currency_match{currency_access::make(id), ambiguous, length + extra};
  }
};

}  // namespace detail

/// Longest alias that is a prefix of `text`, for the word after an amount: "유로를" gives EUR
/// with length 6, "미국  달러 규모" USD with length covering both words and the spaces.
///
/// Aliases are ISO codes (upper case only), Korean names, English words (any case) and
/// symbols. A space inside an alias matches one or more of space, tab, U+00A0 and U+3000.
/// Latin words and codes must end at a word boundary ("eurozone" and "USDA" do not match);
/// Korean names need none, since particles follow them directly (유로를, 달러의). Leading
/// whitespace is not skipped.
[[nodiscard]] constexpr std::optional<currency_match> match_currency_prefix(
    std::string_view text) noexcept {
  if (text.empty()) return std::nullopt;
  detail::match_state best;
  const std::uint8_t b0 = detail::byte_at(text, 0);
  if (text.size() >= 3 && detail::is_ascii_upper(text[0]) &&
      (text.size() == 3 || !detail::is_ascii_alnum(text[3]))) {
    const std::uint16_t id =
        detail::find_slot(detail::code_index, detail::code_key(text.substr(0, 3)), 0);
    if (id != 0) best.offer(3, id, false);
  }
  const std::uint16_t b = detail::find_slot(detail::lead_index, detail::lead_key_fast(text),
                                            static_cast<std::uint16_t>(detail::lead_count));
  if (b < detail::lead_count) {
    const std::size_t lead_len = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    for (std::size_t k = detail::lead_buckets[b].first; k < detail::lead_buckets[b].last; ++k) {
      const detail::alias_entry& a = detail::prefix_aliases[k];
      if ((a.flags & detail::glued_digits) != 0) continue;
      best.offer(detail::match_in_bucket(text, lead_len, a), a.id,
                 (a.flags & detail::ambiguous) != 0);
    }
  }
  return best.result(0);
}

/// Longest alias that ends at the end of `text`, for a symbol or code written before an
/// amount: "US$" gives USD with length 3, "KRW " KRW with length 4.
///
/// Trailing whitespace in `text` is skipped and counted in `length`. Only ISO codes, symbols
/// and words written before amounts (미화) are tried; names written after amounts (원, 동,
/// 달러) are not, so "101동 " does not read as dong. A code or symbol starting with a Latin
/// letter must start at a word boundary ("XUSD" does not match "USD").
[[nodiscard]] constexpr std::optional<currency_match> match_currency_suffix(
    std::string_view text) noexcept {
  std::size_t end = text.size();
  for (std::size_t n = detail::space_before(text, end); n != 0;
       n = detail::space_before(text, end)) {
    end -= n;
  }
  if (end == 0) return std::nullopt;
  const std::string_view core = text.substr(0, end);
  const auto starts_word = [core](std::size_t from) {
    return from == 0 || !detail::is_ascii_alnum(core[from - 1]);
  };
  detail::match_state best;
  if (end >= 3 && starts_word(end - 3)) {
    if (const std::uint16_t id = detail::currency_id(core.substr(end - 3)); id != 0) {
      best.offer(3, id, false);
    }
  }
  const std::uint8_t last = detail::byte_at(core, end - 1);
  for (std::size_t k = detail::suffix_starts[last]; k < detail::suffix_starts[last + 1u]; ++k) {
    const detail::alias_entry& a = detail::suffix_aliases[k];
    const std::size_t n = a.text.size();
    if (n <= end && core.substr(end - n) == a.text &&
        (!detail::is_ascii_alnum(a.text.front()) || starts_word(end - n))) {
      best.offer(n, a.id, (a.flags & detail::ambiguous) != 0);
    }
  }
  return best.result(text.size() - end);
}

namespace detail {

[[nodiscard]] constexpr std::size_t count_glued() noexcept {
  std::size_t n = 0;
  for (const alias_spec& s : alias_specs) n += (s.flags & glued_digits) != 0 ? 1 : 0;
  return n;
}

// The aliases that are a currency only glued to digits.
[[nodiscard]] constexpr std::array<alias_spec, count_glued()> make_glued_aliases() noexcept {
  std::array<alias_spec, count_glued()> out{};
  std::size_t n = 0;
  for (const alias_spec& s : alias_specs) {
    if ((s.flags & glued_digits) != 0) out[n++] = s;
  }
  return out;
}
inline constexpr auto glued_aliases = make_glued_aliases();

}  // namespace detail

/// A currency written as a prefix glued to an amount's first digit ("W1.5 trillion" gives KRW
/// with length 1): empty unless `text` starts with such an alias and an ASCII digit follows it
/// at once. The caller checks that the alias starts a word ("KW1" is not won).
[[nodiscard]] constexpr std::optional<currency_match> match_glued_currency_prefix(std::string_view text) noexcept {
  for (const detail::alias_spec& a : detail::glued_aliases) {
    const std::size_t n = a.text.size();
    if (text.size() > n && text.substr(0, n) == a.text && text[n] >= '0' && text[n] <= '9') {
      return currency_match{detail::currency_access::make(detail::currency_id(a.code)), (a.flags & detail::ambiguous) != 0, n};
    }
  }
  return std::nullopt;
}

/// Whole-string lookup: an ISO code ("USD"), Korean name ("미국 달러"), English name
/// ("Dollars", any case) or symbol ("US$"). Empty unless the whole of `name` is one alias;
/// surrounding whitespace is not trimmed.
[[nodiscard]] constexpr std::optional<currency_match> find_currency(
    std::string_view name) noexcept {
  auto m = match_currency_prefix(name);
  if (m && m->length == name.size()) return m;
  return std::nullopt;
}

namespace detail {

// Every Korean name in the currency table reads back as its currency.
[[nodiscard]] constexpr bool korean_names_are_aliases() noexcept {
  for (std::size_t i = 1; i < currency_table_size; ++i) {
    const currency_data& row = currency_table[i];
    if (row.korean_name.empty()) continue;
    const auto back = find_currency(row.korean_name);
    if (!back || back->value.code() != row.code) return false;
  }
  return true;
}

[[nodiscard]] constexpr bool same_folded(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

[[nodiscard]] constexpr bool alias_table_is_valid() noexcept {
  for (std::size_t i = 0; i < alias_count; ++i) {
    const alias_spec& s = alias_specs[i];
    if (s.text.empty() || s.text.front() == ' ' || s.text.back() == ' ') return false;
    if ((s.flags & plain_bytes) != 0) return false;  // computed, not written
    if (s.text.find("  ") != std::string_view::npos) return false;
    if (!s.code.empty() && currency_id(s.code) == 0) return false;
    if (currency_id(s.text) != 0) return false;  // codes are matched from the currency table
    if ((s.flags & before_amount) != 0 && (s.flags & exact_case) == 0 && has_ascii_letter(s.text)) {
      return false;  // aliases before amounts are compared byte for byte
    }
    if ((s.flags & before_amount) != 0 && s.text.find(' ') != std::string_view::npos) {
      return false;
    }
    if ((s.flags & glued_digits) != 0 && ((s.flags & (exact_case | before_amount)) != exact_case ||
                                         s.text.find(' ') != std::string_view::npos)) {
      return false;  // glued aliases are compared byte for byte and have their own reader
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (same_folded(alias_specs[j].text, s.text)) return false;
    }
  }
  return alias_count < 0xFFFF && suffix_alias_count < 0xFFFF;
}
static_assert(korean_names_are_aliases(), "every korean_name must be an alias of its currency");
static_assert(alias_table_is_valid(), "alias_specs must be well formed and free of duplicates");

}  // namespace detail

}  // namespace eok

#endif  // EOK_LEXICON_CURRENCY_NAMES_HPP
