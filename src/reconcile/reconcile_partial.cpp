// The map step's partial lines and the reduce step that merges them: see reconcile/partial.hpp.
#include <eok/read/front_matter.hpp>
#include <eok/read/json.hpp>
#include <eok/reconcile/claims.hpp>
#include <eok/reconcile/partial.hpp>
#include <eok/write/json.hpp>

#include <algorithm>
#include <limits>
#include <type_traits>
#include <utility>

namespace eok {
namespace {

// ---- the records of a line -----------------------------------------------------------------
//
// A record (a figure, a link, a relation, a rate, an interval, a check's details) is a JSON
// array of its fields in a fixed order. `fields(x, visit)` names that order once, for the
// writer (x const) and the reader (x not) alike: visit(field, field, ...). Everything else is
// by type: a bool is true/false, an enumeration and a count are numbers, a decimal, a ratio, a
// currency and a date are strings, an optional is its value or null, a vector and a pair are
// arrays, and a record is the array of its fields.

template <class T, class U>
using if_record = std::enable_if_t<std::is_same_v<std::remove_const_t<T>, U>, int>;

template <class T, class V, if_record<T, figure> = 0>
void fields(T& f, V&& visit) {
  visit(f.text, f.start, f.end, f.line, f.kind, f.value, f.low, f.high, f.cur, f.currency_ambiguous, f.approximate,
        f.bound, f.vague, f.precision, f.unit, f.range, f.band, f.each, f.spelled, f.reading);
}
template <class T, class V, if_record<T, relation> = 0>
void fields(T& r, V&& visit) {
  visit(r.kind, r.result, r.base, r.factor, r.factor_approximate, r.cue, r.parts);
}
template <class T, class V, if_record<T, period_length> = 0>
void fields(T& p, V&& visit) {
  visit(p.count, p.unit);
}
template <class T, class V, if_record<T, figure_links> = 0>
void fields(T& l, V&& visit) {
  visit(l.total, l.per, l.over, l.rate_base, l.rate_per);
}
template <class T, class V, if_record<T, conversion_link> = 0>
void fields(T& c, V&& visit) {
  visit(c.from, c.to);
}
template <class T, class V, if_record<T, member_conversion> = 0>
void fields(T& m, V&& visit) {
  visit(m.member, m.check);
}
template <class T, class V, if_record<T, interval> = 0>
void fields(T& i, V&& visit) {
  visit(i.low, i.high, i.low_open, i.high_open);
}
template <class T, class V, if_record<T, rate_quote> = 0>
void fields(T& q, V&& visit) {
  visit(q.from, q.to, q.rate, q.date, q.source, q.path);
}
template <class T, class V, if_record<T, conversion_details> = 0>
void fields(T& d, V&& visit) {
  visit(d.from, d.to, d.implied_rate, d.loose_rate, d.reference_band, d.rates, d.reference, d.best_date,
        d.fitting_dates, d.corrected, d.slip_factor, d.fits_currency, d.outlier_of, d.rates_end);
}
template <class T, class V, if_record<T, relation_details> = 0>
void fields(T& d, V&& visit) {
  visit(d.stated, d.expected, d.implied_count, d.corrected, d.slip_factor);
}
template <class T, class V, if_record<T, stated_rate_details> = 0>
void fields(T& d, V&& visit) {
  visit(d.base, d.quote, d.per, d.stated, d.stated_loose, d.reference_band, d.rates, d.reference);
}

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_pair : std::false_type {};
template <class A, class B>
struct is_pair<std::pair<A, B>> : std::true_type {};

/// How many values each enumeration has: a reader never accepts an index the writer cannot
/// have written.
template <class Enum>
constexpr std::size_t count_to(Enum last) {
  return static_cast<std::size_t>(last) + 1;
}
constexpr std::size_t value_count(figure_kind) { return std::size(detail::figure_kind_names); }
constexpr std::size_t value_count(bound_kind) { return std::size(detail::bound_kind_names); }
constexpr std::size_t value_count(ambiguity) { return std::size(detail::ambiguity_names); }
constexpr std::size_t value_count(check_kind) { return count_to(check_kind::stated_rate); }
constexpr std::size_t value_count(verdict) { return count_to(verdict::undetermined); }
constexpr std::size_t value_count(reason) { return count_to(reason::restated); }
constexpr std::size_t value_count(relation_kind) { return count_to(relation_kind::restated); }
constexpr std::size_t value_count(period_unit) { return count_to(period_unit::year); }
constexpr std::size_t value_count(date_origin) { return count_to(date_origin::record); }

// ---- writing ------------------------------------------------------------------------------

/// Writes the values of a partial line; indices are made relative to the article and its first check.
struct partial_writer {
  json_writer& w;
  std::size_t article_index;
  std::size_t first_check;

