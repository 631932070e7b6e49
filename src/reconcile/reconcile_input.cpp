// Articles and claims into `article` values: front matter, the scanner's figures and conversion
// links, and the relations the wording states. yaml-cpp stays in here.
#include <eok/core/figure.hpp>
#include <eok/read/archive.hpp>
#include <eok/read/dateline.hpp>
#include <eok/read/front_matter.hpp>
#include <eok/read/html.hpp>
#include <eok/read/scan.hpp>
#include <eok/reconcile/checks.hpp>
#include <eok/reconcile/claims.hpp>
#include <eok/text/text.hpp>

#include <yaml-cpp/yaml.h>

#include "../rates/yaml_documents.hpp"
#include "../rates/yaml_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <map>
#include <memory_resource>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace eok {
namespace {

constexpr std::string_view date_origin_names[] = {"caller", "front_matter", "byline", "page_meta", "option", "none", "record"};

/// Space inside a line: what the repeat passes and line trimming pass over.
constexpr bool line_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r'; }

/// The text of each line of `text` (1-based; index 0 unused), without its line break and the
/// spaces around it.
std::pmr::vector<std::string_view> lines_of(std::string_view text, std::pmr::memory_resource* memory) {
  std::pmr::vector<std::string_view> out({std::string_view()}, memory);
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t b = at;
    std::size_t e = eol;
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && line_space(text[e - 1])) --e;
    out.push_back(text.substr(b, e - b));
    at = eol + 1;
  }
  return out;
}

/// `text` with every single line break made a space (a blank line stays a break), byte for
/// byte the same length: a sentence broken over lines reads as one.
std::string joined_lines(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '\n') continue;
    std::size_t next = i + 1;
    while (next < out.size() && line_space(out[next])) ++next;
    std::size_t prev = i;
    while (prev > 0 && line_space(out[prev - 1])) --prev;
    const bool blank_after = next >= out.size() || out[next] == '\n';
    const bool blank_before = prev == 0 || out[prev - 1] == '\n';
    if (!blank_after && !blank_before) out[i] = ' ';
  }
  return out;
}

/// The words of `s` separated by single spaces, into `out`: the same sentence with other line
/// breaks or spacing gives the same text.
void collapse(std::string_view s, std::pmr::string& out) {
  out.clear();
  std::size_t i = 0;
  const auto space = [&s](std::size_t k) { return line_space(s[k]) || s[k] == '\n'; };
  while (i < s.size()) {
    while (i < s.size() && space(i)) ++i;
    if (i == s.size()) break;
    std::size_t word_end = i;
    while (word_end < s.size() && !space(word_end)) ++word_end;
    if (!out.empty()) out += ' ';
    out.append(s.data() + i, word_end - i);
    i = word_end;
  }
}

/// The figures of one article while it is read, and their scratch maps: in a monotonic arena
/// on the stack (scan_article). Most articles have a few dozen figures; in a large run the
/// heap is fragmented by the articles already read, and its `malloc` had become a third of
/// reading one (docs/performance.md).
using figure_list = std::pmr::vector<scanned_figure>;

