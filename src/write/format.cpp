// Rates, Korean units and figures for people (see include/eok/write/format.hpp).
#include <eok/write/format.hpp>

#include <string>
#include <string_view>

namespace eok {

std::string format_rate(const ratio& r, const rate_places& p) {
  if (const auto exact = r.to_exact_decimal(); exact && (p.finite_whole || exact->scale() <= p.places)) {
    return exact->to_string();
  }
  std::string s = r.to_decimal(p.places, rounding::half_even).to_string();
  if (p.mark_rounded) s += "\xE2\x80\xA6";  // …
  return s;
}

std::string format_korean_money(const decimal& amount, currency cur) {
  std::string s = amount.to_korean_string();
  s += ' ';
  s += cur.korean_name().empty() ? cur.code() : cur.korean_name();
  return s;
}

namespace {

// What follows an amount: the currency (code or Korean name), a percent sign, or the unit.
void append_suffix(std::string& s, const figure& f, bool korean) {
  if (f.cur.valid()) {
    s += ' ';
    s += korean && !f.cur.korean_name().empty() ? f.cur.korean_name() : f.cur.code();
  } else if (f.kind == figure_kind::percent) {
    s += f.unit;
  } else if (!f.unit.empty()) {
    s += ' ';
    s += f.unit;
  }
}

// "; approximate; at most; ...; precision 1조", or "; exact" when there is nothing to say.
std::string notes_of(const figure& f) {
  std::string notes;
  auto add = [&](std::string_view n) {
    notes += "; ";
    notes += n;
  };
  if (f.approximate) add("approximate");
  switch (f.bound) {
    case bound_kind::at_most: add("at most"); break;
    case bound_kind::less_than: add("less than"); break;
    case bound_kind::at_least: add("at least"); break;
    case bound_kind::more_than: add("more than"); break;
    case bound_kind::none: break;
  }
  if (f.range) add("range");
  if (f.band && f.low && f.high) add("band " + f.low->to_korean_string() + " to under " + f.high->to_korean_string());
  if (f.vague) add("vague");
  if (f.each) add("each");
  if (f.reading != ambiguity::none) add("ambiguous: " + std::string(explain(f.reading)));
  if (notes.empty()) {
    notes = "; exact";
  } else {
    add("precision " + f.precision.to_korean_string());
  }
  if (f.currency_ambiguous) add(std::string(f.cur.code()) + " assumed; the name is ambiguous");
  return notes;
}

}  // namespace

std::string describe_figure(const figure& f) {
  std::string out;
  std::string korean;
  if (f.value) {
    out = f.value->to_grouped_string();
    korean = f.value->to_korean_string();
  } else if (f.low && f.high) {
    out = f.low->to_grouped_string();
    out += f.range ? " to " : " to under ";
    out += f.high->to_grouped_string();
    korean = f.low->to_korean_string() + "~" + f.high->to_korean_string();
  }
  append_suffix(out, f, false);
  append_suffix(korean, f, true);
  out += " (";
  out += korean;
  out += notes_of(f);
  out += ')';
  return out;
}

}  // namespace eok
