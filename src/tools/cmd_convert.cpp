// `eok convert`: an amount in another currency at a dated rate, exact, with its provenance.
//
//   eok convert 1090억유로 --to KRW --on 2025-02-10
//   163,152,290,000,000 KRW
//   163조 1,522억 9,000만 원
//   rate    1 EUR = 1496.81 KRW
//   date    2025-02-10
//   source  ecb (European Central Bank)
//
// AMOUNT is anything `eok parse` reads as one money figure; an interval converts both ends and
// the figure's wording (약, 이상, ...) is printed with the result (convert_figure). The rate
// comes from the bundled ECB table unless --source or --rates say otherwise; the date actually used, and why, is always
// printed. Exit status: 0 converted, 1 the amount or the rate is not there, 2 usage errors.
#include "cli.hpp"
#include "convert_cli.hpp"
#include "options.hpp"

#include <eok/rates/convert.hpp>
#include <eok/write/format.hpp>
#include <eok/write/json.hpp>
#include <eok/write/rates_json.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/read/parse.hpp>
#include <eok/rates/rates_file.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace eok::cli {
namespace {

constexpr std::string_view convert_help =
    "Usage: eok convert AMOUNT --to CUR [--on DATE | --average PERIOD] [OPTIONS]\n"
    "       eok convert --jsonl [--to CUR] [--on DATE | --average PERIOD] [OPTIONS] < LINES\n"
    "\n"
    "Converts AMOUNT (anything `eok parse` reads: 1090억유로, '$500 billion', 'EUR 109000000000')\n"
    "into CUR at a published exchange rate, exactly, rounding once at the end. A range, band or\n"
    "vague amount (2조~3조원, 8천억원대, 수천억원) converts both ends; 약 and bounds (이상, 최대)\n"
    "are carried into the result.\n"
    "\n"
    "Options:\n"
    "  --to CUR            the target currency (ISO code: KRW, USD, ...)\n"
    "  --on DATE           the date of the rate, YYYY-MM-DD (default: the latest rate available)\n"
    "  --policy P          what to do when DATE has no rate: on-or-before (default; the latest\n"
    "                      earlier rate), exact (no other date), nearest (either side)\n"
    "  --max-gap DAYS      how far from DATE the rate may be (default 7)\n"
    "  --average PERIOD    use the mean of the daily rates over PERIOD instead: 2024 (a year),\n"
    "                      2024-03 (a month), FY2024-04 (the fiscal year starting 2024-04),\n"
    "                      2024-01-01..2024-06-30 or 2024-04..2025-03 (a range)\n"
    "  --source S          the rate source: ecb (default), fred, or a source from --rates\n"
    EOK_CLI_RATES_HELP
    "  --round MODE        half-even (default), half-up, half-down, down, up, floor, ceiling\n"
    "  --json              print one JSON object\n"
    "  --jsonl             convert every line of standard input: an AMOUNT (with the options\n"
    "                      given here), or a JSON object {\"amount\", \"to\", \"on\", \"average\",\n"
    "                      \"policy\", \"max_gap\", \"source\", \"round\"} (strings) whose members\n"
    "                      override them for that line; one JSON object per line, in order, an\n"
    "                      error as {\"line\", \"input\", \"error\"}; exit 1 if any line failed\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 converted, 1 no amount or no rate, 2 usage errors.\n";

}  // namespace

