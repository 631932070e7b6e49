// `eok scan`: every figure in articles, as JSON lines (default), one JSON document, or a table.
//
// Output is built in one large buffer and written in big blocks, so the program's speed is the
// scanner's; files are streamed, so memory does not grow with their size.
#include "cli.hpp"
#include "inputs.hpp"
#include "options.hpp"

#include <eok/rates/convert.hpp>
#include <eok/read/archive.hpp>
#include <eok/read/dateline.hpp>
#include <eok/read/front_matter.hpp>
#include <eok/read/html.hpp>
#include <eok/write/format.hpp>
#include <eok/write/json.hpp>
#include <eok/write/rates_json.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/read/parse.hpp>
#include <eok/read/scan.hpp>
#include <eok/reconcile/claims.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

namespace eok::cli {
namespace {

constexpr std::string_view scan_help =
    "Usage: eok scan [--jsonl | --json | --table] [--date YYYY-MM-DD] [--convert-to CUR]\n"
    "                [--jobs N] [--input jsonl] [--] [FILE... | DIR | -]\n"
    "\n"
    "Finds every figure (money, number, percent, count) in Korean news text, in order, with\n"
    "links between them: converted_from (X(약 Y)), each (씩), total (총), per (매년) and over\n"
    "(5년간). Reads the files given, every text file below a directory, or standard input\n"
    "('-' or nothing). A file may start with YAML front matter (date, source, title, url);\n"
    "without it the date is read from the byline (기사 입력 2025.02.10 20:30). .html/.htm pages\n"
    "are read as the text a reader sees (date from article:published_time, <time datetime> or\n"
    "the byline; offsets then refer to that text, \"text_from\": \"html\"). A .jsonl file (or any\n"
    "input with --input jsonl, standard input too) is an archive: one JSON record per line,\n"
    "{\"id\", \"date\", \"source\", \"title\", \"url\", \"text\"}, read one line at a time; each\n"
    "record is an article (\"id\", \"record\": its line in the archive; offsets and lines refer\n"
    "to its text) and its figures carry \"article\": the id. A bad record is reported as\n"
    "FILE:LINE:COLUMN and skipped.\n"
    "\n"
    "Options:\n"
    "  --jsonl        one JSON object per line: an {\"article\": ...} line per file, then one\n"
    "                 line per figure (the default)\n"
    "  --json         one JSON array of {\"article\": ..., \"figures\": [...]}\n"
    "  --table        each figure with its value in grouped digits and Korean units, and\n"
    "                 the line it stands in\n"
    "  --date D       the articles' date (overrides front matter and archive records)\n"
    "  --convert-to C also give each money figure's value in currency C at the article's date\n"
    "                 (bundled ECB rates, the latest on or before the date), with the rate used\n"
    "  --jobs N       scan on N threads (1 to 64; default 1); the output is the same, byte for\n"
    "                 byte (--table always scans on one)\n"
    "  --input jsonl  read every input as an archive of JSON lines\n"
    "  -h, --help     show this help\n"
    "\n"
    "start and end are byte offsets in the file as given; text is the figure as read (full-width\n"
    "forms and decomposed Hangul normalized). Exit status: 0 success, 1 a file's front matter\n"
    "is malformed (or an archive record), 2 usage or a file cannot be read.\n";

enum class format { jsonl, json, table };

constexpr unsigned max_jobs = 64;

// How much of a text file is searched for its byline (bylines stand near the top).
constexpr std::size_t dateline_head_bytes = 64 * 1024;

struct settings {
  format fmt = format::jsonl;
  std::optional<date::year_month_day> date;
  currency convert_to;  // valid when --convert-to was given
  unsigned jobs = 1;
  bool archives = false;  // --input jsonl: every input is an archive
  std::vector<std::string> inputs;
};

settings parse_args(const parsed_args& p) {
  settings s;
  if (p.has("--json")) s.fmt = format::json;
  if (p.has("--table")) s.fmt = format::table;
  if (auto v = p.value("--date")) s.date = date::year_month_day(date_option("--date", *v));
  if (auto v = p.value("--convert-to")) {
    const auto c = find_currency(*v);
    if (!c) throw usage_error{"--convert-to: unknown currency '" + std::string(*v) + "'"};
    s.convert_to = c->value;
  }
  if (auto v = p.value("--jobs")) s.jobs = count_option("--jobs", *v, 1, max_jobs);
  if (auto v = p.value("--input")) {
    if (*v != "jsonl") throw usage_error{"--input takes jsonl (got '" + std::string(*v) + "')"};
    s.archives = true;
  }
  s.inputs.assign(p.operands.begin(), p.operands.end());
  return s;
}

// Output goes into one buffer that is written out in large blocks.
class sink {
public:
  explicit sink(std::ostream& os) : os_(os) { buf_.reserve(limit + 4096); }
  ~sink() { flush(); }
  sink(const sink&) = delete;
  sink& operator=(const sink&) = delete;
  std::string& buf() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= limit) flush();
  }
  void flush() {
    if (!buf_.empty() && os_.good()) os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));  // (see json_writer::flush)
    buf_.clear();
  }