  /// A record: the array of its fields.
  template <class... T>
  void operator()(const T&... field) {
    w.begin_array();
    (value(field), ...);
    w.end_array();
  }
  template <class T>
  void value(const T& x) {
    if constexpr (std::is_same_v<T, bool>) {
      w.boolean(x);
    } else if constexpr (std::is_enum_v<T> || std::is_unsigned_v<T>) {
      w.number(static_cast<std::size_t>(x));
    } else if constexpr (std::is_same_v<T, std::string>) {
      w.string(x);
    } else if constexpr (std::is_same_v<T, decimal> || std::is_same_v<T, ratio>) {
      w.string(x.to_string());
    } else if constexpr (std::is_same_v<T, currency>) {
      w.string(x.code());
    } else if constexpr (std::is_same_v<T, date::sys_days>) {
      w.string(format_date(x));
    } else if constexpr (std::is_same_v<T, figure_ref>) {
      w.begin_array().number(x.article - article_index).number(x.figure).end_array();
    } else if constexpr (is_optional<T>::value) {
      x ? value(*x) : void(w.null());
    } else if constexpr (is_vector<T>::value) {
      w.begin_array();
      for (const auto& e : x) value(e);
      w.end_array();
    } else if constexpr (is_pair<T>::value) {
      (*this)(x.first, x.second);
    } else {
      fields(x, *this);
    }
  }
  void article_(const article& a, bool from_file) {
    w.begin_object();
    w.key("id").string(a.id).key("from_file").boolean(from_file).key("file").string(a.file);
    w.key("source").string(a.source).key("title").string(a.title).key("url").string(a.url);
    w.key("date");
    value(a.date);
    w.key("date_from");
    value(a.date_from);
    w.key("date_text").string(a.date_text).key("date_line").number(a.date_line);
    w.key("date_reason").string(a.date_reason).key("text_from").string(a.text_from);
    w.key("figures");
    value(a.figures);
    w.key("repeated_at");
    value(a.repeated_at);
    w.key("links");
    value(a.links);
    w.key("conversions");
    value(a.conversions);
    w.key("relations");
    value(a.relations);
    w.end_object();
  }
  void details_(const check& c) {
    if (c.kind == check_kind::conversion) {
      value(c.as_conversion());
    } else if (c.kind == check_kind::relation) {
      value(c.as_relation());
    } else if (c.kind == check_kind::stated_rate) {
      value(c.as_stated_rate());
    } else {
      w.begin_array().end_array();
    }
  }
  void check_(const check& c) {
    w.begin_object().key("kind");
    value(c.kind);
    w.key("figures");
    value(c.figures);
    w.key("verdict");
    value(c.result);
    w.key("reasons");
    value(c.reasons);
    w.key("details");
    details_(c);
    w.end_object();
  }
  void agreement_(const check& c) {
    const agreement_details& d = c.as_agreement();
    w.begin_object().key("article").number(c.article).key("figures").begin_array();
    for (const auto& r : c.figures) w.begin_array().number(r.article).number(r.figure).end_array();
    w.end_array().key("verdict");
    value(c.result);
    w.key("reasons");
    value(c.reasons);
    w.key("currency");
    value(d.cur);
    w.key("canonical");
    value(d.canonical);
    w.key("evidence");
    value(d.evidence);
    w.key("wrong_conversions");
    value(d.wrong_conversions);
    w.end_object();
  }
  void candidate_(const agreement_candidate& c) {
    w.begin_array();
    value(c.ref.figure);
    value(c.cur);
    value(c.bound);
    value(c.each);
    value(c.value);
    value(static_cast<std::size_t>(c.unit_exponent + 1000));  // offset: the line's counts are never negative
    value(c.words);
    c.wrong_conversion ? value(*c.wrong_conversion - first_check) : void(w.null());
    value(c.converted_cur);
    value(c.converted);
    w.end_array();
  }
};

// ---- reading ------------------------------------------------------------------------------

/// Reads the values of one partial line, every error at the value's position in the line.
struct partial_reader {
  std::string_view line;

