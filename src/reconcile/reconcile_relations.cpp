// Relations between an article's figures. The cues that belong to one figure come from the
// scanner's links (`figure::each`, `article::links`: total, per, over), so `매년`, `매해`,
// `해마다` and `연간` are one cue here because the scanner reports them as one. Only the words that
// tie two figures together (이 중 절반인, 의 약 9배, 20분의 1, 세 사람이) are read from the text,
// between the two figures and within a sentence; they come from lexicon/relation_words.hpp.
#include <eok/lexicon/cues.hpp>
#include <eok/lexicon/relation_words.hpp>
#include <eok/reconcile/article.hpp>
#include <eok/reconcile/checks.hpp>
#include <eok/text/text.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eok {
namespace {

namespace words = relation_words;

bool starts_with(std::string_view s, std::string_view p) { return bytes::at(s, 0, p); }
using bytes::ends_with;
std::string_view trim_front(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}
std::string_view trim_back(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
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
  for (const auto& numeral : words::native_numerals) {
    if (starts_with(s, numeral.word) && (!best || numeral.word.size() > best->second)) {
      best = std::make_pair(ratio(static_cast<long long>(numeral.value)), numeral.word.size());
    }
  }
  return best;
}

/// A number ending `s` (trailing spaces ignored): digits, or a native word standing alone.
std::optional<ratio> trailing_number(std::string_view s) {
  s = trim_back(s);
  std::size_t n = 0;
  while (n < s.size() && s[s.size() - 1 - n] >= '0' && s[s.size() - 1 - n] <= '9') ++n;
  if (n > 0) return ratio(decimal::parse(s.substr(s.size() - n)));
  for (const auto& numeral : words::native_numerals) {
    if (ends_with(s, numeral.word)) {
      const std::string_view before = s.substr(0, s.size() - numeral.word.size());
      if (before.empty() || before.back() == ' ' || before.back() == '(' || before.back() == ',') {
        return ratio(static_cast<long long>(numeral.value));
      }
    }
  }
  return std::nullopt;
}

/// "N분의 M" at the start of `s`: M/N and the bytes taken.
std::optional<std::pair<ratio, std::size_t>> leading_fraction(std::string_view s) {
  const auto den = leading_number(s);
  if (!den) return std::nullopt;
  std::string_view rest = s.substr(den->second);
  if (!starts_with(rest, words::fraction_of)) return std::nullopt;
  rest = trim_front(rest.substr(words::fraction_of.size()));
  const auto num = leading_number(rest);
  if (!num || den->first.is_zero()) return std::nullopt;
  const std::size_t used = s.size() - rest.size() + num->second;
  return std::make_pair(num->first / den->first, used);
}

/// The cue a relation is named by, spelled with the lexicon's first word for each meaning, so
/// every spelling the scanner reads (매년, 매해, 해마다, 연간) names it alike: "씩 … 총", "5년간 매년".
std::string each_then_total_cue() {
  return std::string(lexicon::each_suffix) + " … " + std::string(lexicon::total_words.front());
}
std::string yearly_cue(std::uint32_t years) {
  std::string_view year_word;
  for (const auto& u : lexicon::span_units) {
    if (u.unit == period_unit::year && year_word.empty()) year_word = u.word;
  }
  std::string_view every_year;
  for (const auto& p : lexicon::per_words) {
    if (p.unit == period_unit::year && every_year.empty()) every_year = p.word;
  }
  return std::to_string(years) + std::string(year_word) + std::string(lexicon::span_forms.front().glued) + " " +
         std::string(every_year);
}

bool is_money(const figure& f) { return f.kind == figure_kind::money && f.cur.valid() && f.value.has_value(); }

/// The figures of one article and what is known of them, shared by the rules below.
class relation_finder {
public:
  explicit relation_finder(const article& a) : a_(a), text_(a.text), target_(a.figures.size(), false) {
    for (const auto& l : a.conversions) {
      if (l.to < target_.size()) target_[l.to] = true;
    }
  }