/// The one place AMOUNT becomes a money figure: the figure parser, then a check that it has a
/// currency. A range, band, bound or approximate figure is kept as such (convert_figure carries
/// its wording). Returns nothing after reporting the problem.
std::optional<figure> read_amount(std::string_view text, std::ostream& err) {
  result<figure> r = try_parse_figure(text);
  if (!r) {
    // "100 XYZ", "XYZ 100": name the unknown code rather than the character the parser stopped at.
    const auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    for (const std::size_t at : {std::size_t{0}, text.size() >= 3 ? text.size() - 3 : std::size_t{0}}) {
      const std::string_view code = text.substr(at, 3);
      const bool alone = (at == 0 || text[at - 1] == ' ') && (at + 3 == text.size() || text[at + 3] == ' ');
      if (code.size() == 3 && alone && std::all_of(code.begin(), code.end(), is_upper) && !currency::from_code(code)) {
        err << "eok convert: unknown currency code '" << code << "' in '" << text << "'\n";
        print_caret(err, text, at);
        return std::nullopt;
      }
    }
    err << "eok convert: " << r.error().what() << '\n';
    print_caret(err, text, r.error().offset());
    return std::nullopt;
  }
  figure& f = r.value();
  if (!f.value && !(f.low && f.high)) {
    err << "eok convert: '" << text << "' is not an amount (" << describe_figure(f) << ")\n";
    return std::nullopt;
  }
  if (!f.cur.valid()) {
    err << "eok convert: '" << text << "' has no currency; write one, as in 1090억유로 or '109000000000 EUR'\n";
    return std::nullopt;
  }
  return std::move(f);
}

namespace {

currency read_currency(std::string_view text, std::string_view shown) {
  if (auto c = currency::from_code(text)) return *c;
  if (auto m = find_currency(text)) return m->value;
  throw usage_error{"unknown currency '" + std::string(text) + "' for " + std::string(shown) + " (use an ISO code such as KRW)"};
}

const std::vector<option_spec> convert_spec = {
    valued("--to"),     valued("--on", 1),     valued("--average", 1), valued("--policy"), valued("--max-gap"),
    valued("--source"), rates_spec, only_rates_spec,   valued("--round"),  flag("--json", 2), flag("--jsonl", 2)};

int max_gap_days(std::string_view v, std::string_view shown) {
  int days = 0;
  bool ok = !v.empty() && v.size() <= 5;
  for (char c : v) {
    if (c < '0' || c > '9') ok = false;
    days = days * 10 + (c - '0');
  }
  if (!ok) throw usage_error{std::string(shown) + " needs a number of days from 0 to 99999, not '" + std::string(v) + "'"};
  return days;
}

}  // namespace

const std::vector<std::string_view>& conversion_settings() {
  static const std::vector<std::string_view> names = {"to", "on", "average", "policy", "max-gap", "source", "round"};
  return names;
}

void set_conversion_setting(convert_options& o, std::string_view name, std::string_view v, std::string_view shown) {
  if (name == "to") {
    o.to = read_currency(v, shown);
  } else if (name == "on") {
    o.on = date_option(shown, v);
    o.average.reset();
  } else if (name == "average") {
    o.average_text = v;
    o.average = period_option(shown, v);
    o.on.reset();
  } else if (name == "policy") {
    const auto m = lookup_from_string(v);
    if (!m) throw usage_error{"unknown policy '" + std::string(v) + "' for " + std::string(shown) + " (expected exact, on-or-before or nearest)"};
    o.policy.mode = *m;
  } else if (name == "max-gap") {
    o.policy.max_gap_days = max_gap_days(v, shown);
  } else if (name == "source") {
    o.source = std::string(v);
  } else if (name == "round") {
    const auto m = rounding_from_string(v);
    if (!m) {
      throw usage_error{"unknown rounding '" + std::string(v) + "' for " + std::string(shown) +
                        " (expected half-even, half-up, half-down, down, up, floor or ceiling)"};
    }
    o.mode = *m;
  }
}