/// Drops the figures of every sentence that repeats an earlier one word for word, whatever its
/// line breaks (the lead repeated in the body), recording the repeat's line with the first
/// occurrence's figure. A sentence ends at '.', '?' or '!' before a space (sentence_at) or at a
/// blank line; a single line break is a space. `kept` and `repeats` are the figures left by the
/// line pass and their repeat lines.
void drop_repeated_sentences(std::string_view text, figure_list& kept, std::vector<std::vector<std::size_t>>& repeats,
                             std::pmr::memory_resource* memory) {
  if (kept.size() < 2) return;
  const std::string joined = joined_lines(text);
  // A figure is named by its sentence's text and the bytes other than spaces before it there.
  // Per sentence text: for each such offset, the kept figure there and the start of its
  // sentence, so figures of one sentence never repeat each other. Each sentence is found,
  // collapsed and hashed once, and the offsets of one sentence come in order, so each figure
  // costs a binary search (usually at the end).
  struct named {
    std::size_t offset;
    std::size_t figure;  // in kept
    std::size_t begin;   // of its sentence in `joined`
  };
  using figures_at = std::pmr::vector<named>;
  std::pmr::unordered_map<std::pmr::string, figures_at> first(memory);
  // Figures kept are moved down in place: kept[0, out) are the figures so far.
  std::size_t out = 0;
  auto keep = [&](std::size_t k) {
    if (k != out) {
      kept[out] = std::move(kept[k]);
      repeats[out] = std::move(repeats[k]);
    }
    ++out;
  };
  // The sentence of the figure before, and how far its offset has been counted.
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t counted_to = 0;
  std::size_t offset = 0;
  figures_at* named_here = nullptr;
  std::pmr::string sentence(memory);
  for (std::size_t k = 0; k < kept.size(); ++k) {
    scanned_figure& f = kept[k];
    if (f.start > joined.size()) {
      keep(k);
      continue;
    }
    if (named_here == nullptr || f.start < begin || f.start >= end || f.start < counted_to) {
      std::tie(begin, end) = sentence_at(joined, f.start);
      collapse(std::string_view(joined).substr(begin, end - begin), sentence);
      named_here = &first.try_emplace(sentence, figures_at(memory)).first->second;
      counted_to = begin;
      offset = 0;
    }
    for (; counted_to < f.start; ++counted_to) offset += line_space(joined[counted_to]) ? 0 : 1;
    auto at = std::lower_bound(named_here->begin(), named_here->end(), offset,
                               [](const named& x, std::size_t o) { return x.offset < o; });
    if (at == named_here->end() || at->offset != offset) {
      named_here->insert(at, named{offset, out, begin});
    } else if (at->begin != begin) {
      std::vector<std::size_t>& lines = repeats[at->figure];
      const std::size_t original_line = kept[at->figure].line;
      if (f.line != original_line && std::find(lines.begin(), lines.end(), f.line) == lines.end()) lines.push_back(f.line);
      for (std::size_t l : repeats[k]) {
        if (l != original_line && std::find(lines.begin(), lines.end(), l) == lines.end()) lines.push_back(l);
      }
      std::sort(lines.begin(), lines.end());
      continue;
    }
    keep(k);
  }
  kept.resize(out);
  repeats.resize(out);
}

/// The first bytes other than spaces and line breaks from `at` in `text`, up to 16 of them, cut
/// before the first '.', '?' or '!' and at a blank line. Two figures the sentence pass takes for
/// one (the same sentence, whatever its spacing, and as many bytes before each) have the same
/// passage from their start to their sentence's end, and so the same prefix: figures whose
/// prefixes all differ cannot repeat one another.
struct passage_prefix {
  std::array<char, 16> bytes{};
  std::size_t size = 0;
  friend bool operator<(const passage_prefix& a, const passage_prefix& b) {
    return std::string_view(a.bytes.data(), a.size) < std::string_view(b.bytes.data(), b.size);
  }
  friend bool operator==(const passage_prefix& a, const passage_prefix& b) {
    return std::string_view(a.bytes.data(), a.size) == std::string_view(b.bytes.data(), b.size);
  }
};

passage_prefix prefix_at(std::string_view text, std::size_t at) {
  passage_prefix p;
  for (std::size_t i = at; i < text.size() && p.size < p.bytes.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '?' || c == '!') break;
    if (c == '\n') {
      std::size_t next = i + 1;
      while (next < text.size() && line_space(text[next])) ++next;
      if (next >= text.size() || text[next] == '\n') break;  // a blank line ends every sentence
      continue;
    }
    if (line_space(c)) continue;
    p.bytes[p.size++] = c;
  }
  return p;
}

