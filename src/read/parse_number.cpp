// The figure parser's numbers: literals and amounts, read exactly (see parse_detail.hpp).
//
// A literal is a run of digits (`1,234.5`, full-width digits too) or of numeral words (`삼천`
// reads 3 then the place 천). An amount is literals, places (십 백 천) and myriads (만 억 조 경
// 해) in decreasing order, with spaces allowed between groups (`1조 2,345억`), perhaps vague
// (`수천억`) or a little over (`1억여`), then perhaps an English scale (`1.5 billion`). Values
// accumulate in `num`, a 128-bit mantissa and a power of ten, and become a decimal once.
#include "parse_detail.hpp"

namespace eok::parse_detail {

decimal to_decimal(num v, bool negative) {
  // Fast path: the coefficient fits in 64 bits (every figure a newspaper prints).
  if (v.m >= 0 && v.m <= static_cast<int128>(INT64_MAX)) {
    auto m64 = static_cast<std::int64_t>(v.m);
    if (v.e < 0) return decimal::from_parts(negative ? -m64 : m64, -v.e);
    if (v.e <= 18) {
      const auto p = static_cast<std::int64_t>(pow10[static_cast<std::size_t>(v.e)]);
      std::int64_t scaled = 0;  // m64 * p, when it fits (no division: a 64-bit div is slow)
      if (!__builtin_mul_overflow(m64, p, &scaled)) return decimal(negative ? -scaled : scaled);
    }
  }
  char buf[80];
  std::size_t n = 0;
  int128 m = v.m;
  char rev[40];
  std::size_t r = 0;
  do {
    rev[r++] = static_cast<char>('0' + static_cast<int>(m % 10));
    m /= 10;
  } while (m != 0);
  while (r > 0) buf[n++] = rev[--r];
  if (v.e > 0 && v.m != 0) {
    if (n + static_cast<std::size_t>(v.e) > sizeof buf) {
      std::string digits(buf, n);
      digits.append(static_cast<std::size_t>(v.e), '0');
      return decimal::from_digits(digits, 0, negative);
    }
    for (int k = 0; k < v.e; ++k) buf[n++] = '0';
  }
  return decimal::from_digits(std::string_view(buf, n), v.e < 0 ? -v.e : 0, negative && v.m != 0);
}

decimal pow10_decimal(int p) {
  if (p >= 0 && p <= 18) return decimal(static_cast<std::int64_t>(pow10[static_cast<std::size_t>(p)]));
  if (p >= 0) return to_decimal(num{1, p}, false);
  return decimal::from_parts(1, -p);
}

/// Whether s_[at..] is exactly three ASCII digits, not followed by another digit.
bool reader::spaced_group_at(std::size_t at) const noexcept {
  if (at + 3 > s_.size()) return false;
  for (std::size_t k = at; k < at + 3; ++k) {
    if (s_[k] < '0' || s_[k] > '9') return false;
  }
  return at + 3 == s_.size() || s_[at + 3] < '0' || s_[at + 3] > '9';
}

EOK_ALWAYS_INLINE inline bool reader::read_digits(std::size_t i, literal& out) {
  out = literal{};
  out.begin = i;
  std::size_t j = i;
  // Up to 18 significant digits accumulate in 64 bits; only longer numbers use 128.
  std::uint64_t m64 = 0;
  int128 m = 0;
  int sig = 0;
  int frac = 0;
  bool point = false;
  std::size_t count = 0;  // every digit written, leading zeros included
  int group_len = 0;
  bool commas = false;
  bool spaced = false;
  std::size_t last_comma = 0;
  auto groups_ok = [&]() {
    if (commas && group_len != 3) return fail(why::comma_group, last_comma);
    return true;
  };
  for (;;) {
    const cp_len c = utf8::next(s_, j);
    const int dv = digit_value(c.cp);
    if (c.len != 0 && dv >= 0) {
      if (sig != 0 || dv != 0) {
        if (++sig > max_digits) return fail(why::too_long, j);
      }
      if (++count > decimal::max_parse_digits) return fail(why::too_many_digits, j);
      if (sig <= 18) {
        m64 = m64 * 10 + static_cast<unsigned>(dv);
      } else {
        if (sig == 19) m = static_cast<int128>(m64);
        m = m * 10 + dv;
      }
      if (point) {
        ++frac;
      } else {
        ++group_len;
      }
      j += c.len;
      continue;
    }
    if (c.cp == ',' && !point) {
      const cp_len n = utf8::next(s_, j + 1);
      if (n.cp == ',') return fail(why::double_comma, j + 1);
      if (digit_value(n.cp) < 0) break;  // a list: "1, 2"
      if (!commas && group_len > 3) return fail(why::comma_after_four, j);
      if (commas && group_len != 3) return fail(why::comma_group, last_comma);
      commas = true;
      last_comma = j;
      group_len = 0;
      ++j;
      continue;
    }
    if (c.cp == ' ' && !point && !commas && group_len >= 1 && group_len <= 3 && (!spaced || group_len == 3) &&
        spaced_group_at(j + 1)) {
      // Thousands grouped by spaces: 1 234 567원, 총 100 000 000원 (three digits after each space).
      spaced = true;
      group_len = 0;
      ++j;
      continue;
    }
    if ((c.cp == '.' || c.cp == 0xFF0E) && c.len != 0) {
      const cp_len n = utf8::next(s_, j + c.len);
      if (point) {
        if (digit_value(n.cp) >= 0) return fail(why::two_points, j);
        break;
      }
      if (digit_value(n.cp) < 0) {
        if (n.cp == '.' || n.cp == 0xFF0E) note(why::point_no_digit, j);
        break;
      }
      if (!groups_ok()) return false;
      commas = false;
      point = true;
      j += c.len;
      continue;
    }
    break;
  }
  if (!point && !groups_ok()) return false;
  out.v = num{sig <= 18 ? static_cast<int128>(m64) : m, -frac};
  out.written_e = -frac;
  out.end = j;
  return true;
}

/// A run of numeral words: 삼오칠팔구 reads digit by digit. After a place word only one digit
/// belongs to the number (이십육이다: 26, then the copula 이), so `one_digit` stops there.
bool reader::read_numerals(std::size_t i, literal& out, bool one_digit) {
  out = literal{};
  out.begin = i;
  out.spelled = true;
  std::size_t j = i;
  int128 m = 0;
  int sig = 0;
  int frac = 0;
  bool point = false;
  int count = 0;
  for (;;) {
    const cp_len c = utf8::next(s_, j);
    const int dv = c.len != 0 ? numeral_value(c.cp) : -1;
    if (dv >= 0) {
      if (m != 0 || dv != 0) {
        if (++sig > max_digits) return fail(why::too_long, j);
      }
      if (one_digit && count == 1 && !point) break;
      if (static_cast<std::size_t>(count) >= decimal::max_parse_digits) return fail(why::too_many_digits, j);
      m = m * 10 + dv;
      if (point) ++frac;
      ++count;
      j += c.len;
      continue;
    }
    if (!point && (c.cp == u("점") || c.cp == u("쩜"))) {
      const cp_len n = utf8::next(s_, j + c.len);
      if (n.len != 0 && numeral_value(n.cp) >= 0) {
        point = true;
        j += c.len;
        continue;
      }
    }
    break;
  }
  if (count == 0) return false;
  out.v = num{m, -frac};
  out.written_e = -frac;
  out.end = j;
  return true;
}

bool reader::take_small(amount_state& st, int k, std::size_t at, std::size_t len) {
  if (st.last == tok::small && k >= st.last_small && !st.have_pending) {
    return fail(why::scale_after_scale, at, piece(at, len), piece(st.last_scale_at, st.last_scale_len));
  }
  if (k >= st.last_small) {
    return fail(why::scale_order, at, piece(at, len), piece(st.small_at, st.small_len));
  }
  literal lit{};
  if (st.have_pending) {
    lit = st.pending;
  } else {
    lit.v = num{1, 0};
    lit.written_e = 0;
  }
  num term = lit.v;
  term.e += k;
  if (!below_pow10(term, st.group_ulp)) {
    return fail(why::part_too_large, at, piece(at, len), piece(st.small_at, st.small_len));
  }
  if (!add_to(st.group, term)) return fail(why::too_long, at);
  st.group_ulp = k + lit.v.e;
  st.group_written = std::min(st.group_written, k + lit.written_e);
  if (lit.vague) {
    st.vague_rel = k;
    st.vague_open = true;
  }
  if (!st.lead_done && !st.lead_in_group) {
    st.lead_in_group = true;
    st.lead_rel = k;
  }
  st.last_small = k;
  st.have_pending = false;
  st.small_at = at;
  st.small_len = len;
  return took_scale(st, tok::small, at, len);
}

/// Records that a scale word of kind `t` was read at [at, at + len).
bool reader::took_scale(amount_state& st, tok t, std::size_t at, std::size_t len) noexcept {
  st.last = t;
  st.last_scale_at = at;
  st.last_scale_len = len;
  st.has_scale = true;
  st.any = true;
  return true;
}

/// Closes the current group at myriad exponent k (0 for the units at the end); `at`/`len`
/// name the myriad word for messages.
[[gnu::hot]] bool reader::flush_group(amount_state& st, int k, std::size_t at, std::size_t len) {
  if (st.have_pending) {
    const literal& lit = st.pending;
    if (!below_pow10(lit.v, st.group_ulp)) {
      return fail(why::part_too_large, lit.begin, piece(lit.begin, lit.end - lit.begin),
                  piece(st.small_at, st.small_len));
    }
    if (!add_to(st.group, lit.v)) return fail(why::too_long, lit.begin);
    st.group_ulp = lit.v.e;
    st.group_written = std::min(st.group_written, lit.written_e);
    if (lit.vague) {
      st.vague_rel = 0;
      st.vague_open = true;
    }
    if (!st.lead_done && !st.lead_in_group) {
      st.lead_in_group = true;
      st.lead_rel = 0;
    }
    st.have_pending = false;
  }
  if (st.group_ulp == INT_MAX) return true;  // nothing in this group
  num term = st.group;
  term.e += k;
  if (!below_pow10(term, st.total_ulp)) {
    const std::size_t from = st.group_begin == std::string_view::npos ? at : st.group_begin;
    const std::size_t to = len == 0 ? st.end : at + len;
    return fail(why::part_too_large, from, piece(from, to - from), piece(st.myriad_at, st.myriad_len));
  }
  if (!add_to(st.total, term)) return fail(why::too_long, at);
  st.total_ulp = k + st.group_ulp;
  if (st.group_written != INT_MAX) st.written = std::min(st.written, k + st.group_written);
  if (st.vague_open) {
    st.vague_abs = st.vague_rel + k;
    st.vague_open = false;
  }
  if (st.lead_in_group && !st.lead_done) {
    st.lead_done = true;
    st.lead_mult = st.lead_rel + k;
    st.lead_myriad = k;
  }
  st.group = num{};
  st.group_ulp = INT_MAX;
  st.group_written = INT_MAX;
  st.last_small = 4;
  st.small_len = 0;
  st.group_begin = std::string_view::npos;
  return true;
}

bool reader::take_myriad(amount_state& st, int k, std::size_t at, std::size_t len) {
  if (st.last == tok::myriad) {
    return fail(why::scale_after_scale, at, piece(at, len), piece(st.last_scale_at, st.last_scale_len));
  }
  if (!st.any && k != 4) {
    const cp_len n = utf8::next(s_, at + len);
    if (myriad_scale(n.cp) != 0 || small_scale(n.cp) != 0) {
      return fail(why::scale_after_scale, at + len, piece(at + len, n.len), piece(at, len));
    }
    return fail(why::no_digits_before_scale, at, piece(at, len));
  }
  if (k >= st.last_myriad) {
    return fail(why::scale_order, at, piece(at, len), piece(st.myriad_at, st.myriad_len));
  }
  if (!st.have_pending && st.last != tok::small) {
    // A bare 만 at the start, or after another group's close: one of it.
    st.pending = literal{};
    st.pending.v = num{1, 0};
    st.pending.begin = at;
    st.pending.end = at;
    st.have_pending = true;
  }
  if (!flush_group(st, k, at, len)) return false;
  st.last_myriad = k;
  st.myriad_at = at;
  st.myriad_len = len;
  return took_scale(st, tok::myriad, at, len);
}

/// A digit literal or a run of numeral words at j, into st.pending. False means stop here
/// (st.end stays where the amount ends); a hard error is in d_.
EOK_ALWAYS_INLINE inline bool reader::take_literal(amount_state& st, std::size_t& j, cp_len c, cclass cl) {
  if (cl.kind == ck::digit) {
    if (st.mode == 2 || st.last == tok::literal) return false;
    if (!read_digits(j, st.pending)) return false;
    st.mode = 1;
  } else {
    if (st.mode == 1 || st.last == tok::literal) return false;
    literal lit;
    if (!read_numerals(j, lit, st.any)) return false;
    st.mode = 2;
    st.pending = lit;
    st.single_numeral = st.literals == 0 && !st.has_scale && lit.end - lit.begin == c.len;
  }
  if (st.group_begin == std::string_view::npos) st.group_begin = j;
  st.have_pending = true;
  st.last = tok::literal;
  st.any = true;
  ++st.literals;
  j = st.pending.end;
  st.end = j;
  return true;
}

/// 수 or 몇 before a place or scale word: a literal of 2 whose high end is 9 (수천억).
EOK_ALWAYS_INLINE inline bool reader::take_vague(amount_state& st, std::size_t& j, cp_len c) {
  if (st.last == tok::literal || st.vague) return false;
  const cclass n = classify(utf8::next(s_, j + c.len).cp);
  if (n.kind != ck::small && n.kind != ck::myriad) return false;
  if (st.group_begin == std::string_view::npos) st.group_begin = j;
  st.pending = literal{};
  st.pending.v = num{2, 0};
  st.pending.vague = true;
  st.pending.begin = j;
  st.pending.end = j + c.len;
  st.have_pending = true;
  st.vague = true;
  st.last = tok::literal;
  st.any = true;
  ++st.literals;
  j += c.len;
  return true;
}

/// 여 after an amount (1억여: a little over 1억), unless it begins a word (여러, 여름).
EOK_ALWAYS_INLINE inline bool reader::take_over(amount_state& st, std::size_t& j, cp_len c) {
  if (!st.any) return false;
  const cp_len n = utf8::next(s_, j + c.len);
  if (n.len != 0 && utf8::is_hangul_syllable(n.cp) && small_scale(n.cp) == 0 && myriad_scale(n.cp) == 0 &&
      !boundary_at(j + c.len)) {
    return false;
  }
  st.approximate = true;
  j += c.len;
  st.end = j;
  return true;
}

/// Whether the amount goes on after the spaces at j: `1조 2천억`, `3천 500만`.
EOK_ALWAYS_INLINE inline bool reader::space_continues(const amount_state& st, std::size_t j) const {
  const cclass n = classify(utf8::next(s_, skip_spaces(s_, j)).cp);
  switch (n.kind) {
    case ck::small: return st.last != tok::none;
    case ck::myriad: return st.last == tok::literal || st.last == tok::small;
    case ck::digit:
    case ck::numeral: return st.last == tok::small || st.last == tok::myriad;
    default: return false;
  }
}

/// Closes the last group and fills `out` from the state.
EOK_ALWAYS_INLINE inline bool reader::finish_amount(amount_state& st, std::size_t i, amount& out) {
  if (st.have_pending && st.pending.vague) {
    note(why::vague_needs_scale, st.pending.end);
    return false;
  }
  // 1억2천, 3억5천, 2조 5천: an amount in digits that ends on a place word after 억 or more was
  // counted in the myriad below the last one (news writes 1억2천 for 1억2천만); read so, and say
  // so. Numbers spelled wholly in words are written out in full, as on a cheque (이십일조 삼백 is
  // 21조 300), and keep their literal value.
  const bool unit_assumed =
      st.mode == 1 && st.last == tok::small && st.last_myriad != INT_MAX && st.last_myriad >= 8;
  if (!flush_group(st, unit_assumed ? st.last_myriad - 4 : 0, st.end, 0)) return false;
  out.begin = i;
  out.unit_assumed = unit_assumed;
  out.has_myriad = st.last_myriad != INT_MAX;
  out.lead_myriad = st.lead_myriad;
  out.end = st.end;
  out.value = st.total;
  out.vague = st.vague;
  out.vague_high = num{};
  if (st.vague) {
    out.vague_high = st.total;
    if (!add_to(out.vague_high, num{8, st.vague_abs})) return fail(why::too_long, i);
  }
  out.vague_e = st.vague_abs;
  out.written_e = st.written;
  out.lead_mult = st.lead_mult;
  out.has_scale = st.has_scale;
  out.has_digits = st.mode == 1;
  out.approximate = st.approximate;
  out.ends_with_scale = st.last == tok::small || st.last == tok::myriad;
  out.single_numeral = st.single_numeral && st.literals == 1 && !st.has_scale;
  return true;
}

/// An English scale word after a plain number (`1.5 billion`, `$10m`, `€109bn`, `$1.5 bln`),
/// glued or after one space; the lexicon's english_scales say which need a currency first.
EOK_ALWAYS_INLINE inline void reader::read_english_scale(const amount_state& st, bool allow_letter_scales, amount& out) const {
  const std::size_t k = st.end < s_.size() && s_[st.end] == ' ' ? st.end + 1 : st.end;
  if (st.mode != 1 || st.has_scale || st.literals != 1 || k >= s_.size() || !is_ascii_letter(s_[k])) return;
  for (const english_scale& w : english_scales) {
    if (w.needs_currency && !allow_letter_scales) continue;
    if (!starts_with_ci(s_, k, w.text)) continue;
    std::size_t len = w.text.size();
    if (w.plural && len + k < s_.size() && (s_[k + len] | 0x20) == 's') ++len;  // billions
    if (!word_ends_at(s_, k + len)) continue;
    out.value.e += w.exponent;
    out.written_e += w.exponent;
    out.lead_mult = w.exponent;
    out.has_scale = true;
    out.ends_with_scale = true;
    out.end = k + len;
    return;
  }
}

/// Reads one amount at i: literals, places (십 백 천) and myriads (만 억 조 경 해), with spaces
/// between groups, then an English scale word. Reads no further than `stop`.
[[gnu::hot]] bool reader::read_amount(std::size_t i, bool allow_letter_scales, amount& out, std::size_t stop) {
  amount_state st;
  std::size_t space_at = std::string_view::npos;  // the last space crossed inside the amount
  std::size_t j = i;
  st.end = i;
  while (j < stop) {
    const cp_len c = utf8::next(s_, j);
    if (c.len == 0) break;
    const cclass cl = classify(c.cp);
    bool go = false;
    switch (cl.kind) {
      case ck::digit:
      case ck::numeral:
        go = take_literal(st, j, c, cl);
        if (!go && d_.hard) return false;
        break;
      case ck::vague: go = take_vague(st, j, c); break;
      case ck::small:
      case ck::myriad:
        if (st.group_begin == std::string_view::npos) st.group_begin = j;
        if (!(cl.kind == ck::small ? take_small(st, cl.value, j, c.len) : take_myriad(st, cl.value, j, c.len))) {
          return false;
        }
        j += c.len;
        st.end = j;
        go = true;
        break;
      case ck::yeo: go = take_over(st, j, c); break;
      case ck::space:
        go = space_continues(st, j);
        if (go) {
          space_at = j;
          j = skip_spaces(s_, j);
        }
        break;
      case ck::other: break;
    }
    if (!go) break;
  }
  if (space_at != std::string_view::npos && stop == std::string_view::npos && !boundary_at(st.end)) {
    // What follows the space did not end at a word boundary ("1조 2천억개" is fine, "5억 일조량"
    // is not): read the amount again, stopping at that space. Rare, so the common path keeps
    // no copy of the state.
    if (d_.hard) return false;
    return read_amount(i, allow_letter_scales, out, space_at);
  }
  if (!st.any || !finish_amount(st, i, out)) return false;
  read_english_scale(st, allow_letter_scales, out);
  return true;
}

}  // namespace eok::parse_detail