namespace {

convert_options read_options(const parsed_args& p) {
  convert_options o;
  for (const std::string_view name : conversion_settings()) {
    const std::string option = "--" + std::string(name);
    if (auto v = p.value(option)) set_conversion_setting(o, name, *v, option);
  }
  o.json = p.has("--json");
  if (p.has("--jsonl")) {
    // Object lines may name their own "to"; a plain line without --to is answered with an error.
    if (!p.operands.empty()) throw usage_error{"--jsonl reads the amounts from standard input, one per line; give no AMOUNT"};
    return o;
  }
  if (!o.to.valid()) throw usage_error{"say which currency to convert to with --to (e.g. --to KRW)"};
  if (p.operands.size() > 1) throw usage_error{"give one AMOUNT (quote it if it has spaces: '109000000000 EUR')"};
  if (p.operands.empty()) throw usage_error{"give an AMOUNT to convert"};
  o.amount = p.operands[0];
  return o;
}

/// "at least", "less than", ...: a bound for people.
std::string bound_words(bound_kind b) {
  std::string w(to_string(b));
  std::replace(w.begin(), w.end(), '_', ' ');
  return w;
}

/// The one conversion whose rate and dates every part of `fc` shares.
const conversion& any_part(const figure_conversion& fc) { return fc.value ? *fc.value : *fc.low; }

/// "the result is approximate", "the result is at least the amount shown": what the wording
/// of the figure makes of the result (empty for a plain amount).
void print_qualifiers(std::ostream& out, const figure_conversion& fc) {
  const figure& f = fc.from;
  if (f.approximate) out << "note    approximate: the amount is approximate, and so is the result\n";
  if (f.bound != bound_kind::none) {
    out << "note    " << bound_words(f.bound) << ": the amount is a bound, and so is the result\n";
  }
  if (f.reading != ambiguity::none) out << "note    ambiguous: " << explain(f.reading) << '\n';
}

void print_human(std::ostream& out, const figure_conversion& fc, const convert_options& o, const source_info& src) {
  const conversion& c = any_part(fc);
  if (fc.low && fc.high) {
    const char* from_word = fc.low_open ? "more than " : "";
    const char* to_word = fc.high_open ? " to under " : " to ";
    out << from_word << fc.low->to.to_grouped_string() << to_word << fc.high->to.to_grouped_string() << '\n'
        << from_word << format_korean_money(fc.low->to.amount(), fc.low->to.cur()) << to_word
        << format_korean_money(fc.high->to.amount(), fc.high->to.cur()) << '\n';
    const figure& f = fc.from;
    out << "kind    " << (f.range ? "range" : f.band ? "band" : "vague") << ": '" << f.text << "' is "
        << from_word << fc.low->from.to_grouped_string() << to_word << fc.high->from.to_grouped_string();
    if (fc.value && f.band) out << ", stated " << fc.value->from.to_grouped_string() << " = " << fc.value->to.to_grouped_string();
    out << '\n';
    if (fc.low->exact != fc.low->to.amount() || fc.high->exact != fc.high->to.amount()) {
      out << "exact   " << fc.low->exact.to_string() << (fc.low->exact_terminates ? "" : "\xE2\x80\xA6") << " to "
          << fc.high->exact.to_string() << (fc.high->exact_terminates ? "" : "\xE2\x80\xA6") << " (each end rounded "
          << to_string(c.mode) << ")\n";
    }
  } else {
    out << c.to.to_grouped_string() << '\n' << format_korean_money(c.to.amount(), c.to.cur()) << '\n';
    if (c.exact != c.to.amount()) {
      out << "exact   " << c.exact.to_string() << (c.exact_terminates ? "" : "\xE2\x80\xA6") << " (rounded "
          << to_string(c.mode) << ")\n";
    }
  }
  print_qualifiers(out, fc);
  out << "rate    1 " << c.rate.from.code() << " = " << format_rate(c.rate.rate, rate_places_sentence) << ' ' << c.rate.to.code();
  if (!c.rate.rate.to_exact_decimal()) out << " (exactly " << c.rate.rate.to_string() << ")";
  if (c.rate.path.size() == 3) out << ", via " << c.rate.path[1].code();
  if (c.average) out << ", mean of " << c.average->days << " daily rates";
  out << '\n';
  if (c.average) {
    out << "dates   " << format_date(c.average->first) << " to " << format_date(c.average->last) << " (period "
        << o.average_text << ")\n";
  } else {
    out << "date    " << format_date(c.rate.date);
    if (!o.on) {
      out << " (latest available)";
    } else if (*o.on != c.rate.date) {
      out << " (asked " << format_date(*o.on) << "; "
          << (o.policy.mode == lookup::nearest ? "nearest rate" : "latest rate on or before it") << ")";
    }
    out << '\n';
  }
  out << "source  " << src.id << " (" << src.publisher << ")\n";
}

static_assert(rate_places_data.places == exact_scale, "JSON rates have the conversion's precision");

/// from, to and exact of one conversion, or nulls when the figure has no such value.
void write_parts(json_writer& w, const std::optional<conversion>& c) {
  if (!c) {
    w.key("from").null().key("to").null().key("exact").null();
    return;
  }
  w.key("from").begin_object();
  write_money_members(w, c->from);
  w.end_object().key("to").begin_object();
  write_money_members(w, c->to);
  w.end_object().key("exact").decimal(c->exact);
}

}  // namespace