  std::vector<relation> find() {
    if (text_.empty()) return std::move(out_);
    for (std::size_t i = 0; i < a_.figures.size(); ++i) {
      if (!usable(i)) continue;
      const auto [s_begin, s_end] = sentence_at(text_, a_.figures[i].start);
      parts_and_total(i, s_begin, s_end);
      part_of_whole(i, s_begin, s_end);
      sum_of_parts(i, s_begin);
      multiple(i, s_begin, s_end);
      per_period(i, s_end);
    }
    restated();
    return std::move(out_);
  }

private:
  /// A money figure with a value inside the text that is not itself a conversion's target.
  bool usable(std::size_t i) const {
    const figure& f = a_.figures[i];
    return is_money(f) && !target_[i] && f.end <= text_.size() && f.start <= f.end;
  }
  bool is_total(std::size_t i) const { return i < a_.links.size() && a_.links[i].total; }
  std::string_view between(std::size_t i, std::size_t j) const {
    const std::size_t from = a_.figures[i].end;
    const std::size_t to = a_.figures[j].start;
    return from <= to ? text_.substr(from, to - from) : std::string_view();
  }
  /// The first usable figure after `i` in the same currency and sentence that the scanner
  /// marked as a total; with `next_only`, only if the next figure of the currency is it.
  std::optional<std::size_t> next_total(std::size_t i, std::size_t s_end, bool next_only) const {
    for (std::size_t j = i + 1; j < a_.figures.size() && a_.figures[j].start < s_end; ++j) {
      if (!usable(j) || a_.figures[j].cur != a_.figures[i].cur) continue;
      if (is_total(j)) return j;
      if (next_only) break;
    }
    return std::nullopt;
  }
  /// N when the scanner says figure `i` recurs every year over N years (5년간 매년, 매해, 해마다,
  /// 연간 alike).
  std::optional<std::uint32_t> yearly_over(std::size_t i) const {
    if (i >= a_.links.size()) return std::nullopt;
    const figure_links& l = a_.links[i];
    if (l.per != period_unit::year || !l.over || l.over->unit != period_unit::year || l.over->count == 0) {
      return std::nullopt;
    }
    return l.over->count;
  }
  /// Records a relation unless the pair already has one: one relation is one check.
  void add(relation r) {
    const bool known = std::any_of(out_.begin(), out_.end(), [&](const relation& o) {
      return o.result == r.result && o.base == r.base;
    });
    if (!known) out_.push_back(std::move(r));
  }

  /// The count of parts stated before `upto` in the sentence: a count figure (3명) or a number
  /// with a counter (세 사람, 3곳).
  std::optional<ratio> stated_count(std::size_t sentence_begin, std::size_t upto) const {
    for (std::size_t k = a_.figures.size(); k-- > 0;) {
      const figure& f = a_.figures[k];
      if (f.start >= sentence_begin && f.end <= upto && f.kind == figure_kind::count && f.value &&
          f.value->is_integer()) {
        return ratio(*f.value);
      }
    }
    const std::string_view before = text_.substr(sentence_begin, upto - sentence_begin);
    for (std::string_view counter : words::part_counters) {
      std::size_t at = before.rfind(counter);
      while (at != std::string_view::npos) {
        if (auto n = trailing_number(before.substr(0, at))) return n;
        if (at == 0) break;
        at = before.rfind(counter, at - 1);
      }
    }
    return std::nullopt;
  }

  /// N년간 매년 X … 총 T (매해, 해마다, 연간 alike): the scanner says X is per year over N years.
  void per_period(std::size_t i, std::size_t s_end) {
    const auto years = yearly_over(i);
    if (!years) return;
    const auto j = next_total(i, s_end, true);
    if (!j) return;
    add(relation{relation_kind::per_period, *j, i, ratio(static_cast<long long>(*years)), false, yearly_cue(*years), {}});
  }