private:
  static constexpr std::size_t limit = 1 << 20;
  std::ostream& os_;
  std::string buf_;
};

// What a page says of itself beyond its front matter: its date from the byline (or, for HTML,
// its meta tags), its title from the markup, and what offsets refer to.
struct page_info {
  std::optional<date::year_month_day> date;  // the article's date, from wherever it came
  std::string_view date_from;                // "option", "front_matter", "page_meta", "byline" or empty
  std::string date_text;                     // the words or markup it was read from
  std::size_t line = 0;                      // the line of date_text in the text (0: none)
  std::optional<std::string> title;          // the HTML title, when there is no front matter
  std::string_view text_from = "text";       // "text" or "html"
  const std::string* id = nullptr;           // an archive record's id
  std::size_t record = 0;                    // an archive record's line in the archive
};

// The date of an article: --date, else front matter, else the page's markup, else its byline
// in `head` (the first bytes of the text, lines counted from the start of the file).
page_info page_info_of(const front_matter& fm, const std::optional<date::year_month_day>& date_option,
                       std::string_view head, page_info info) {
  if (date_option) {
    info.date = date_option;
    info.date_from = "option";
    info.date_text = "--date " + format_date(date::sys_days(*date_option));
    info.line = 0;
  } else if (fm.date) {
    info.date = fm.date;
    info.date_from = "front_matter";
    info.date_text = "date: " + format_date(date::sys_days(*fm.date));
    info.line = 0;
  } else if (!info.date) {
    const dateline_search found = find_dateline(head, fm.body_offset, fm.body_line);
    if (found.found) {
      info.date = date::year_month_day(found.found->day);
      info.date_from = "byline";
      info.date_text = found.found->text;
      info.line = found.found->line;
    }
  }
  return info;
}

// {"file": ..., "date": ..., "date_from": ..., "date_text": ..., "line": ..., "text_from": ...,
//  "source": ..., "title": ..., "url": ..., "front_matter": {other keys}}
void append_article_json(json_writer& w, const std::string& file, const front_matter& fm, const page_info& info) {
  w.begin_object();
  w.key("file").string(file);
  if (info.id) {
    w.key("id").string(*info.id);
    w.key("record").number(info.record);
  }
  if (info.date) {
    w.key("date").string(format_date(date::sys_days(*info.date)));
    w.key("date_from").string(info.date_from);
    w.key("date_text").string(info.date_text);
    w.key("line");
    info.line ? w.number(info.line) : w.null();
  } else {
    w.key("date").null().key("date_from").null().key("date_text").null().key("line").null();
  }
  w.key("text_from").string(info.text_from);
  w.key("source").string_or_null(fm.source);
  w.key("title").string_or_null(fm.title ? fm.title : info.title);
  w.key("url").string_or_null(fm.url);
  w.key("front_matter").begin_object();
  for (const auto& [k, v] : fm.other) w.key(k).string(v);
  w.end_object().end_object();
}

// A stream that gives `head` (bytes already read, to find the byline) and then the rest of
// `rest`, so the scanner still streams the whole input once.
class prefixed_buffer : public std::streambuf {
public:
  prefixed_buffer(std::string head, std::istream& rest) : head_(std::move(head)), rest_(rest) {
    setg(head_.data(), head_.data(), head_.data() + head_.size());
  }

protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!rest_) return traits_type::eof();
    rest_.read(buf_, sizeof buf_);
    throw_if_bad();
    const std::streamsize got = rest_.gcount();
    if (got <= 0) return traits_type::eof();
    setg(buf_, buf_, buf_ + got);
    return traits_type::to_int_type(*gptr());
  }

  // A read takes what is left of the get area, then reads the rest straight from `rest`: the
  // scanner reads 64 KB at a time, which would otherwise be copied once more through buf_.
  std::streamsize xsgetn(char* s, std::streamsize n) override {
    if (n <= 0) return 0;
    std::streamsize done = std::min<std::streamsize>(n, egptr() - gptr());
    std::memcpy(s, gptr(), static_cast<std::size_t>(done));
    gbump(static_cast<int>(done));
    if (done < n && rest_) {
      rest_.read(s + done, n - done);
      done += rest_.gcount();
      throw_if_bad();
    }
    return done;
  }