  /// Reads a record's fields from the array `v`, which must hold exactly that many.
  struct record {
    const partial_reader& r;
    const json_value& v;
    template <class... T>
    void operator()(T&... field) const {
      const auto& items = r.array(v, sizeof...(T));
      std::size_t i = 0;
      (r.value(items[i++], field), ...);
    }
  };

  [[noreturn]] void fail(const json_value& v, const std::string& what) const {
    throw parse_error(errc::invalid_argument, "partial: " + what, position_at(line, v.offset()));
  }
  const json_value& member(const json_value& obj, std::string_view key) const {
    if (!obj.is_object()) fail(obj, "expected an object");
    const json_value* v = obj.find(key);
    if (!v) fail(obj, "'" + std::string(key) + "' is missing");
    return *v;
  }
  const std::vector<json_value>& array(const json_value& v, std::size_t size = 0) const {
    if (!v.is_array()) fail(v, "expected an array, found " + std::string(json_value::kind_name(v.kind())));
    if (size != 0 && v.items().size() != size) fail(v, "expected " + std::to_string(size) + " items");
    return v.items();
  }
  std::size_t size(const json_value& v) const {
    if (!v.is_number()) fail(v, "expected a count");
    std::size_t n = 0;
    for (char c : v.text()) {
      if (c < '0' || c > '9' || n > (static_cast<std::size_t>(-1) - 9) / 10) fail(v, "expected a count");
      n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
  }
  std::string string(const json_value& v) const {
    if (!v.is_string()) fail(v, "expected a string, found " + std::string(json_value::kind_name(v.kind())));
    return v.text();
  }
  decimal decimal_(const json_value& v) const {
    auto d = decimal::try_parse(string(v));
    if (!d) fail(v, d.error().message());
    return *d;
  }
  ratio ratio_(const json_value& v) const {
    const std::string s = string(v);
    const std::size_t slash = s.find('/');
    auto n = decimal::try_parse(std::string_view(s).substr(0, slash));
    if (!n) fail(v, n.error().message());
    if (slash == std::string::npos) return ratio(*n);
    auto d = decimal::try_parse(std::string_view(s).substr(slash + 1));
    if (!d || d->is_zero()) fail(v, "a ratio needs a denominator that is not zero");
    return ratio(*n) / ratio(*d);
  }
  currency currency_(const json_value& v) const {
    const std::string code = string(v);
    if (code.empty()) return currency();
    auto c = currency::from_code(code);
    if (!c) fail(v, "an unknown currency '" + code + "'");
    return *c;
  }
  date::sys_days date_(const json_value& v) const {
    auto d = try_parse_iso_date(string(v));
    if (!d) fail(v, d.error().message());
    return date::sys_days(*d);
  }

  /// Reads `v` into `x`, by x's type (see `fields`).
  template <class T>
  void value(const json_value& v, T& x) const {
    if constexpr (std::is_same_v<T, bool>) {
      if (!v.is_bool()) fail(v, "expected true or false");
      x = v.boolean();
    } else if constexpr (std::is_enum_v<T>) {
      const std::size_t n = size(v);
      if (n >= value_count(T{})) fail(v, "an unknown kind " + std::to_string(n));
      x = static_cast<T>(n);
    } else if constexpr (std::is_unsigned_v<T>) {
      const std::size_t n = size(v);
      if (n > std::numeric_limits<T>::max()) fail(v, "a number out of range");
      x = static_cast<T>(n);
    } else if constexpr (std::is_same_v<T, std::string>) {
      x = string(v);
    } else if constexpr (std::is_same_v<T, decimal>) {
      x = decimal_(v);
    } else if constexpr (std::is_same_v<T, ratio>) {
      x = ratio_(v);
    } else if constexpr (std::is_same_v<T, currency>) {
      x = currency_(v);
    } else if constexpr (std::is_same_v<T, date::sys_days>) {
      x = date_(v);
    } else if constexpr (std::is_same_v<T, figure_ref>) {
      // A check of one article names its figures as article 0.
      record{*this, v}(x.article, x.figure);
      if (x.article != 0) fail(array(v)[0], "a check of one article names only article 0");
    } else if constexpr (is_optional<T>::value) {
      if (v.is_null()) {
        x.reset();
      } else {
        typename T::value_type y{};
        value(v, y);
        x = std::move(y);
      }
    } else if constexpr (is_vector<T>::value) {
      x.clear();
      for (const json_value& item : array(v)) value(item, x.emplace_back());
    } else if constexpr (is_pair<T>::value) {
      record{*this, v}(x.first, x.second);
    } else {
      fields(x, record{*this, v});
    }
  }
  template <class T>
  T read(const json_value& v) const {
    T x{};
    value(v, x);
    return x;
  }

  article article_(const json_value& v, bool& from_file) const {
    article a;
    value(member(v, "id"), a.id);
    value(member(v, "from_file"), from_file);
    value(member(v, "file"), a.file);
    value(member(v, "source"), a.source);
    value(member(v, "title"), a.title);
    value(member(v, "url"), a.url);
    value(member(v, "date"), a.date);
    value(member(v, "date_from"), a.date_from);
    value(member(v, "date_text"), a.date_text);
    value(member(v, "date_line"), a.date_line);
    value(member(v, "date_reason"), a.date_reason);
    value(member(v, "text_from"), a.text_from);
    value(member(v, "figures"), a.figures);
    value(member(v, "repeated_at"), a.repeated_at);
    value(member(v, "links"), a.links);
    value(member(v, "conversions"), a.conversions);
    value(member(v, "relations"), a.relations);
    return a;
  }
  check check_(const json_value& v) const {
    const auto kind = read<check_kind>(member(v, "kind"));
    const json_value& dv = member(v, "details");
    check c;
    if (kind == check_kind::conversion) {
      c = check(read<conversion_details>(dv));
    } else if (kind == check_kind::relation) {
      c = check(read<relation_details>(dv));
    } else if (kind == check_kind::stated_rate) {
      c = check(read<stated_rate_details>(dv));
    } else {
      fail(member(v, "kind"), "an agreement is not a check of one article");
    }
    value(member(v, "figures"), c.figures);
    value(member(v, "verdict"), c.result);
    value(member(v, "reasons"), c.reasons);
    return c;
  }
  check agreement_(const json_value& v) const {
    agreement_details d;
    value(member(v, "currency"), d.cur);
    value(member(v, "canonical"), d.canonical);
    value(member(v, "evidence"), d.evidence);
    value(member(v, "wrong_conversions"), d.wrong_conversions);
    check c{std::move(d)};
    value(member(v, "article"), c.article);
    for (const auto& r : array(member(v, "figures"))) {
      figure_ref& ref = c.figures.emplace_back();
      record{*this, r}(ref.article, ref.figure);
    }
    if (c.figures.empty()) fail(member(v, "figures"), "an agreement has members");
    value(member(v, "verdict"), c.result);
    value(member(v, "reasons"), c.reasons);
    return c;
  }
  agreement_candidate candidate_(const json_value& v, const article* a, std::size_t checks) const {
    agreement_candidate c;
    std::size_t exponent = 0;
    record{*this, v}(c.ref.figure, c.cur, c.bound, c.each, c.value, exponent, c.words, c.wrong_conversion,
                     c.converted_cur, c.converted);
    const auto& f = v.items();
    if (a && c.ref.figure >= a->figures.size()) fail(f[0], "a candidate names a figure the article does not have");
    if (exponent > 2000) fail(f[5], "an exponent out of range");
    c.unit_exponent = static_cast<int>(exponent) - 1000;
    if (a && c.wrong_conversion && *c.wrong_conversion >= checks) {
      fail(f[7], "a candidate names a check the article does not have");
    }
    if (c.converted_cur.has_value() != c.converted.has_value()) fail(f[8], "a candidate's conversion needs both its currency and its interval");
    return c;
  }
};

}  // namespace

std::string article_partial_json(const article& a, bool from_file, std::size_t article_index,
                                 const std::vector<check>& checks, std::size_t first_check,
                                 const std::vector<agreement_candidate>& candidates) {
  std::string out;
  json_writer w(out);
  partial_writer p{w, article_index, first_check};
  w.begin_object().key("eok_partial").number(static_cast<std::size_t>(partial_version)).key("article");
  p.article_(a, from_file);
  w.key("checks").begin_array();
  for (std::size_t i = first_check; i < checks.size(); ++i) p.check_(checks[i]);
  w.end_array().key("candidates").begin_array();
  for (const auto& c : candidates) p.candidate_(c);
  w.end_array().end_object();
  return out;
}

article_partial read_article_partial(std::string_view line) {
  const json_value doc = read_json(line);
  partial_reader r{line};
  const json_value& version = r.member(doc, "eok_partial");
  if (r.size(version) != static_cast<std::size_t>(partial_version)) {
    r.fail(version, "version " + version.text() + " is not the one this eok reads (" + std::to_string(partial_version) + ")");
  }
  article_partial p;
  p.art = r.article_(r.member(doc, "article"), p.from_file);
  for (const auto& c : r.array(r.member(doc, "checks"))) p.checks.push_back(r.check_(c));
  for (const auto& c : r.array(r.member(doc, "candidates"))) {
    p.candidates.push_back(r.candidate_(c, &p.art, p.checks.size()));
  }
  return p;
}

void partial_merger::add(article_partial p) {
  const std::size_t index = run_.articles.size();
  const std::size_t first = run_.checks.size();
  for (check& c : p.checks) {
    c.article = index;
    for (figure_ref& r : c.figures) r.article = index;
    if (c.kind == check_kind::conversion && c.as_conversion().outlier_of) c.as_conversion().outlier_of->article = index;
    run_.checks.push_back(std::move(c));
  }
  for (agreement_candidate& c : p.candidates) {
    c.ref.article = index;
    if (c.wrong_conversion) *c.wrong_conversion += first;
    candidates_.push_back(std::move(c));
  }
  run_.articles.push_back(std::move(p.art));
  from_file_.push_back(p.from_file);
}

merged_run partial_merger::finish() {
  std::vector<check> agreed = find_agreements(candidates_);
  candidates_.clear();
  return finish_with(std::move(agreed));
}

merged_run partial_merger::finish(const std::vector<std::string>& agreements) {
  std::vector<check> agreed;
  for (const std::string& line : agreements) {
    const json_value v = read_json(line);
    check c = partial_reader{line}.agreement_(v);
    for (const figure_ref& r : c.figures) {
      if (r.article >= run_.articles.size() || r.figure >= run_.articles[r.article].figures.size()) {
        throw parse_error(errc::invalid_argument, "partial: an agreement names a figure no article has", position_at(line, 0));
      }
    }
    agreed.push_back(std::move(c));
  }
  std::stable_sort(agreed.begin(), agreed.end(), [](const check& a, const check& b) {
    const figure_ref& p = a.figures.front();
    const figure_ref& q = b.figures.front();
    return p.article != q.article ? p.article < q.article : p.figure < q.figure;
  });
  candidates_.clear();
  return finish_with(std::move(agreed));
}

merged_run partial_merger::finish_with(std::vector<check> agreed) {
  for (std::size_t i = 0; i < run_.articles.size(); ++i) {
    if (from_file_[i]) run_.articles[i].id = article_id_of(run_.articles[i].file);
  }
  unique_ids(run_.articles, from_file_);
  for (check& c : agreed) run_.checks.push_back(std::move(c));
  return std::move(run_);
}

std::string candidate_claim(std::string_view candidate_json) {
  const json_value v = read_json(candidate_json);
  const partial_reader r{candidate_json};
  return agreement_claim(r.candidate_(v, nullptr, 0));
}

std::vector<std::string> agreement_lines(const std::vector<std::string>& candidate_lines) {
  std::vector<agreement_candidate> cands;
  cands.reserve(candidate_lines.size());
  for (const std::string& line : candidate_lines) {
    const json_value v = read_json(line);
    const partial_reader r{line};
    const auto& parts = r.array(v, 3);
    agreement_candidate c = r.candidate_(parts[2], nullptr, 0);
    c.ref.article = r.size(parts[0]);
    if (c.wrong_conversion) *c.wrong_conversion += r.size(parts[1]);
    cands.push_back(std::move(c));
  }
  // A shuffle delivers the lines in any order; the one-machine run has them in figure order.
  std::stable_sort(cands.begin(), cands.end(), [](const agreement_candidate& a, const agreement_candidate& b) {
    return a.ref.article != b.ref.article ? a.ref.article < b.ref.article : a.ref.figure < b.ref.figure;
  });
  std::vector<std::string> out;
  for (const check& c : find_agreements(cands)) {
    std::string line;
    json_writer w(line);
    partial_writer{w, 0, 0}.agreement_(c);
    w.flush();
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace eok
