// Relations stated in an article's wording: parts and totals (씩 … 총), fractions of a whole
// (이 중 절반인), multiples and ratios (의 약 9배, 두 배, 20분의 1) and yearly amounts over a period
// (5년간 매년 … 모두). The cues are matched on the UTF-8 bytes between figures, within a
// sentence, so the figures' byte offsets must point into `article::text`.
#include <eok/reconcile/reconcile.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace eok {
namespace {

constexpr std::array<std::pair<std::string_view, int>, 10> native_numbers{{
    {"한", 1}, {"두", 2}, {"세", 3}, {"네", 4}, {"다섯", 5},
    {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}, {"열", 10},
}};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
std::string_view trim_front(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}
std::string_view trim_back(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// The sentence around byte `at`: from just after the previous boundary (a line end, or '.',
/// '?' or '!' followed by a space or line end) to the next.
std::pair<std::size_t, std::size_t> sentence_at(std::string_view text, std::size_t at) {
  auto boundary = [&](std::size_t i) {
    const char c = text[i];
    if (c == '\n') return true;
    if (c == '.' || c == '?' || c == '!') return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    return false;
  };
  at = std::min(at, text.size());
  std::size_t begin = at;
  while (begin > 0 && !boundary(begin - 1)) --begin;
  std::size_t end = at;
  while (end < text.size() && !boundary(end)) ++end;
  return {begin, end};
}

/// A number at the start of `s`: ASCII digits (with one '.') or a native Korean numeral word.
/// Returns the value and the bytes it took.
std::optional<std::pair<ratio, std::size_t>> leading_number(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && ((s[n] >= '0' && s[n] <= '9') || (s[n] == '.' && n > 0))) ++n;
  if (n > 0 && s[n - 1] == '.') --n;
  if (n > 0) {
    if (auto d = decimal::try_parse(s.substr(0, n))) return std::make_pair(ratio(*d), n);
    return std::nullopt;
  }
  // Longest native word first (다섯 before 다).
  std::optional<std::pair<ratio, std::size_t>> best;
  for (const auto& [word, value] : native_numbers) {
    if (starts_with(s, word) && (!best || word.size() > best->second)) best = std::make_pair(ratio(value), word.size());
  }
  return best;
}

/// A number ending `s` (trailing spaces ignored): digits, or a native word standing alone.
std::optional<ratio> trailing_number(std::string_view s) {
  s = trim_back(s);
  std::size_t n = 0;
  while (n < s.size() && s[s.size() - 1 - n] >= '0' && s[s.size() - 1 - n] <= '9') ++n;
  if (n > 0) return ratio(decimal::parse(s.substr(s.size() - n)));
  for (const auto& [word, value] : native_numbers) {
    if (ends_with(s, word)) {
      const std::string_view before = s.substr(0, s.size() - word.size());
      if (before.empty() || before.back() == ' ' || before.back() == '(' || before.back() == ',') return ratio(value);
    }
  }
  return std::nullopt;
}

/// "N분의 M" at the start of `s`: M/N and the bytes taken.
std::optional<std::pair<ratio, std::size_t>> leading_fraction(std::string_view s) {
  const auto den = leading_number(s);
  if (!den) return std::nullopt;
  std::string_view rest = s.substr(den->second);
  constexpr std::string_view bun = "분의";
  if (!starts_with(rest, bun)) return std::nullopt;
  rest = trim_front(rest.substr(bun.size()));
  const auto num = leading_number(rest);
  if (!num || den->first.is_zero()) return std::nullopt;
  const std::size_t used = s.size() - rest.size() + num->second;
  return std::make_pair(num->first / den->first, used);
}

bool is_money(const figure& f) { return f.kind == figure_kind::money && f.cur.valid() && f.value.has_value(); }

/// Whether `s` states a total: 총, 모두, 합계, 전체, 합쳐.
bool says_total(std::string_view s) {
  for (std::string_view w : {"총", "모두", "합계", "전체", "합쳐"}) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

/// The count of parts stated before `upto` in the sentence: a count figure (3명) or a number
/// with a counter (세 사람, 3곳).
std::optional<ratio> stated_count(const article& a, std::size_t sentence_begin, std::size_t upto) {
  for (std::size_t k = a.figures.size(); k-- > 0;) {
    const figure& f = a.figures[k];
    if (f.start >= sentence_begin && f.end <= upto && f.kind == figure_kind::count && f.value &&
        f.value->is_integer()) {
      return ratio(*f.value);
    }
  }
  const std::string_view before = std::string_view(a.text).substr(sentence_begin, upto - sentence_begin);
  for (std::string_view counter : {"명", "곳", "개사", "개국", "개", "사람", "기업", "기관", "나라"}) {
    std::size_t at = before.rfind(counter);
    while (at != std::string_view::npos) {
      if (auto n = trailing_number(before.substr(0, at))) return n;
      if (at == 0) break;
      at = before.rfind(counter, at - 1);
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<relation> find_relations(const article& a) {
  std::vector<relation> out;
  const std::string_view text = a.text;
  if (text.empty()) return out;
  std::vector<bool> target(a.figures.size(), false);
  for (const auto& l : a.conversions) {
    if (l.to < target.size()) target[l.to] = true;
  }
  auto usable = [&](std::size_t i) {
    const figure& f = a.figures[i];
    return is_money(f) && !target[i] && f.end <= text.size() && f.start <= f.end;
  };
  auto between = [&](std::size_t i, std::size_t j) {
    const std::size_t from = a.figures[i].end;
    const std::size_t to = a.figures[j].start;
    return from <= to ? text.substr(from, to - from) : std::string_view();
  };

  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    if (!usable(i)) continue;
    const figure& f = a.figures[i];
    const auto [s_begin, s_end] = sentence_at(text, f.start);

    // 1. 씩 … 총: an amount per part, then the total.
    const bool each = f.each || starts_with(text.substr(f.end), "씩");
    if (each) {
      for (std::size_t j = i + 1; j < a.figures.size() && a.figures[j].start < s_end; ++j) {
        if (!usable(j) || a.figures[j].cur != f.cur) continue;
        if (says_total(between(i, j)) || starts_with(a.figures[j].text, "총")) {
          out.push_back(relation{relation_kind::total, j, i, stated_count(a, s_begin, f.start), false, "씩 … 총"});
          break;
        }
      }
    }

    // 2. 이 중 절반인 / 이 중 3분의 1인: a part of an earlier whole, in this or the sentence before.
    for (std::size_t j = i + 1; j < a.figures.size(); ++j) {
      if (!usable(j) || a.figures[j].cur != f.cur) continue;
      const std::string_view gap = between(i, j);
      const std::size_t t_begin = sentence_at(text, a.figures[j].start).first;
      if (t_begin != s_begin && t_begin != s_end + 1) break;  // this sentence or the next only
      std::optional<ratio> factor;
      std::string cue;
      if (gap.find("절반") != std::string_view::npos) {
        factor = ratio(1) / ratio(2);
        cue = "절반";
      } else {
        for (std::string_view lead : {"이 중", "이중", "그중", "그 중"}) {
          const std::size_t at = gap.find(lead);
          if (at == std::string_view::npos) continue;
          if (auto fr = leading_fraction(trim_front(gap.substr(at + lead.size())))) {
            factor = fr->first;
            cue = std::string(lead) + " " + std::string(trim_front(gap.substr(at + lead.size())).substr(0, fr->second));
          }
        }
      }
      if (factor) out.push_back(relation{relation_kind::part, j, i, factor, false, cue});
      break;  // only the next figure of the currency can be the part
    }

    // 3. B의 (약) N배 / B의 N분의 M: a multiple or ratio of B, stated by a neighbour.
    {
      std::string_view rest = text.substr(f.end);
      while (starts_with(rest, ")")) rest.remove_prefix(1);
      rest = trim_front(rest);
      std::optional<ratio> factor;
      bool approximate = false;
      std::string cue;
      if (starts_with(rest, "의")) {
        std::string_view r = trim_front(rest.substr(std::string_view("의").size()));
        if (starts_with(r, "약")) {
          approximate = true;
          r = trim_front(r.substr(std::string_view("약").size()));
        }
        if (auto fr = leading_fraction(r)) {
          factor = fr->first;
          cue = std::string(rest.substr(0, rest.size() - r.size() + fr->second));
        } else if (auto n = leading_number(r)) {
          const std::string_view after = trim_front(r.substr(n->second));
          if (starts_with(after, "배")) {
            factor = n->first;
            cue = std::string(rest.substr(0, rest.size() - after.size() + std::string_view("배").size()));
          }
        }
      }
      if (factor) {
        // The figure stated as the multiple: the nearest other amount of the currency in the
        // sentence, before B (미국(672억달러)이 중국(78억달러)의 약 9배) or else after it.
        std::optional<std::size_t> partner;
        for (std::size_t j = i; j-- > 0;) {
          if (a.figures[j].start < s_begin) break;
          if (usable(j) && a.figures[j].cur == f.cur) {
            partner = j;
            break;
          }
        }
        for (std::size_t j = i + 1; !partner && j < a.figures.size() && a.figures[j].start < s_end; ++j) {
          if (usable(j) && a.figures[j].cur == f.cur) partner = j;
        }
        if (partner) out.push_back(relation{relation_kind::multiple, *partner, i, factor, approximate, cue});
      }
    }

    // 4. N년간 매년 X … 모두 T: a yearly amount over a period, against a stated total.
    {
      std::string_view before = trim_back(text.substr(s_begin, f.start - s_begin));
      if (ends_with(before, "매년") || ends_with(before, "해마다")) {
        before = trim_back(before.substr(0, before.size() - (ends_with(before, "매년") ? std::string_view("매년").size()
                                                                                      : std::string_view("해마다").size())));
        std::optional<ratio> years;
        for (std::string_view span : {"년간", "년 동안", "년동안"}) {
          if (ends_with(before, span)) years = trailing_number(before.substr(0, before.size() - span.size()));
          if (years) break;
        }
        if (years) {
          for (std::size_t j = i + 1; j < a.figures.size() && a.figures[j].start < s_end; ++j) {
            if (!usable(j) || a.figures[j].cur != f.cur) continue;
            if (says_total(between(i, j)) || starts_with(a.figures[j].text, "총")) {
              const std::string count = years->to_decimal(0, rounding::down).to_string();
              out.push_back(relation{relation_kind::per_period, j, i, years, false, count + "년간 매년"});
            }
            break;
          }
        }
      }
    }
  }
  return out;
}

}  // namespace eok