private:
  // A read error of the file is not its end: the istream reading this buffer catches the
  // exception and sets badbit, which the scanner reports.
  void throw_if_bad() const {
    if (rest_.bad()) throw std::ios_base::failure("cannot read the input");
  }

  std::string head_;
  std::istream& rest_;
  char buf_[64 * 1024];
};

// Reads up to `n` bytes of `in`.
std::string read_head(std::istream& in, std::size_t n) {
  std::string head(n, '\0');
  in.read(head.data(), static_cast<std::streamsize>(n));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (in.eof() && !in.bad()) in.clear(std::ios::eofbit);
  return head;
}

// Up to `max_cps` code points of `s` ending at its end / starting at its start.
std::string_view tail_cps(std::string_view s, std::size_t max_cps, bool& cut) {
  std::size_t i = s.size();
  std::size_t n = 0;
  while (i > 0 && n < max_cps) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0u) == 0x80u) --i;
    ++n;
  }
  cut = i > 0;
  return s.substr(i);
}
std::string_view head_cps(std::string_view s, std::size_t max_cps, bool& cut) {
  std::size_t i = 0;
  std::size_t n = 0;
  while (i < s.size() && n < max_cps) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0u) == 0x80u) ++i;
    ++n;
  }
  cut = i < s.size();
  return s.substr(0, i);
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

void append_table_row(std::string& out, const scanned_figure& f, std::string_view line, std::size_t s,
                      std::size_t e) {
  std::string head = "#" + std::to_string(f.index);
  head += std::string(head.size() < 6 ? 6 - head.size() : 1, ' ');
  std::string where = "line " + std::to_string(f.line);
  where += std::string(where.size() < 11 ? 11 - where.size() : 1, ' ');
  std::string kind(to_string(f.kind));
  kind += std::string(kind.size() < 8 ? 8 - kind.size() : 1, ' ');
  out += head;
  out += where;
  out += kind;
  out += describe_figure(f);
  if (f.converted_from) out += "  converts #" + std::to_string(*f.converted_from);
  if (f.each) out += "  each";
  if (f.total) out += "  total";
  if (f.per) {
    out += "  per ";
    out += to_string(*f.per);
  }
  if (f.over) out += "  over " + f.over->to_iso8601();
  out += "\n      ";
  bool cut_before = false;
  bool cut_after = false;
  const std::string_view before = tail_cps(line.substr(0, s), 30, cut_before);
  const std::string_view after = head_cps(line.substr(e), 30, cut_after);
  if (cut_before) out += "…";
  out += cut_before ? before : trim_left(before);
  out += "«";
  out += line.substr(s, e - s);
  out += "»";
  out += after;
  if (cut_after) out += "…";
  out += '\n';
}

// Prints the line of `path` that `e` points at, with a caret under the column.
void print_error_line(std::ostream& err, const std::string& path, const error& e) {
  std::ifstream f(path, std::ios::binary);
  std::string line;
  for (std::size_t n = 1; n <= e.line() && std::getline(f, line); ++n) {
    if (n < e.line()) continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    print_caret_at_column(err, line, e.column());
  }
}

// A money figure's value at the article's date in `to` (bundled rates, on or before the date);
// nullopt for figures that have no single value or currency to convert.
struct figure_conversion {
  std::optional<conversion> value;  // set when converted
  std::string problem;              // why not, when not
};

std::optional<figure_conversion> convert_figure(const scanned_figure& f, currency to,
                                                const std::optional<date::year_month_day>& on) {
  if (f.kind != figure_kind::money || !f.value || !f.cur.valid()) return std::nullopt;
  figure_conversion out;
  if (!on) {
    out.problem = "the article has no date (give --date or a front-matter date)";
    return out;
  }
  try {
    out.value = convert(money(*f.value, f.cur), to, date::sys_days(*on), bundled_rates());
  } catch (const error& e) {
    out.problem = e.message();
  }
  return out;
}

void append_conversion_json(std::string& b, const figure_conversion& c) {
  // The figure object ends with '}'; the conversion goes in as its last key.
  if (!b.empty() && b.back() == '}') b.pop_back();
  b += ", \"converted\": ";
  json_writer w(b);
  w.begin_object();
  if (!c.value) {
    w.key("error").string(c.problem);
  } else {
    write_money_members(w, c.value->to);
    write_rate_members(w, c.value->rate);
  }
  w.end_object();
  b += '}';
}