  /// 5년간 50억 유로 (a headline: in all) against 5년간 매년 50억 유로 (the body: a year): one
  /// subject, the same amount over the same span, once without and once with a yearly cue.
  void restated() {
    for (std::size_t i = 0; i < a_.figures.size() && i < a_.links.size(); ++i) {
      const figure_links& li = a_.links[i];
      if (!usable(i) || !li.over || li.per || li.total || a_.figures[i].each) continue;
      for (std::size_t j = 0; j < a_.figures.size() && j < a_.links.size(); ++j) {
        const figure_links& lj = a_.links[j];
        if (j == i || !usable(j) || !lj.per || lj.over != li.over || a_.figures[j].cur != a_.figures[i].cur ||
            a_.figures[j].value != a_.figures[i].value) {
          continue;
        }
        add(relation{relation_kind::restated, i, j, ratio(static_cast<long long>(li.over->count)), false,
                     yearly_cue(li.over->count), {}});
        break;
      }
    }
  }

  /// X씩 … 총 T: an amount per part, then the total (a yearly amount over years is `per_period`).
  void parts_and_total(std::size_t i, std::size_t s_begin, std::size_t s_end) {
    if (!a_.figures[i].each || yearly_over(i)) return;
    if (const auto j = next_total(i, s_end, false)) {
      add(relation{relation_kind::total, *j, i, stated_count(s_begin, a_.figures[*j].start), false, each_then_total_cue(), {}});
    }
  }

  /// The share stated at the start of `s` (spaces skipped): 절반 (1/2), N분의 M, N% (N/100).
  static std::optional<std::pair<ratio, std::string>> leading_share(std::string_view s) {
    s = trim_front(s);
    if (starts_with(s, words::half)) return std::make_pair(ratio(1) / ratio(2), std::string(words::half));
    if (auto fr = leading_fraction(s)) return std::make_pair(fr->first, std::string(s.substr(0, fr->second)));
    if (auto n = leading_number(s)) {
      if (starts_with(s.substr(n->second), words::percent)) {
        return std::make_pair(n->first / ratio(100), std::string(s.substr(0, n->second + words::percent.size())));
      }
    }
    return std::nullopt;
  }

  /// Where `word` stands alone in `gap` (spaces or the gap's ends around it), else npos.
  static std::size_t standalone(std::string_view gap, std::string_view word) {
    for (std::size_t at = gap.find(word); at != std::string_view::npos; at = gap.find(word, at + 1)) {
      const bool left = at == 0 || gap[at - 1] == ' ';
      const std::size_t after = at + word.size();
      const bool right = after == gap.size() || gap[after] == ' ';
      if (left && right) return at;
    }
    return std::string_view::npos;
  }

  /// 이 중 절반인 / 이 중 3분의 1인 / 가운데 40%인 / 중 5억달러: a part of an earlier whole, in
  /// this or the next sentence.
  void part_of_whole(std::size_t i, std::size_t s_begin, std::size_t s_end) {
    for (std::size_t j = i + 1; j < a_.figures.size(); ++j) {
      if (!usable(j) || a_.figures[j].cur != a_.figures[i].cur) continue;
      const std::string_view gap = between(i, j);
      const std::size_t t_begin = sentence_at(text_, a_.figures[j].start).first;
      if (t_begin != s_begin && t_begin != s_end + 1) return;  // this sentence or the next only
      std::optional<std::size_t> lead_end;
      std::string lead_text;
      for (std::string_view lead : words::part_of_this) {
        const std::size_t at = gap.find(lead);
        if (at != std::string_view::npos) {
          lead_end = at + lead.size();
          lead_text = std::string(lead);
          break;
        }
      }
      if (!lead_end) {
        for (std::string_view lead : words::part_of_which) {
          const std::size_t at = standalone(gap, lead);
          if (at != std::string_view::npos) {
            lead_end = at + lead.size();
            lead_text = std::string(lead);
            break;
          }
        }
      }
      if (lead_end) {
        if (auto share = leading_share(gap.substr(*lead_end))) {
          add(relation{relation_kind::part, j, i, share->first, false, lead_text + " " + share->second, {}});
        }
        return;
      }
      if (gap.find(words::half) != std::string_view::npos) {
        add(relation{relation_kind::part, j, i, ratio(1) / ratio(2), false, std::string(words::half), {}});
      }
      return;  // only the next figure of the currency can be the part
    }
  }