// A plain amount keeps the keys it always had; the figure's wording adds keys only when there
// is some: approximate, bound, and for an interval kind, low, high (each from, to, exact) and
// which end is open.
void print_json(std::ostream& out, const figure_conversion& fc) {
  const conversion& c = any_part(fc);
  const figure& f = fc.from;
  json_writer w(out);
  w.begin_object();
  write_parts(w, fc.value);
  if (fc.low && fc.high) {
    w.key("kind").string(f.range ? "range" : f.band ? "band" : "vague");
    w.key("low").begin_object();
    write_parts(w, fc.low);
    w.end_object().key("high").begin_object();
    write_parts(w, fc.high);
    w.end_object().key("low_open").boolean(fc.low_open).key("high_open").boolean(fc.high_open);
  }
  if (f.approximate) w.key("approximate").boolean(true);
  if (f.bound != bound_kind::none) w.key("bound").string(to_string(f.bound));
  if (f.reading != ambiguity::none) w.key("ambiguous").string(to_string(f.reading));
  write_rate_members(w, c.rate);
  if (c.average) {
    w.key("average").begin_object();
    w.key("first").string(format_date(c.average->first));
    w.key("last").string(format_date(c.average->last));
    w.key("days").number(c.average->days);
    w.end_object();
  }
  w.end_object().newline();
}

figure_conversion convert_as_asked(const figure& amount, const convert_options& o, const rate_store& store) {
  if (o.average) {
    return convert_figure(amount, store.get_average(amount.cur, o.to, o.average->first, o.average->last, o.source),
                          o.mode);
  }
  if (o.on) return convert_figure(amount, store.get(amount.cur, o.to, *o.on, o.policy, o.source), o.mode);
  // No date: the latest rate the source has for the pair, however old.
  const std::optional<rate_quote> q = store.latest(amount.cur, o.to, o.source);
  if (!q) {
    throw rate_not_found(errc::rate_not_found, "no " + o.source + " rate for " + std::string(amount.cur.code()) + "/" +
                                                   std::string(o.to.code()) + ": the " + o.source +
                                                   " table has no series connecting them");
  }
  return convert_figure(amount, *q, o.mode);
}

void require_source(const rate_store& store, const std::string& source) {
  if (store.has_source(source)) return;
  std::string ids;
  for (const auto& s : store.sources()) ids += (ids.empty() ? "" : ", ") + s.id;
  throw usage_error{"unknown rate source '" + source + "' (loaded: " + ids + ")"};
}

int run_convert(const args& a, streams& io) {
  const parsed_args p = read_args(a, convert_spec);
  if (p.help) {
    io.out << convert_help;
    return 0;
  }
  const convert_options o = read_options(p);
  if (p.has("--jsonl")) {
    const std::optional<rate_store> loaded = rates_from(p, "convert", io.err);
    if (!loaded) return 2;
    require_source(*loaded, o.source);
    return convert_lines(o, *loaded, io);
  }
  const std::optional<figure> amount = read_amount(o.amount, io.err);
  if (!amount) return 1;
  const std::optional<rate_store> loaded = rates_from(p, "convert", io.err);
  if (!loaded) return 2;
  const rate_store& store = *loaded;
  require_source(store, o.source);
  try {
    const figure_conversion c = convert_as_asked(*amount, o, store);
    if (o.json) {
      print_json(io.out, c);
    } else {
      for (const auto& s : store.sources()) {
        if (s.id == o.source) print_human(io.out, c, o, s);
      }
    }
  } catch (const rate_not_found& e) {
    io.err << "eok convert: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

}  // namespace eok::cli
