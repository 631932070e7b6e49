// The map step's partial lines and the reduce step that merges them: see reconcile/partial.hpp.
#include <eok/read/front_matter.hpp>
#include <eok/read/json.hpp>
#include <eok/reconcile/claims.hpp>
#include <eok/reconcile/partial.hpp>
#include <eok/write/json.hpp>

#include <algorithm>
#include <utility>

namespace eok {
namespace {

// ---- writing ------------------------------------------------------------------------------

/// Writes the values of a partial line; indices are made relative to the article and its first check.
struct partial_writer {
  json_writer& w;
  std::size_t article_index;
  std::size_t first_check;

  void ratio_(const ratio& r) { w.string(r.to_string()); }
  void ratio_(const std::optional<ratio>& r) { r ? ratio_(*r) : void(w.null()); }
  void decimal_(const std::optional<decimal>& d) { d ? void(w.string(d->to_string())) : void(w.null()); }
  void currency_(currency c) { w.string(c.code()); }
  void date_(date::sys_days d) { w.string(format_date(d)); }
  void date_(const std::optional<date::sys_days>& d) { d ? date_(*d) : void(w.null()); }
  template <class Enum>
  void enum_(Enum e) { w.number(static_cast<std::size_t>(e)); }
  void ref_(const figure_ref& r) { w.begin_array().number(r.article - article_index).number(r.figure).end_array(); }
  void interval_(const std::optional<interval>& i) {
    if (!i) {
      w.null();
      return;
    }
    w.begin_array();
    ratio_(i->low);
    ratio_(i->high);
    w.boolean(i->low_open).boolean(i->high_open).end_array();
  }
  void quote_(const rate_quote& q) {
    w.begin_array();
    currency_(q.from);
    currency_(q.to);
    ratio_(q.rate);
    date_(q.date);
    w.string(q.source).begin_array();
    for (currency c : q.path) currency_(c);
    w.end_array().end_array();
  }
  void quote_(const std::optional<rate_quote>& q) { q ? quote_(*q) : void(w.null()); }
  void quotes_(const std::vector<rate_quote>& qs) {
    w.begin_array();
    for (const auto& q : qs) quote_(q);
    w.end_array();
  }
  void sizes_(const std::vector<std::size_t>& v) {
    w.begin_array();
    for (std::size_t n : v) w.number(n);
    w.end_array();
  }
  void figure_(const figure& f) {
    w.begin_array().string(f.text).number(f.start).number(f.end).number(f.line);
    enum_(f.kind);
    decimal_(f.value);
    decimal_(f.low);
    decimal_(f.high);
    currency_(f.cur);
    w.boolean(f.currency_ambiguous).boolean(f.approximate);
    enum_(f.bound);
    w.boolean(f.vague);
    decimal_(f.precision);
    w.string(f.unit).boolean(f.range).boolean(f.band).boolean(f.each).boolean(f.spelled);
    enum_(f.reading);
    w.end_array();
  }
  void relation_(const relation& r) {
    w.begin_array();
    enum_(r.kind);
    w.number(r.result).number(r.base);
    ratio_(r.factor);
    w.boolean(r.factor_approximate).string(r.cue);
    sizes_(r.parts);
    w.end_array();
  }
  void links_(const figure_links& l) {
    w.begin_array().boolean(l.total);
    l.per ? enum_(*l.per) : void(w.null());
    if (l.over) {
      w.begin_array().number(l.over->count);
      enum_(l.over->unit);
      w.end_array();
    } else {
      w.null();
    }
    currency_(l.rate_base);
    decimal_(l.rate_per);
    w.end_array();
  }
  void article_(const article& a, bool from_file) {
    w.begin_object();
    w.key("id").string(a.id).key("from_file").boolean(from_file).key("file").string(a.file);
    w.key("source").string(a.source).key("title").string(a.title).key("url").string(a.url);
    w.key("date");
    date_(a.date);
    w.key("date_from");
    enum_(a.date_from);
    w.key("date_text").string(a.date_text).key("date_line").number(a.date_line);
    w.key("date_reason").string(a.date_reason).key("text_from").string(a.text_from);
    w.key("figures").begin_array();
    for (const figure& f : a.figures) figure_(f);
    w.end_array().key("repeated_at").begin_array();
    for (const auto& r : a.repeated_at) sizes_(r);
    w.end_array().key("links").begin_array();
    for (const auto& l : a.links) links_(l);
    w.end_array().key("conversions").begin_array();
    for (const auto& c : a.conversions) w.begin_array().number(c.from).number(c.to).end_array();
    w.end_array().key("relations").begin_array();
    for (const auto& r : a.relations) relation_(r);
    w.end_array().end_object();
  }
  void details_(const check& c) {
    w.begin_array();
    if (c.kind == check_kind::conversion) {
      const conversion_details& d = c.as_conversion();
      currency_(d.from);
      currency_(d.to);
      interval_(d.implied_rate);
      interval_(d.loose_rate);
      interval_(d.reference_band);
      quotes_(d.rates);
      quote_(d.reference);
      date_(d.best_date);
      w.begin_array();
      for (const auto& [p, q] : d.fitting_dates) {
        w.begin_array();
        date_(p);
        date_(q);
        w.end_array();
      }
      w.end_array();
      decimal_(d.corrected);
      ratio_(d.slip_factor);
      currency_(d.fits_currency);
      d.outlier_of ? ref_(*d.outlier_of) : void(w.null());
    } else if (c.kind == check_kind::relation) {
      const relation_details& d = c.as_relation();
      relation_(d.stated);
      interval_(d.expected);
      ratio_(d.implied_count);
      decimal_(d.corrected);
      ratio_(d.slip_factor);
    } else if (c.kind == check_kind::stated_rate) {
      const stated_rate_details& d = c.as_stated_rate();
      currency_(d.base);
      currency_(d.quote);
      decimal_(d.per);
      interval_(d.stated);
      interval_(d.stated_loose);
      interval_(d.reference_band);
      quotes_(d.rates);
      quote_(d.reference);
    }
    w.end_array();
  }
  void check_(const check& c) {
    w.begin_object().key("kind");
    enum_(c.kind);
    w.key("figures").begin_array();
    for (const auto& r : c.figures) ref_(r);
    w.end_array().key("verdict");
    enum_(c.result);
    w.key("reasons").begin_array();
    for (reason r : c.reasons) enum_(r);
    w.end_array().key("details");
    details_(c);
    w.end_object();
  }
  void agreement_(const check& c) {
    const agreement_details& d = c.as_agreement();
    w.begin_object().key("article").number(c.article).key("figures").begin_array();
    for (const auto& r : c.figures) w.begin_array().number(r.article).number(r.figure).end_array();
    w.end_array().key("verdict");
    enum_(c.result);
    w.key("reasons").begin_array();
    for (reason r : c.reasons) enum_(r);
    w.end_array().key("currency");
    currency_(d.cur);
    w.key("canonical");
    d.canonical ? void(w.number(*d.canonical)) : void(w.null());
    w.key("evidence").begin_array();
    for (const auto& e : d.evidence) w.string(e);
    w.end_array().key("wrong_conversions").begin_array();
    for (const auto& m : d.wrong_conversions) w.begin_array().number(m.member).number(m.check).end_array();
    w.end_array().end_object();
  }
  void candidate_(const agreement_candidate& c) {
    w.begin_array().number(c.ref.figure);
    currency_(c.cur);
    enum_(c.bound);
    w.boolean(c.each).string(c.value.to_string());
    w.number(static_cast<std::size_t>(c.unit_exponent + 1000)).begin_array();  // offset: the writer takes no negatives
    for (const auto& word : c.words) w.string(word);
    w.end_array();
    c.wrong_conversion ? void(w.number(*c.wrong_conversion - first_check)) : void(w.null());
    c.converted_cur ? currency_(*c.converted_cur) : void(w.null());
    interval_(c.converted);
    w.end_array();
  }
};

// ---- reading ------------------------------------------------------------------------------

/// How many values each enumeration has (its last enumerator + 1): a reader never accepts
/// an index the writer cannot have written.
template <class Enum>
constexpr std::size_t count_to(Enum last) {
  return static_cast<std::size_t>(last) + 1;
}
constexpr std::size_t check_kinds = count_to(check_kind::stated_rate);
constexpr std::size_t verdicts = count_to(verdict::undetermined);
constexpr std::size_t reasons = count_to(reason::restated);
constexpr std::size_t relation_kinds = count_to(relation_kind::restated);
constexpr std::size_t period_units = count_to(period_unit::year);
constexpr std::size_t date_origins = count_to(date_origin::record);

/// Reads the values of one partial line, every error at the value's position in the line.
struct partial_reader {
  std::string_view line;

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
  std::string string(const json_value& v) const {
    if (!v.is_string()) fail(v, "expected a string, found " + std::string(json_value::kind_name(v.kind())));
    return v.text();
  }
  bool boolean(const json_value& v) const {
    if (!v.is_bool()) fail(v, "expected true or false");
    return v.boolean();
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
  template <class Enum>
  Enum enum_(const json_value& v, std::size_t count) const {
    const std::size_t n = size(v);
    if (n >= count) fail(v, "an unknown kind " + std::to_string(n));
    return static_cast<Enum>(n);
  }
  decimal decimal_(const json_value& v) const {
    auto d = decimal::try_parse(string(v));
    if (!d) fail(v, d.error().message());
    return *d;
  }
  std::optional<decimal> opt_decimal(const json_value& v) const {
    if (v.is_null()) return std::nullopt;
    return decimal_(v);
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
  std::optional<ratio> opt_ratio(const json_value& v) const {
    if (v.is_null()) return std::nullopt;
    return ratio_(v);
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
  std::optional<date::sys_days> opt_date(const json_value& v) const {
    if (v.is_null()) return std::nullopt;
    return date_(v);
  }
  figure_ref ref_(const json_value& v) const {
    const auto& a = array(v, 2);
    if (size(a[0]) != 0) fail(a[0], "a check of one article names only article 0");
    return figure_ref{0, size(a[1])};
  }
  std::optional<interval> interval_(const json_value& v) const {
    if (v.is_null()) return std::nullopt;
    const auto& a = array(v, 4);
    return interval{opt_ratio(a[0]), opt_ratio(a[1]), boolean(a[2]), boolean(a[3])};
  }
  rate_quote quote_(const json_value& v) const {
    const auto& a = array(v, 6);
    rate_quote q;
    q.from = currency_(a[0]);
    q.to = currency_(a[1]);
    q.rate = ratio_(a[2]);
    q.date = date_(a[3]);
    q.source = string(a[4]);
    for (const auto& c : array(a[5])) q.path.push_back(currency_(c));
    return q;
  }
  std::optional<rate_quote> opt_quote(const json_value& v) const {
    if (v.is_null()) return std::nullopt;
    return quote_(v);
  }
  std::vector<rate_quote> quotes_(const json_value& v) const {
    std::vector<rate_quote> out;
    for (const auto& q : array(v)) out.push_back(quote_(q));
    return out;
  }
  std::vector<std::size_t> sizes_(const json_value& v) const {
    std::vector<std::size_t> out;
    for (const auto& n : array(v)) out.push_back(size(n));
    return out;
  }
  figure figure_(const json_value& v) const {
    const auto& a = array(v, 20);
    figure f;
    f.text = string(a[0]);
    f.start = size(a[1]);
    f.end = size(a[2]);
    f.line = size(a[3]);
    f.kind = enum_<figure_kind>(a[4], std::size(detail::figure_kind_names));
    f.value = opt_decimal(a[5]);
    f.low = opt_decimal(a[6]);
    f.high = opt_decimal(a[7]);
    f.cur = currency_(a[8]);
    f.currency_ambiguous = boolean(a[9]);
    f.approximate = boolean(a[10]);
    f.bound = enum_<bound_kind>(a[11], std::size(detail::bound_kind_names));
    f.vague = boolean(a[12]);
    f.precision = decimal_(a[13]);
    f.unit = string(a[14]);
    f.range = boolean(a[15]);
    f.band = boolean(a[16]);
    f.each = boolean(a[17]);
    f.spelled = boolean(a[18]);
    f.reading = enum_<ambiguity>(a[19], std::size(detail::ambiguity_names));
    return f;
  }
  relation relation_(const json_value& v) const {
    const auto& a = array(v, 7);
    relation r;
    r.kind = enum_<relation_kind>(a[0], relation_kinds);
    r.result = size(a[1]);
    r.base = size(a[2]);
    r.factor = opt_ratio(a[3]);
    r.factor_approximate = boolean(a[4]);
    r.cue = string(a[5]);
    r.parts = sizes_(a[6]);
    return r;
  }
  figure_links links_(const json_value& v) const {
    const auto& a = array(v, 5);
    figure_links l;
    l.total = boolean(a[0]);
    if (!a[1].is_null()) l.per = enum_<period_unit>(a[1], period_units);
    if (!a[2].is_null()) {
      const auto& o = array(a[2], 2);
      const std::size_t count = size(o[0]);
      if (count > 0xFFFFFFFFu) fail(o[0], "a period too long");
      l.over = period_length{static_cast<std::uint32_t>(count), enum_<period_unit>(o[1], period_units)};
    }
    l.rate_base = currency_(a[3]);
    l.rate_per = opt_decimal(a[4]);
    return l;
  }
  article article_(const json_value& v, bool& from_file) const {
    article a;
    a.id = string(member(v, "id"));
    from_file = boolean(member(v, "from_file"));
    a.file = string(member(v, "file"));
    a.source = string(member(v, "source"));
    a.title = string(member(v, "title"));
    a.url = string(member(v, "url"));
    a.date = date_(member(v, "date"));
    a.date_from = enum_<date_origin>(member(v, "date_from"), date_origins);
    a.date_text = string(member(v, "date_text"));
    a.date_line = size(member(v, "date_line"));
    a.date_reason = string(member(v, "date_reason"));
    a.text_from = string(member(v, "text_from"));
    for (const auto& f : array(member(v, "figures"))) a.figures.push_back(figure_(f));
    for (const auto& r : array(member(v, "repeated_at"))) a.repeated_at.push_back(sizes_(r));
    for (const auto& l : array(member(v, "links"))) a.links.push_back(links_(l));
    for (const auto& c : array(member(v, "conversions"))) {
      const auto& p = array(c, 2);
      a.conversions.push_back(conversion_link{size(p[0]), size(p[1])});
    }
    for (const auto& r : array(member(v, "relations"))) a.relations.push_back(relation_(r));
    return a;
  }
  check check_(const json_value& v) const {
    const auto kind = enum_<check_kind>(member(v, "kind"), check_kinds);
    const json_value& dv = member(v, "details");
    check c;
    if (kind == check_kind::conversion) {
      const auto& a = array(dv, 13);
      conversion_details d;
      d.from = currency_(a[0]);
      d.to = currency_(a[1]);
      d.implied_rate = interval_(a[2]);
      d.loose_rate = interval_(a[3]);
      d.reference_band = interval_(a[4]);
      d.rates = quotes_(a[5]);
      d.reference = opt_quote(a[6]);
      d.best_date = opt_date(a[7]);
      for (const auto& p : array(a[8])) {
        const auto& pq = array(p, 2);
        d.fitting_dates.emplace_back(date_(pq[0]), date_(pq[1]));
      }
      d.corrected = opt_decimal(a[9]);
      d.slip_factor = opt_ratio(a[10]);
      d.fits_currency = currency_(a[11]);
      if (!a[12].is_null()) d.outlier_of = ref_(a[12]);
      c = check(std::move(d));
    } else if (kind == check_kind::relation) {
      const auto& a = array(dv, 5);
      relation_details d;
      d.stated = relation_(a[0]);
      d.expected = interval_(a[1]);
      d.implied_count = opt_ratio(a[2]);
      d.corrected = opt_decimal(a[3]);
      d.slip_factor = opt_ratio(a[4]);
      c = check(std::move(d));
    } else if (kind == check_kind::stated_rate) {
      const auto& a = array(dv, 8);
      stated_rate_details d;
      d.base = currency_(a[0]);
      d.quote = currency_(a[1]);
      d.per = decimal_(a[2]);
      d.stated = interval_(a[3]);
      d.stated_loose = interval_(a[4]);
      d.reference_band = interval_(a[5]);
      d.rates = quotes_(a[6]);
      d.reference = opt_quote(a[7]);
      c = check(std::move(d));
    } else {
      fail(member(v, "kind"), "an agreement is not a check of one article");
    }
    for (const auto& r : array(member(v, "figures"))) c.figures.push_back(ref_(r));
    c.result = enum_<verdict>(member(v, "verdict"), verdicts);
    for (const auto& r : array(member(v, "reasons"))) c.reasons.push_back(enum_<reason>(r, reasons));
    return c;
  }
  check agreement_(const json_value& v) const {
    agreement_details d;
    d.cur = currency_(member(v, "currency"));
    const json_value& canonical = member(v, "canonical");
    if (!canonical.is_null()) d.canonical = size(canonical);
    for (const auto& e : array(member(v, "evidence"))) d.evidence.push_back(string(e));
    for (const auto& m : array(member(v, "wrong_conversions"))) {
      const auto& p = array(m, 2);
      d.wrong_conversions.push_back(member_conversion{size(p[0]), size(p[1])});
    }
    check c{std::move(d)};
    c.article = size(member(v, "article"));
    for (const auto& r : array(member(v, "figures"))) {
      const auto& p = array(r, 2);
      c.figures.push_back(figure_ref{size(p[0]), size(p[1])});
    }
    if (c.figures.empty()) fail(member(v, "figures"), "an agreement has members");
    c.result = enum_<verdict>(member(v, "verdict"), verdicts);
    for (const auto& r : array(member(v, "reasons"))) c.reasons.push_back(enum_<reason>(r, reasons));
    return c;
  }
  agreement_candidate candidate_(const json_value& v, const article* a, std::size_t checks) const {
    const auto& f = array(v, 10);
    agreement_candidate c;
    c.ref = figure_ref{0, size(f[0])};
    if (a && c.ref.figure >= a->figures.size()) fail(f[0], "a candidate names a figure the article does not have");
    c.cur = currency_(f[1]);
    c.bound = enum_<bound_kind>(f[2], std::size(detail::bound_kind_names));
    c.each = boolean(f[3]);
    c.value = decimal_(f[4]);
    const std::size_t e = size(f[5]);
    if (e > 2000) fail(f[5], "an exponent out of range");
    c.unit_exponent = static_cast<int>(e) - 1000;
    for (const auto& w : array(f[6])) c.words.push_back(string(w));
    if (!f[7].is_null()) {
      c.wrong_conversion = size(f[7]);
      if (a && *c.wrong_conversion >= checks) fail(f[7], "a candidate names a check the article does not have");
    }
    if (!f[8].is_null()) c.converted_cur = currency_(f[8]);
    c.converted = interval_(f[9]);
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
