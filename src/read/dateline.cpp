// The byline finder: see eok/read/dateline.hpp.
#include <eok/read/dateline.hpp>
#include <eok/text/text.hpp>

#include <vector>

namespace eok {
namespace {

using lexicon::dateline_label;

constexpr std::size_t unlabelled_other_limit = 30;  // code points on a byline besides its date
constexpr std::size_t labelled_line_limit = 100;    // code points of a line with a labelled date

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const utf8::code_point c = utf8::next(s, i);
    i += c.len == 0 ? 1 : c.len;
    ++n;
  }
  return n;
}

bool is_separator(char c) { return lexicon::dateline_label_separators.find(c) != std::string_view::npos; }
bool is_ascii_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// A label that ends at `end` (after separators were skipped back), starting at a word boundary
/// at or after `line_start`.
std::optional<lexicon::dateline_word> label_ending_at(std::string_view text, std::size_t line_start, std::size_t end,
                                                      std::size_t& label_start) {
  for (const auto& w : lexicon::dateline_labels) {
    if (end < line_start + w.text.size()) continue;
    const std::size_t s = end - w.text.size();
    if (text.substr(s, w.text.size()) != w.text) continue;
    if (s > line_start) {
      const char before = text[s - 1];
      if (static_cast<unsigned char>(before) >= 0x80 || is_ascii_word_char(before)) continue;
    }
    label_start = s;
    return w;
  }
  return std::nullopt;
}

/// A label that starts at `at` and ends at a word boundary.
std::optional<lexicon::dateline_word> label_starting_at(std::string_view text, std::size_t at, std::size_t line_end) {
  for (const auto& w : lexicon::dateline_labels) {
    if (at + w.text.size() > line_end || text.substr(at, w.text.size()) != w.text) continue;
    const std::size_t e = at + w.text.size();
    if (e < line_end && (static_cast<unsigned char>(text[e]) >= 0x80 || is_ascii_word_char(text[e]))) continue;
    return w;
  }
  return std::nullopt;
}

struct candidate {
  dateline found;
  bool publication = false;  // after a publication label
};

bool publication(dateline_label l) { return l != dateline_label::updated; }

}  // namespace

dateline_search find_dateline(std::string_view text, std::size_t from, std::size_t first_line) {
  std::vector<candidate> labelled;
  std::optional<candidate> unlabelled;
  std::string lone_label;  // a label that stands on a line without a date: "'입력' on line 1"
  std::size_t line = first_line;
  for (std::size_t at = from; at < text.size(); ++line) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t end = eol;
    if (end > at && text[end - 1] == '\r') --end;
    std::size_t begin = at;
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    at = eol + 1;
    if (begin == end) continue;
    const std::string_view whole = text.substr(begin, end - begin);
    if (whole.size() > 4 * labelled_line_limit) continue;  // more code points than a byline has, whatever they are
    const std::size_t line_cps = code_points(whole);
    if (line_cps > labelled_line_limit) continue;
    bool any_date = false;
    for (std::size_t i = begin; i < end;) {
      std::optional<written_date> d = find_written_date(text.substr(0, end), i, end);
      if (!d) break;
      any_date = true;
      i = d->end;
      // The label before the date, or else one right after it that no other date follows.
      std::size_t p = d->start;
      while (p > begin && is_separator(text[p - 1])) --p;
      std::size_t words_start = d->start;
      std::size_t words_end = d->end;
      std::optional<lexicon::dateline_word> label = label_ending_at(text, begin, p, words_start);
      if (!label) {
        std::size_t q = d->end;
        while (q < end && is_separator(text[q])) ++q;
        if (auto after = label_starting_at(text, q, end)) {
          std::size_t r = q + after->text.size();
          while (r < end && is_separator(text[r])) ++r;
          if (!find_written_date(text.substr(0, end), r, end) || r == end) {
            label = after;
            words_end = q + after->text.size();
          }
        }
      }
      candidate c;
      c.found.day = d->day;
      c.found.start = words_start;
      c.found.end = words_end;
      c.found.text = std::string(text.substr(words_start, words_end - words_start));
      c.found.line = line;
      if (label) {
        c.found.label = label->meaning;
        c.publication = publication(label->meaning);
        labelled.push_back(c);
      } else if (!unlabelled && line_cps - code_points(text.substr(d->start, d->end - d->start)) <= unlabelled_other_limit) {
        unlabelled = c;
      }
    }
    if (!any_date && lone_label.empty()) {
      if (auto w = label_starting_at(text, begin, end); w && w->text.size() == end - begin && publication(w->meaning)) {
        lone_label = "'" + std::string(w->text) + "' on line " + std::to_string(line) + " has no date";
      }
    }
  }
  const candidate* best = nullptr;
  for (const candidate& c : labelled) {
    if (c.publication && (!best || c.found.day < best->found.day)) best = &c;
  }
  if (best) return {best->found, {}};
  if (unlabelled) return {unlabelled->found, {}};
  std::string reason = "no publication date in a byline or dateline";
  for (const candidate& c : labelled) {
    reason += " (only an update time, '" + c.found.text + "' on line " + std::to_string(c.found.line) + ")";
    break;
  }
  if (labelled.empty() && !lone_label.empty()) reason += " (" + lone_label + ")";
  return {std::nullopt, reason};
}

}  // namespace eok