/// Whether two of `keys` are equal (sorts them).
template <class Key>
bool any_equal(std::pmr::vector<Key>& keys) {
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

/// Drops the figures of every line that repeats an earlier line word for word (a caption printed
/// twice), then of every sentence that repeats an earlier one (drop_repeated_sentences),
/// recording the repeat's line with the first occurrence's figures.
void drop_repeats(std::string_view text, figure_list& figures, std::vector<std::vector<std::size_t>>& repeated_at,
                  std::pmr::memory_resource* memory) {
  // Most pages repeat nothing: when no two figures could be one passage twice, neither pass
  // can drop or record anything, and both are left out. A line that repeats an earlier one
  // holds the same figures, with the same texts.
  std::pmr::vector<std::string_view> texts(memory);
  std::pmr::vector<passage_prefix> prefixes(memory);
  texts.reserve(figures.size());
  prefixes.reserve(figures.size());
  for (const scanned_figure& f : figures) {
    texts.push_back(f.text);
    if (f.start <= text.size()) prefixes.push_back(prefix_at(text, f.start));
  }
  const bool lines_may_repeat = any_equal(texts);
  const bool sentences_may_repeat = any_equal(prefixes);
  if (!lines_may_repeat && !sentences_may_repeat) {
    repeated_at.assign(figures.size(), {});
    return;
  }
  const std::pmr::vector<std::string_view> lines = lines_of(text, memory);
  std::pmr::unordered_map<std::string_view, std::size_t> first_line(memory);  // line text -> its first line
  std::pmr::vector<std::size_t> original(lines.size(), 0, memory);          // line -> the line it repeats (0: none)
  for (std::size_t l = 1; l < lines.size(); ++l) {
    if (lines[l].empty()) continue;
    auto [it, inserted] = first_line.emplace(lines[l], l);
    if (!inserted) original[l] = it->second;
  }
  std::vector<std::vector<std::size_t>> repeats;
  repeats.reserve(figures.size());
  std::pmr::unordered_map<std::size_t, std::vector<std::size_t>> repeats_of_line(memory);  // first line -> its repeats
  for (std::size_t l = 1; l < lines.size(); ++l) {
    if (original[l] != 0) repeats_of_line[original[l]].push_back(l);
  }
  // Figures kept are moved down in place.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < figures.size(); ++k) {
    const std::size_t line = figures[k].line;
    if (line < original.size() && original[line] != 0) continue;
    auto it = repeats_of_line.find(line);
    repeats.push_back(it == repeats_of_line.end() ? std::vector<std::size_t>{} : it->second);
    if (k != kept) figures[kept] = std::move(figures[k]);
    ++kept;
  }
  figures.resize(kept);
  if (sentences_may_repeat) drop_repeated_sentences(text, figures, repeats, memory);
  repeated_at = std::move(repeats);
}

/// Fills `a.figures`, `a.links` and `a.conversions` from a scan, then `a.relations`.
void add_scanned(article& a, figure_list& figures, std::pmr::memory_resource* memory) {
  std::pmr::unordered_map<std::size_t, std::size_t> position(memory);  // scanner index -> figure position
  a.figures.reserve(figures.size());
  a.links.reserve(figures.size());
  for (scanned_figure& f : figures) {
    position[f.index] = a.figures.size();
    a.links.push_back(figure_links{f.total, f.per, f.over, f.rate_base, std::move(f.rate_per)});
    a.figures.push_back(std::move(static_cast<figure&>(f)));
    if (f.converted_from) {
      auto it = position.find(*f.converted_from);
      if (it != position.end()) a.conversions.push_back(conversion_link{it->second, a.figures.size() - 1});
    }
  }
  a.relations = find_relations(a);
}

/// Whether scan_article drops the figures of repeated lines and sentences (a page's text) or
/// keeps every figure (a claim's text, which is what it says).
enum class repeats { drop, keep };

/// Scans `a.text` after its front matter `fm` (a default one: all of it), drops the figures of
/// repeated lines and sentences unless told to keep them, and fills the article's figures,
/// links and relations.
void scan_article(article& a, const front_matter& fm = {}, repeats what = repeats::drop) {
  alignas(std::max_align_t) std::byte arena[32 * 1024];
  std::pmr::monotonic_buffer_resource memory(arena, sizeof arena);
  figure_list figures(&memory);
  figures.reserve(32);
  scan_body(a.text, fm, [&figures](const scanned_figure& f) { figures.push_back(f); });
  if (what == repeats::drop) drop_repeats(a.text, figures, a.repeated_at, &memory);
  add_scanned(a, figures, &memory);
}

}  // namespace

std::string_view to_string(date_origin o) noexcept { return detail::enum_name(o, date_origin_names); }