  /// A와 B를 합친 총 T / A와 B 등 T: the parts listed before T in its sentence, joined by 와,
  /// 과, commas or 및, with a sum word between the last part and T.
  void sum_of_parts(std::size_t t, std::size_t s_begin) {
    const figure& total = a_.figures[t];
    if (total.each) return;
    std::vector<std::size_t> parts;
    for (std::size_t k = t; k-- > 0;) {
      const figure& f = a_.figures[k];
      if (f.start < s_begin) break;
      if (!usable(k)) continue;
      if (f.cur != total.cur || f.each || is_total(k)) break;
      const std::string_view gap = between(k, parts.empty() ? t : parts.back());
      if (parts.empty()) {
        const bool summed = std::any_of(words::sum_words.begin(), words::sum_words.end(),
                                        [&](std::string_view w) { return gap.find(w) != std::string_view::npos; });
        if (!summed) return;
      } else {
        const bool joined = std::any_of(words::list_joiners.begin(), words::list_joiners.end(),
                                        [&](std::string_view w) { return gap.find(w) != std::string_view::npos; });
        if (!joined) break;
      }
      parts.push_back(k);
    }
    if (parts.size() < 2) return;
    std::reverse(parts.begin(), parts.end());
    std::string cue;
    for (std::string_view w : words::sum_words) {
      if (between(parts.back(), t).find(w) != std::string_view::npos) {
        cue = std::string(w);
        break;
      }
    }
    add(relation{relation_kind::sum, t, parts.front(), std::nullopt, false, cue, parts});
  }

  /// B의 (약) N배 / B의 N분의 M: a multiple or ratio of B, stated by a neighbour.
  void multiple(std::size_t i, std::size_t s_begin, std::size_t s_end) {
    // A conversion between the figure and the words (33억달러(약 4조원)의 두 배) is skipped.
    std::size_t from = a_.figures[i].end;
    for (const auto& l : a_.conversions) {
      if (l.from == i && l.to < a_.figures.size() && a_.figures[l.to].end > from && a_.figures[l.to].end <= text_.size()) {
        from = a_.figures[l.to].end;
      }
    }
    std::string_view rest = text_.substr(from);
    while (starts_with(rest, ")")) rest.remove_prefix(1);
    rest = trim_front(rest);
    if (!starts_with(rest, words::possessive)) return;
    std::string_view r = trim_front(rest.substr(words::possessive.size()));
    const bool approximate = starts_with(r, words::about);
    if (approximate) r = trim_front(r.substr(words::about.size()));
    std::optional<ratio> factor;
    std::string cue;
    if (auto fr = leading_fraction(r)) {
      factor = fr->first;
      cue = std::string(rest.substr(0, rest.size() - r.size() + fr->second));
    } else if (auto n = leading_number(r)) {
      const std::string_view after = trim_front(r.substr(n->second));
      if (starts_with(after, words::times)) {
        factor = n->first;
        cue = std::string(rest.substr(0, rest.size() - after.size() + words::times.size()));
      }
    }
    if (!factor) return;
    if (const auto partner = multiple_of(i, s_begin, s_end)) {
      add(relation{relation_kind::multiple, *partner, i, factor, approximate, cue, {}});
    }
  }

  /// The figure stated as the multiple of figure `i`: the nearest other amount of the currency
  /// in the sentence, before it (미국(672억달러)이 중국(78억달러)의 약 9배) or else after it.
  std::optional<std::size_t> multiple_of(std::size_t i, std::size_t s_begin, std::size_t s_end) const {
    const currency cur = a_.figures[i].cur;
    for (std::size_t j = i; j-- > 0;) {
      if (a_.figures[j].start < s_begin) break;
      if (usable(j) && a_.figures[j].cur == cur) return j;
    }
    for (std::size_t j = i + 1; j < a_.figures.size() && a_.figures[j].start < s_end; ++j) {
      if (usable(j) && a_.figures[j].cur == cur) return j;
    }
    return std::nullopt;
  }

  const article& a_;
  std::string_view text_;
  std::vector<bool> target_;
  std::vector<relation> out_;
};

}  // namespace

std::vector<relation> find_relations(const article& a) { return relation_finder(a).find(); }

}  // namespace eok