void append_conversion_row(std::string& b, const figure_conversion& c) {
  b += "      = ";
  if (!c.value) {
    b += "not converted: " + c.problem + "\n";
    return;
  }
  const conversion& v = *c.value;
  b += v.to.amount().to_grouped_string() + " " + std::string(v.to.cur().code()) + " (" +
       format_korean_money(v.to.amount(), v.to.cur()) + ") at 1 " + std::string(v.rate.from.code()) + " = " +
       format_rate(v.rate.rate, rate_places_sentence) + " " + std::string(v.rate.to.code()) + ", " +
       format_date(v.rate.date) + ", " + v.rate.source + "\n";
}

}  // namespace

int run_scan(const args& a, streams& io) {
  const parsed_args p = read_args(a, {flag("--jsonl", 1), flag("--json", 1), flag("--table", 1), valued("--date"),
                                      valued("--convert-to"), valued("--jobs"), valued("--input")});
  if (p.help) {
    io.out << scan_help;
    return 0;
  }
  const settings s = parse_args(p);
  bool read_failed = false;
  bool bad_article = false;
  bool directory = false;
  const std::vector<input> inputs = expand_inputs(s.inputs, "scan", true, io.err, read_failed, directory);
  const bool several = inputs.size() > 1 || directory;
  sink out(io.out);
  std::size_t next_index = 0;
  bool first_article = true;
  if (s.fmt == format::json) out.buf() += "[\n";

  // Scans one article from `stream`: a file, a page's text, or an archive record's text.
  // `record` is set for a record (its metadata then stands in for front matter). A problem is
  // reported and sets read_failed or bad_article.
  auto scan_article = [&](std::istream& stream, const input& in, std::string_view head, page_info info,
                          scan_options opts, const archive_record* record, std::size_t record_line) {
    opts.first_index = next_index;
    opts.jobs = s.jobs;
    scan_callbacks cb;
    const std::string* file_key = several || record ? &in.name : nullptr;
    const std::string* article_key = record ? &record->id : nullptr;
    json_writer fw(out.buf());  // this article's JSON
    std::size_t invalid = 0;
    std::size_t first_invalid = 0;
    cb.on_invalid_byte = [&](std::size_t offset) {
      if (invalid++ == 0) first_invalid = offset;
    };
    std::optional<date::year_month_day> article_date;
    cb.on_article = [&](const front_matter& scanned) {
      front_matter of_record;  // a record's source, title and url, in front matter's place
      if (record) {
        of_record.source = record->source;
        of_record.title = record->title;
        of_record.url = record->url;
      }
      const front_matter& fm = record ? of_record : scanned;
      info = page_info_of(fm, s.date, head, info);
      article_date = info.date;
      std::string& b = out.buf();
      switch (s.fmt) {
        case format::jsonl:
          fw.begin_object().key("article");
          append_article_json(fw, in.name, fm, info);
          fw.end_object();
          b += '\n';
          break;
        case format::json:
          if (!first_article) b += ",\n";
          fw.begin_object().key("article");
          append_article_json(fw, in.name, fm, info);
          fw.key("figures").begin_array(json_writer::layout::lines);
          break;
        case format::table: {
          if (!first_article) b += '\n';
          b += "== ";
          b += in.name;
          if (record) {
            b += ":" + std::to_string(record_line) + "  id ";
            b += record->id;
          }
          const auto& d = info.date;
          if (d) {
            b += "  date ";
            b += format_date(date::sys_days(*d));
          }
          if (fm.title || info.title) {
            b += "  title ";
            b += fm.title ? *fm.title : *info.title;
          }
          b += '\n';
          break;
        }
      }
      first_article = false;
    };
    if (s.fmt == format::table) {
      cb.on_figure_context = [&](const scanned_figure& f, std::string_view line, std::size_t st, std::size_t en) {
        append_table_row(out.buf(), f, line, st, en);
        if (s.convert_to.valid()) {
          if (auto c = convert_figure(f, s.convert_to, article_date)) append_conversion_row(out.buf(), *c);
        }
        out.maybe_flush();
      };
    } else {
      cb.on_figure = [&](const scanned_figure& f) {
        fw.appended([&](std::string& b) {
          append_scanned_figure_json(b, f, file_key, article_key);
          if (s.convert_to.valid()) {
            if (auto c = convert_figure(f, s.convert_to, article_date)) append_conversion_json(b, *c);
          }
          if (s.fmt == format::jsonl) b += '\n';
        });
        out.maybe_flush();
      };
    }
    // Where a record's problems are: the archive's line and the record's id.
    const std::string where = record ? in.name + ":" + std::to_string(record_line) + ": record '" + record->id + "'" : in.name;
    try {
      const scan_summary sum = scan_stream(stream, opts, cb);
      next_index += sum.figures;
      if (sum.cut_lines > 0) {
        out.flush();
        io.err << "eok scan: " << where << ": " << sum.cut_lines << " line" << (sum.cut_lines == 1 ? " is" : "s are")
               << " longer than " << opts.max_line_bytes << " bytes and scanned in pieces (a figure across a cut may be missed)\n";
      }
    } catch (const parse_error& e) {
      out.flush();
      if (record) {  // the position is in the record's text, not in the archive's lines
        io.err << "eok scan: " << where << ": line " << e.line() << ", column " << e.column() << " of its text: " << e.message() << '\n';
      } else {
        io.err << "eok scan: " << in.name << ":" << e.line() << ":" << e.column() << ": " << e.message() << '\n';
        if (!in.path.empty()) print_error_line(io.err, in.path, e);
      }
      bad_article = true;
      return;
    } catch (const error& e) {
      out.flush();
      io.err << "eok scan: " << where << ": " << e.message() << '\n';
      read_failed = true;
      return;
    }
    if (s.fmt == format::json) fw.end_array().end_object();
    if (invalid > 0) {
      out.flush();
      io.err << "eok scan: " << where << ": skipped " << invalid << " byte" << (invalid == 1 ? "" : "s")
             << " of invalid UTF-8 (first at byte " << first_invalid << ")\n";
    }
  };

  for (const input& in : inputs) {
    if (s.archives || input_kind_of(in.name) == input_kind::archive) {
      // An archive: one record a line, each scanned as an article, one line in memory at a time.
      for_each_record(
          in, io.in, "scan", io.err, bad_article, read_failed,
          [&](const std::string& line, std::size_t number) {
            const archive_record record = read_archive_line(line);
            page_info info;
            info.text_from = "text";  // as reconcile says of a record: offsets count in its text
            info.id = &record.id;
            info.record = number;
            if (record.date) {
              info.date = date::year_month_day(*record.date);
              info.date_from = "record";
              info.date_text = record.date_text;
            }
            std::istringstream text(record.text);
            scan_options opts;
            opts.read_front_matter = false;
            const std::string_view head = std::string_view(record.text).substr(0, dateline_head_bytes);
            scan_article(text, in, head, std::move(info), opts, &record, number);
          },
          [&] { out.flush(); });
      continue;
    }
    std::unique_ptr<std::ifstream> file;
    std::istream* stream = &io.in;
    if (!in.path.empty()) {
      file = std::make_unique<std::ifstream>(in.path, std::ios::binary);
      if (!*file) {
        io.err << "eok scan: cannot open '" << in.name << "': " << std::strerror(errno) << '\n';
        read_failed = true;
        continue;
      }
      stream = file.get();
    }
    // HTML is parsed whole and its text scanned; other text streams, with its first bytes kept
    // to find the byline.
    page_info info;
    std::string head;
    std::unique_ptr<std::istringstream> html_text;
    std::unique_ptr<prefixed_buffer> prefixed;
    std::unique_ptr<std::istream> prefixed_stream;
    scan_options opts;
    if (is_html_name(in.name)) {
      std::ostringstream whole;
      whole << stream->rdbuf();
      html_page page;
      try {
        page = read_html(whole.str());
      } catch (const error& e) {
        io.err << "eok scan: " << in.name << ": " << e.message() << '\n';
        read_failed = true;
        continue;
      }
      info.text_from = "html";
      info.title = page.title;
      if (page.date) {
        info.date = date::year_month_day(*page.date);
        info.date_from = "page_meta";
        info.date_text = page.date_text;
      }
      head = page.text.substr(0, std::min<std::size_t>(page.text.size(), dateline_head_bytes));
      html_text = std::make_unique<std::istringstream>(std::move(page.text));
      stream = html_text.get();
      opts.read_front_matter = false;
    } else {
      head = read_head(*stream, dateline_head_bytes);
      if (stream->bad()) {
        io.err << "eok scan: cannot read '" << in.name << "'\n";
        read_failed = true;
        continue;
      }
      prefixed = std::make_unique<prefixed_buffer>(head, *stream);
      prefixed_stream = std::make_unique<std::istream>(prefixed.get());
      stream = prefixed_stream.get();
    }
    scan_article(*stream, in, head, std::move(info), opts, nullptr, 0);
  }
  if (s.fmt == format::json) out.buf() += first_article ? "]\n" : "\n]\n";
  out.flush();
  io.out.flush();
  if (read_failed) return 2;
  return bad_article ? 1 : 0;
}

}  // namespace eok::cli