namespace {

/// The date of an undated page from `reading.date`, else none with the reason.
void date_from_option(article& a, const article_reading& reading, const std::string& reason) {
  if (reading.date) {
    a.date = *reading.date;
    a.date_from = date_origin::option;
    a.date_text = "--date " + format_date(*reading.date);
  } else {
    a.date_from = date_origin::none;
    a.date_reason = reason + "; give one with --date";
  }
}

/// The article's date from its byline when `found` has one, else from `--date` (or none), with
/// `why` before the byline finder's reason.
void date_from_byline(article& a, const dateline_search& found, const article_reading& reading, const std::string& why) {
  if (!found.found) {
    date_from_option(a, reading, why + found.reason);
    return;
  }
  a.date = found.found->day;
  a.date_from = date_origin::byline;
  a.date_text = found.found->text;
  a.date_line = found.found->line;
}

article read_html_article(std::string_view html, std::string id, const article_reading& reading) {
  html_page page = read_html(html);
  article a;
  a.id = std::move(id);
  a.file = reading.file;
  a.title = page.title.value_or("");
  a.text_from = "html";
  a.text = std::move(page.text);
  if (page.date) {
    a.date = *page.date;
    a.date_from = date_origin::page_meta;
    a.date_text = page.date_text;
  } else {
    date_from_byline(a, find_dateline(a.text), reading,
                     "no <meta property=\"article:published_time\">, no <time datetime> and ");
  }
  scan_article(a);
  return a;
}

}  // namespace

article read_article(std::string_view text, std::string id, const article_reading& reading) {
  if (reading.html) return read_html_article(text, std::move(id), reading);
  const front_matter fm = read_front_matter(text);
  article a;
  a.id = std::move(id);
  a.file = reading.file;
  a.source = fm.source.value_or("");
  a.title = fm.title.value_or("");
  a.url = fm.url.value_or("");
  a.text = std::string(text);
  if (fm.present && fm.date) {
    a.date = date::sys_days(*fm.date);
    a.date_from = date_origin::front_matter;
    a.date_text = "date: " + format_date(a.date);
    a.date_line = 0;
    const std::string_view head = text.substr(0, fm.body_offset);
    for (std::size_t i = 0, line = 1; i < head.size(); ++i) {
      if (head.compare(i, 5, "date:") == 0 && (i == 0 || head[i - 1] == '\n')) {
        a.date_line = line;
        std::size_t e = head.find('\n', i);
        if (e == std::string_view::npos) e = head.size();
        while (e > i && (head[e - 1] == '\r' || head[e - 1] == ' ')) --e;
        a.date_text = std::string(head.substr(i, e - i));
        break;
      }
      if (head[i] == '\n') ++line;
    }
  } else {
    date_from_byline(a, find_dateline(a.text, fm.body_offset, fm.body_line), reading, "");
  }
  scan_article(a, fm);
  return a;
}

article read_article(std::string_view text, std::string id) {
  const front_matter fm = read_front_matter(text);
  if (!fm.present || !fm.date) {
    throw parse_error(errc::invalid_date,
                      fm.present ? "the front matter has no 'date:' (YYYY-MM-DD)"
                                 : "an article needs front matter with its date ('---', 'date: YYYY-MM-DD', '---')",
                      position_at(text, 0));
  }
  article a;
  a.id = std::move(id);
  a.source = fm.source.value_or("");
  a.title = fm.title.value_or("");
  a.url = fm.url.value_or("");
  a.date = date::sys_days(*fm.date);
  a.date_from = date_origin::front_matter;
  a.text = std::string(text);
  scan_article(a, fm);
  return a;
}

std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name,
                                 std::vector<error>& warnings) {
  // Positions come from the text (columns in code points), as everywhere in eok.
  const auto where = [&](const YAML::Mark& mark) {
    return mark.pos >= 0 ? position_at(yaml_text, static_cast<std::size_t>(mark.pos)) : text_position{};
  };
  auto fail = [&](const YAML::Mark& mark, const std::string& message) -> parse_error {
    return parse_error(errc::invalid_argument, message, where(mark), file_name);
  };
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
    if (const auto second = detail::second_yaml_document(yaml_text)) {
      throw parse_error(errc::invalid_argument, "a claims file holds one list, but a second YAML document starts here",
                        position_at(yaml_text, *second), file_name);
    }
  } catch (const YAML::Exception& e) {
    throw fail(e.mark, e.msg);
  }
  if (!root.IsSequence()) throw fail(root.Mark(), "a claims file is a list of {id, source, date, text}");
  static constexpr std::string_view known[] = {"id", "source", "date", "text"};
  std::unordered_map<std::string, std::size_t> id_line;  // id -> the line of its first claim
  std::vector<article> out;
  for (const YAML::Node& item : root) {
    if (!item.IsMap()) throw fail(item.Mark(), "each claim is a map with id, source, date and text");
    // Every key once; one that eok does not read is a warning (a typo such as `txt` would
    // otherwise pass unnoticed), not an error, so files with notes of their own still load.
    std::unordered_map<std::string, std::size_t> key_line;
    for (const auto& kv : item) {
      const std::string key = kv.first.IsScalar() ? detail::yaml_text(kv.first) : std::string();
      const std::size_t line = where(kv.first.Mark()).line;
      const auto [first, fresh] = key_line.emplace(key, line);
      if (!fresh) {
        throw fail(kv.first.Mark(), "duplicate key '" + key + "' in a claim (first at line " + std::to_string(first->second) + ")");
      }
      if (std::find(std::begin(known), std::end(known), key) == std::end(known)) {
        warnings.emplace_back(errc::invalid_argument,
                              "unknown key '" + key + "' in a claim, ignored (expected id, source, date, text)",
                              where(kv.first.Mark()), file_name);
      }
    }
    auto field = [&](const char* key, bool required) -> std::string {
      const YAML::Node v = item[key];
      if (!v) {
        if (required) throw fail(item.Mark(), std::string("a claim needs '") + key + "'");
        return "";
      }
      if (!v.IsScalar()) throw fail(v.Mark(), std::string("'") + key + "' must be a single value");
      return detail::yaml_text(v);
    };
    article a;
    a.id = field("id", true);
    const auto [first, fresh] = id_line.emplace(a.id, where(item["id"].Mark()).line);
    if (!fresh) {
      throw fail(item["id"].Mark(), "duplicate id '" + a.id + "' (first at line " + std::to_string(first->second) + ")");
    }
    a.source = field("source", false);
    const std::string date_text = field("date", true);
    auto d = try_parse_iso_date(date_text);
    if (!d) throw fail(item["date"].Mark(), d.error().message());
    a.date = date::sys_days(*d);
    a.text = field("text", true);
    scan_article(a, {}, repeats::keep);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name) {
  std::vector<error> ignored;
  return read_claims(yaml_text, file_name, ignored);
}

// ---- archives -----------------------------------------------------------------------------

article read_archive_record(std::string_view line, const article_reading& reading) {
  archive_record r = read_archive_line(line);
  article a;
  a.id = std::move(r.id);
  a.file = reading.file;
  a.source = r.source.value_or("");
  a.title = r.title.value_or("");
  a.url = r.url.value_or("");
  a.text = std::move(r.text);
  if (r.date) {
    a.date = *r.date;
    a.date_from = date_origin::record;
    a.date_text = std::move(r.date_text);
  } else {
    date_from_byline(a, find_dateline(a.text), reading, "the record has no \"date\" and ");
  }
  scan_article(a);
  return a;
}

// ---- the rules for inputs -----------------------------------------------------------------

input_kind input_kind_of(std::string_view name) noexcept {
  if (bytes::ends_with(name, ".yaml") || bytes::ends_with(name, ".yml")) return input_kind::claims;
  if (bytes::ends_with(name, ".jsonl")) return input_kind::archive;
  if (is_html_name(name)) return input_kind::html;
  return input_kind::article;
}

std::string path_without_extension(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > (slash == std::string_view::npos ? 0 : slash + 1)) path = path.substr(0, dot);
  return std::string(path);
}

std::string article_id_of(std::string_view path) {
  const std::string p = path_without_extension(path);
  const std::size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

void unique_ids(std::vector<article>& articles, const std::vector<bool>& from_file) {
  std::map<std::string, std::size_t> count;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (from_file[i]) ++count[articles[i].id];
  }
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (from_file[i] && count[articles[i].id] > 1) articles[i].id = path_without_extension(articles[i].file);
  }
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const std::size_t n = ++seen[articles[i].id];
    if (from_file[i] && n > 1) articles[i].id += "#" + std::to_string(n);
  }
}

result<decimal> tolerance_from_percent(std::string_view text) {
  auto d = decimal::try_parse(text);
  if (!d || d->is_negative() || decimal(100) < *d) {
    return error(errc::invalid_argument,
                 "--tolerance takes a percentage from 0 to 100, such as 0.5 (got '" + std::string(text) + "')");
  }
  return d->divided(decimal(100), d->scale() + 2, rounding::half_even);
}

}  // namespace eok
