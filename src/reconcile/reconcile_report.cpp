// Reconciliation reports: explanations in Korean and English, JSON, Markdown and HTML with
// inline SVG charts. Every number is derived from exact values with a named rounding.
#include <eok/reconcile/reconcile_report.hpp>

#include <eok/write/format.hpp>
#include <eok/write/json.hpp>
#include <eok/rates/rates.hpp>
#include <eok/core/ratio_big.hpp>
#include <eok/text/text.hpp>

#include "../core/huge_pages.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace eok {

// ---- small formatting helpers ---------------------------------------------------------------

std::string rate_text(const ratio& r) { return format_rate(r, rate_places_report); }

namespace {

/// A rate source's id as reports write it: "seoul" is SEOUL.
std::string upper_id(std::string_view id) {
  std::string out(id);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

std::vector<source_info> cited_sources(const std::vector<check>& checks, const rate_oracle& rates) {
  std::vector<std::string> ids;
  auto note = [&](const std::vector<rate_quote>& quotes) {
    for (const auto& r : quotes) {
      if (std::find(ids.begin(), ids.end(), r.source) == ids.end()) ids.push_back(r.source);
    }
  };
  for (const check& c : checks) {
    if (const auto* conv = std::get_if<conversion_details>(&c.details)) note(conv->rates);
    if (const auto* sr = std::get_if<stated_rate_details>(&c.details)) note(sr->rates);
  }
  // In the order the rate tables were loaded (the bundled ones first); a source the oracle does
  // not describe (rates built by hand) after them, by id, named by its upper-case id.
  std::vector<source_info> out;
  for (const source_info& s : rates.sources) {
    if (std::find(ids.begin(), ids.end(), s.id) != ids.end()) out.push_back(s);
  }
  std::sort(ids.begin(), ids.end());
  for (const auto& id : ids) {
    const bool described = std::any_of(rates.sources.begin(), rates.sources.end(),
                                        [&](const source_info& s) { return s.id == id; });
    if (!described) out.push_back(source_info{id, upper_id(id), "", "", ""});
  }
  return out;
}

std::vector<std::string> rates_citation(const std::vector<check>& checks, const rate_oracle& rates) {
  std::vector<std::string> lines;
  for (const source_info& s : cited_sources(checks, rates)) {
    // The table's own words; "Source: " put in front when they do not start with it, and the
    // publisher and name when the table has no citation.
    std::string text = s.citation;
    if (text.empty()) text = s.publisher.empty() ? s.name : s.publisher + ", " + s.name;
    if (text.rfind("Source:", 0) != 0) text = "Source: " + text;
    lines.push_back(std::move(text));
  }
  return lines;
}

namespace {

using lang_t = report_language;

bool ko(lang_t l) { return l == report_language::ko; }

/// An amount in the reader's form: "163,152,290,000,000 KRW" or "163조 1,522억 9,000만원".
std::string amount_text(const decimal& v, currency c, lang_t l) {
  if (ko(l)) return v.normalized().to_korean_string() + std::string(c.korean_name());
  return v.normalized().to_grouped_string() + " " + std::string(c.code());
}

/// value × rate in the quote currency's minor units, rounded half-even; "about" ("약") marks a
/// product that was rounded.
std::string product_text(const decimal& value, const ratio& rate, currency to, lang_t l) {
  const ratio exact = ratio(value) * rate;
  const int places = std::max(to.minor_units(), 0);
  const decimal shown = exact.to_decimal(places, rounding::half_even);
  const bool is_exact = ratio(shown) == exact;
  if (is_exact) return amount_text(shown, to, l);
  return (ko(l) ? "약 " : "about ") + amount_text(shown, to, l);
}

/// A number shown with up to `places` decimals: trailing zeros dropped.
std::string trimmed(const decimal& d) { return d.normalized().to_string(); }

/// "[1490.8256, 1500)": ends rounded outward, trailing zeros dropped.
std::string span_text(const interval& i, int places = 4) {
  std::string s = i.low_open || !i.low ? "(" : "[";
  s += i.low ? trimmed(i.low->to_decimal(places, rounding::floor)) : "-inf";
  s += ", ";
  s += i.high ? trimmed(i.high->to_decimal(places, rounding::ceiling)) : "inf";
  s += i.high_open || !i.high ? ")" : "]";
  return s;
}

/// An amount interval in the reader's units: "[162조 5,000억, 163조 5,000억)".
std::string amount_span_text(const interval& i, currency c, lang_t l) {
  auto end = [&](const std::optional<ratio>& r, rounding mode) -> std::string {
    if (!r) return "inf";
    const decimal d = r->to_decimal(std::max(c.minor_units(), 0), mode).normalized();
    return ko(l) ? d.to_korean_string() : d.to_grouped_string();
  };
  std::string s = i.low_open || !i.low ? "(" : "[";
  s += end(i.low, rounding::floor);
  s += ", ";
  s += end(i.high, rounding::ceiling);
  s += i.high_open || !i.high ? ")" : "]";
  s += ko(l) ? std::string(c.korean_name()) : " " + std::string(c.code());
  return s;
}

std::string factor_text(const ratio& f) {
  if (f.is_integer()) return f.numerator().str();
  return f.numerator().str() + "/" + f.denominator().str();
}

std::string grouped_integer(const ratio& f) {
  return f.to_decimal(0, rounding::half_even).to_grouped_string();
}

std::string percent_text(const decimal& fraction) { return trimmed(fraction * decimal(100)); }

const figure& fig(const std::vector<article>& articles, const figure_ref& r) {
  return articles[r.article].figures[r.figure];
}

std::string quoted(const figure& f) { return "‘" + f.text + "’"; }

/// Whether the last sound of `text` ends in a consonant (Hangul batchim, or a digit read as
/// 영/일/삼/육/칠/팔/십), which picks the Korean particle: 은/는, 이/가, 을/를, 과/와.
bool ends_in_consonant(std::string_view text) {
  for (std::size_t i = text.size(); i > 0;) {
    std::size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    const auto c0 = static_cast<unsigned char>(text[start]);
    if (i - start == 3 && c0 >= 0xE0) {
      const char32_t cp = ((c0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[start + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(text[start + 2]) & 0x3Fu);
      if (cp >= 0xAC00 && cp <= 0xD7A3) return (cp - 0xAC00) % 28 != 0;
    }
    if (i - start == 1 && c0 >= '0' && c0 <= '9') return std::string_view("0136780").find(static_cast<char>(c0)) != std::string_view::npos;
    if (i - start == 1 && ((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z'))) return false;
    i = start;
  }
  return false;
}

/// The figure quoted, followed by the particle that fits it: quoted_josa(f, "은", "는").
std::string qj(const figure& f, std::string_view after_consonant, std::string_view after_vowel) {
  return quoted(f) + std::string(ends_in_consonant(f.text) ? after_consonant : after_vowel);
}

/// The Korean names of the reasons, in the order of their enumerators (English reports show the
/// JSON keys).
constexpr std::array<std::string_view, 9> reason_names_ko{"단위 착오", "다른 통화", "환율 날짜", "설명 안 됨", "튀는 값",
                                                          "반올림 차이", "환산 오류", "다른 금액", "한 주제 두 표현"};
static_assert(static_cast<std::size_t>(reason::restated) + 1 == reason_names_ko.size());

/// The reasons as a report's table lists them: "rate_date, outlier", or "예전 환율, 튀는 값".
std::string reasons_text(const std::vector<reason>& rs, lang_t l) {
  std::string s;
  for (reason r : rs) {
    if (!s.empty()) s += ", ";
    s += std::string(ko(l) ? reason_names_ko[static_cast<std::size_t>(r)] : to_string(r));
  }
  return s;
}

/// The rate of `c.rates` nearest the implied interval: what the article date offered.
std::optional<rate_quote> date_rate(const check& c) {
  const conversion_details& found = c.as_conversion();
  std::optional<rate_quote> best;
  ratio best_d;
  for (const auto& r : found.rates) {
    ratio d;
    const interval& span = *found.loose_rate;
    if (span.low && r.rate < *span.low) d = *span.low - r.rate;
    if (span.high && *span.high < r.rate) d = r.rate - *span.high;
    if (!best || d < best_d) {
      best = r;
      best_d = d;
    }
  }
  return best;
}

// ---- explanations ---------------------------------------------------------------------------

std::string explain_conversion(const check& c, const std::vector<article>& articles, lang_t l,
                               const reconcile_options& options) {
  const conversion_details& found = c.as_conversion();
  const article& a = articles[c.article];
  const figure& x = fig(articles, c.figures[0]);
  const figure& y = fig(articles, c.figures[1]);
  const std::string from(found.from.code());
  const std::string to(found.to.code());
  const std::string date = format_date(a.date);
  if (c.result == verdict::undetermined || !found.implied_rate) {
    if (c.reasons.empty() && found.rates_end) {
      const std::string end = format_date(*found.rates_end);
      return ko(l) ? date + " 기준 " + from + "/" + to + " 환율이 없습니다(환율 자료는 " + end +
                         "까지 있습니다). eok rates import로 새 환율을 추가하세요."
                   : "The rates end on " + end + "; " + std::string(rates_end_advice) + " (no " + from + "/" +
                         to + " rate for " + date + ", so " + quoted(x) + " (" + y.text + ") cannot be checked).";
    }
    if (c.reasons.empty()) {
      return ko(l) ? date + " 기준 " + from + "/" + to + " 환율이 없어 " + quoted(x) + "(" + y.text + ")" + (ends_in_consonant(y.text) ? "을" : "를") + " 확인할 수 없습니다."
                   : "No " + from + "/" + to + " rate is loaded for " + date + ", so " + quoted(x) + " (" + y.text +
                         ") cannot be checked.";
    }
  }
  std::string outlier;
  if (found.outlier_of) {
    const figure& other = fig(articles, *found.outlier_of);
    outlier = ko(l) ? " (같은 기사의 " + qj(other, "과", "와") + "도 한 환율로 맞출 수 없음)"
                    : "; it also cannot share one rate with " + quoted(other) + " in the same article";
  }
  const std::string per = ko(l) ? "1" + std::string(found.from.korean_name()) + "당 " : "";
  auto rate_phrase = [&](const rate_quote& r) {
    return ko(l) ? upper_id(r.source) + " " + format_date(r.date) + " 환율(" + per + rate_text(r.rate) +
                       std::string(found.to.korean_name()) + ")"
                 : rate_text(r.rate) + " " + to + " per " + from + " (" + upper_id(r.source) + ", " + format_date(r.date) + ")";
  };
  if (c.result == verdict::consistent || c.result == verdict::consistent_loose) {
    const rate_quote& r = *found.reference;
    const std::string p = x.value ? product_text(*x.value, r.rate, found.to, l) : std::string("?");
    const interval& used = c.result == verdict::consistent ? *found.implied_rate : *found.loose_rate;
    const bool allowance = !used.contains(r.rate);
    const std::string pct = percent_text(options.tolerance);
    if (ko(l)) {
      std::string s = quoted(x) + "에 " + rate_phrase(r) + "을 곱하면 " + p + "이므로, " + qj(y, "은", "는") + " 이 값을 " +
                      (c.result == verdict::consistent ? "반올림한 것입니다" : "버림하거나 한 단위 안에서 어림한 것입니다");
      if (allowance) s += " (환율 출처 간 허용 차이 " + pct + "% 안)";
      return s + ".";
    }
    std::string s = quoted(x) + " at " + rate_phrase(r) + " is " + p + ", and " + quoted(y) +
                    (c.result == verdict::consistent ? " is that amount rounded"
                                                     : " matches it only read loosely (cut off, or within one unit)");
    if (allowance) s += ", within the tolerance between rate sources (" + pct + "%)";
    return s + ".";
  }
  const std::string implied = span_text(*found.loose_rate);
  auto has = [&](reason r) { return std::find(c.reasons.begin(), c.reasons.end(), r) != c.reasons.end(); };
  if (has(reason::unit_slip) && found.reference && found.slip_factor) {
    const rate_quote& r = *found.reference;
    const std::string p = x.value ? product_text(*x.value, r.rate, found.to, l) : std::string("?");
    const bool too_small = ratio(1) < *found.slip_factor;
    const std::string k = grouped_integer(too_small ? *found.slip_factor : found.slip_factor->inverse());
    const std::string fixed = found.corrected ? found.corrected->to_korean_string() + std::string(found.to.korean_name()) : std::string("?");
    if (ko(l)) {
      return qj(y, "은", "는") + " 단위가 " + k + "배 " + (too_small ? "작게" : "크게") + " 적혔습니다: ‘" + fixed + "’" +
             (ends_in_consonant(fixed) ? "으로" : "로") + " 읽으면 " + quoted(x) + "에 " + rate_phrase(r) + "을 곱한 " + p +
             (ends_in_consonant(p) ? "과" : "와") + " 맞습니다" + outlier + ".";
    }
    return quoted(y) + " is " + k + " times too " + (too_small ? "small" : "large") + ": read as ‘" + fixed + "’ it fits " +
           quoted(x) + " at " + rate_phrase(r) + ", which gives " + p + outlier + ".";
  }
  if (has(reason::wrong_currency) && found.reference) {
    const std::string other(found.fits_currency.code());
    const auto now = date_rate(c);
    const std::string now_text = now ? rate_text(now->rate) + ", " + upper_id(now->source) : std::string("-");
    if (ko(l)) {
      return qj(y, "은", "는") + " " + date + "의 " + from + " 환율(" + now_text + ")로는 " + qj(x, "과", "와") + " 맞지 않지만 같은 날 " +
             other + " 환율(" + rate_text(found.reference->rate) + ", " + upper_id(found.reference->source) + ")에는 맞으므로, 금액이 " +
             from + "가 아니라 " + other + "였을 가능성이 큽니다" + outlier + ".";
    }
    return quoted(y) + " does not fit " + quoted(x) + " at the " + from + " rate of " + date + " (" + now_text +
           ") but fits the " + other + " rate that day (" + rate_text(found.reference->rate) + ", " +
           upper_id(found.reference->source) + "), so the amount was probably in " + other + ", not " + from + outlier + ".";
  }
  const auto now = date_rate(c);
  const std::string now_text = now ? rate_text(now->rate) + " (" + upper_id(now->source) + ")"
                                   : (ko(l) ? std::string("자료 없음") : std::string("no data"));
  if (has(reason::rate_date) && found.best_date && found.reference) {
    const auto days = (a.date - *found.best_date).count();
    // Every stretch when there are few; otherwise how many, over which span, and the latest few
    // (the JSON's fitting_dates keeps them all).
    constexpr std::size_t all_shown = 4;
    constexpr std::size_t latest_shown = 3;
    const auto& fits = found.fitting_dates;
    const std::size_t skipped = fits.size() > all_shown ? fits.size() - latest_shown : 0;
    std::string stretches;
    for (std::size_t k = skipped; k < fits.size(); ++k) {
      const auto& [first, last] = fits[k];
      stretches += (stretches.empty() ? "" : ", ") + format_date(first) + (first == last ? "" : " … " + format_date(last));
    }
    if (skipped > 0) {
      const std::string count = std::to_string(fits.size());
      const std::string span_first = format_date(fits.front().first);
      const std::string span_last = format_date(fits.back().second);
      stretches = ko(l) ? span_first + " ~ " + span_last + " 사이 " + count + "구간, 최근 구간 " + stretches
                        : count + " stretches of dates from " + span_first + " to " + span_last + ", the latest " + stretches;
    }
    if (!stretches.empty()) {
      outlier = (ko(l) ? " (맞는 환율의 날짜: " + stretches + ")" : "; it fits the rates of " + stretches) + outlier;
    }
    if (ko(l)) {
      return quoted(y) + "에서 역산한 환율은 " + implied + "인데 " + date + " 환율은 " + now_text + "이었습니다; " +
             std::to_string(days) + "일 전인 " + format_date(*found.best_date) + "의 환율(" + rate_text(found.reference->rate) + ", " +
             upper_id(found.reference->source) + ")과 맞으므로 예전 환율로 환산한 것으로 보입니다" + outlier + ".";
    }
    return quoted(y) + " implies " + implied + " " + to + " per " + from + ", but the rate on " + date + " was " +
           now_text + "; it matches the rate of " + format_date(*found.best_date) + " (" + rate_text(found.reference->rate) + ", " +
           upper_id(found.reference->source) + "), " + std::to_string(days) + " days earlier, so an old rate was probably used" +
           outlier + ".";
  }
  if (has(reason::unexplained)) {
    const std::string window = std::to_string(options.rate_date_window_days);
    if (ko(l)) {
      return quoted(y) + "에서 역산한 환율 " + implied + "는 " + date + " 환율(" + now_text + ")과도, 그 전 " + window +
             "일 동안의 어느 환율과도 맞지 않습니다" + outlier + ".";
    }
    return quoted(y) + " implies " + implied + " " + to + " per " + from + ", which matches neither the rate of " + date +
           " (" + now_text + ") nor any rate of the " + window + " days before" + outlier + ".";
  }
  // Only an outlier (no rate data, or consistent with a wide band).
  if (found.outlier_of) {
    const figure& other = fig(articles, *found.outlier_of);
    if (ko(l)) {
      return quoted(y) + "에서 역산한 환율 " + implied + "는 같은 기사의 " + qj(other, "과", "와") +
             " 같은 환율로 설명할 수 없어 이 환산이 튀는 값입니다.";
    }
    return quoted(y) + " implies " + implied + " " + to + " per " + from + ", which cannot share one rate with " +
           quoted(other) + " in the same article, so this conversion is the outlier.";
  }
  return ko(l) ? qj(y, "은", "는") + " 확인할 수 없습니다." : quoted(y) + " cannot be checked.";
}

/// "‘15억달러’ + ‘10억달러’": the parts of a sum as listed.
std::string sum_text(const check& c, const std::vector<article>& articles, lang_t) {
  const relation& rel = c.as_relation().stated;
  std::string s;
  for (std::size_t p : rel.parts.empty() ? std::vector<std::size_t>{rel.base} : rel.parts) {
    s += (s.empty() ? "" : " + ") + quoted(articles[c.article].figures[p]);
  }
  return s;
}

std::string explain_relation(const check& c, const std::vector<article>& articles, lang_t l) {
  const relation_details& found = c.as_relation();
  const figure& result = fig(articles, c.figures[0]);
  const figure& base = fig(articles, c.figures[1]);
  const relation& rel = found.stated;
  if (rel.kind == relation_kind::restated && found.expected) {
    const std::string all = amount_text(result.value ? *result.value : decimal(), result.cur, l);
    const std::string yearly = amount_text(found.expected->low->to_decimal(0, rounding::half_even), result.cur, l);
    if (ko(l)) {
      return quoted(result) + "(" + std::to_string(result.line) + "행)" + (ends_in_consonant(result.text) ? "과 " : "와 ") +
             quoted(base) + "(" + std::to_string(base.line) + "행, " + rel.cue + ")" + (ends_in_consonant(base.text) ? "은" : "는") +
             " 한 주제를 두 가지로 말합니다: 모두 " + all + "인지, 해마다라면 모두 " + yearly + "인지.";
    }
    return quoted(result) + " (line " + std::to_string(result.line) + ") and " + quoted(base) + " (line " +
           std::to_string(base.line) + ", " + rel.cue + ") state one subject two ways: " + all + " in all, or " + yearly + ".";
  }
  if (c.result == verdict::undetermined || !found.expected) {
    return ko(l) ? qj(result, "과", "와") + " " + quoted(base) + "의 관계는 확인할 수 없습니다 (통화가 다르거나 값이 없음)."
                 : "The relation between " + quoted(result) + " and " + quoted(base) +
                       " cannot be checked (different currencies or no value).";
  }
  const std::optional<ratio> factor = rel.factor ? rel.factor : found.implied_count;
  const std::string ftext = factor ? factor_text(*factor) : std::string("?");
  std::string product = "?";
  if (factor && base.value) product = product_text(*base.value, *factor, base.cur, l);
  const std::string expected = amount_span_text(*found.expected, base.cur, l);
  if (c.result == verdict::inconsistent) {
    std::string fix;
    if (found.corrected) {
      fix = ko(l) ? "; 단위를 바로잡으면 " + amount_text(*found.corrected, result.cur, l) + "입니다"
                  : "; with its unit corrected it would read " + amount_text(*found.corrected, result.cur, l);
    }
    const bool point = found.expected->low && found.expected->high && *found.expected->low == *found.expected->high &&
                       !found.expected->low_open && !found.expected->high_open;
    if (point) {
      // Exact arithmetic: say what the figure should have been.
      const decimal should = found.expected->low->to_decimal(std::max(result.cur.minor_units(), 0), rounding::half_even);
      const std::string arithmetic = rel.kind == relation_kind::sum ? sum_text(c, articles, l) : quoted(base) + " × " + ftext;
      if (ko(l)) {
        const std::string amount = amount_text(should, result.cur, l);
        const bool consonant = ends_in_consonant(amount);
        return qj(result, "은", "는") + " " + arithmetic + " = " + amount + (consonant ? "과" : "와") + " 맞지 않습니다: " + amount +
               (consonant ? "이어야" : "여야") + " 합니다" + fix + ".";
      }
      return quoted(result) + " does not match " + arithmetic + " = " + amount_text(should, result.cur, l) +
             "; it should have been " + should.normalized().to_korean_string() + std::string(result.cur.korean_name()) + fix + ".";
    }
    if (ko(l)) {
      return qj(result, "은", "는") + " " + quoted(base) + " × " + ftext + " = " + product + "(반올림 범위 " + expected +
             ")과 맞지 않습니다" + fix + ".";
    }
    return quoted(result) + " does not match " + quoted(base) + " × " + ftext + " = " + product + " (within rounding, " +
           expected + ")" + fix + ".";
  }
  const bool loose = c.result == verdict::consistent_loose;
  // A sum has parts, not a factor: its arithmetic is the parts added up, in either language.
  if (rel.kind == relation_kind::sum) {
    const ratio& total = *found.expected->low;  // exact parts: a point; else the lower end
    const std::string sum = amount_text(total.to_decimal(std::max(result.cur.minor_units(), 0), rounding::half_even), result.cur, l);
    if (ko(l)) return qj(result, "은", "는") + " 나열된 금액의 합계입니다 (" + sum_text(c, articles, l) + " = " + sum + ")" +
                      (loose ? ", 다만 느슨하게 어림했을 때만 맞습니다" : "") + ".";
    return quoted(result) + " is the sum of the listed parts as stated (" + sum_text(c, articles, l) + " = " + sum + ")" +
           (loose ? ", if read loosely" : "") + ".";
  }
  if (ko(l)) {
    // "‘10억위안씩’ … 낸 합계", not "‘10억위안씩’씩".
    const std::string each = bytes::ends_with(base.text, "씩") ? "" : "씩";
    // "5분의 1", as Korean writes a fraction.
    const std::string korean_fraction =
        factor && !factor->is_integer() ? factor->denominator().str() + "분의 " + factor->numerator().str() : ftext;
    std::string what;
    switch (rel.kind) {
      case relation_kind::total:
        what = rel.factor ? ftext + "곳이 " + quoted(base) + each + " 낸 합계" : quoted(base) + each + " " + ftext + "몫(개수는 기사에 없음)의 합계";
        break;
      case relation_kind::part: what = quoted(base) + "의 " + korean_fraction; break;
      case relation_kind::multiple:
        what = quoted(base) + "의 " + std::string(rel.factor_approximate ? "약 " : "") + (factor->is_integer() ? ftext + "배" : korean_fraction);
        break;
      case relation_kind::per_period: what = quoted(base) + each + " " + ftext + "년의 합계"; break;
      case relation_kind::sum: break;  // explained above
      case relation_kind::restated: what = quoted(base); break;
    }
    return qj(result, "은", "는") + " 기사대로 " + what + "입니다 (" + quoted(base) + " × " + ftext + " = " + product + ")" +
           (loose ? ", 다만 느슨하게 어림했을 때만 맞습니다" : "") + ".";
  }
  std::string what;
  switch (rel.kind) {
    case relation_kind::total:
      what = rel.factor ? "the total of " + ftext + " parts of " + quoted(base)
                        : "the total of " + ftext + " parts of " + quoted(base) + " (no count is stated; " + ftext + " fits)";
      break;
    case relation_kind::part: what = ftext + " of " + quoted(base); break;
    case relation_kind::multiple:
      what = std::string(rel.factor_approximate ? "about " : "") + ftext + (factor->is_integer() ? " times " : " of ") + quoted(base);
      break;
    case relation_kind::per_period: what = quoted(base) + " a year for " + ftext + " years"; break;
    case relation_kind::sum: break;  // explained above
    case relation_kind::restated: what = quoted(base); break;
  }
  return quoted(result) + " is " + what + " as stated (" + quoted(base) + " × " + ftext + " = " + product + ")" +
         (loose ? ", if read loosely" : "") + ".";
}

std::string explain_agreement(const check& c, const std::vector<article>& articles, lang_t l) {
  const agreement_details& found = c.as_agreement();
  const figure& canon = fig(articles, c.figures[*found.canonical]);
  const std::string canon_article = articles[c.figures[*found.canonical].article].id;
  std::set<std::size_t> arts;
  for (const auto& r : c.figures) arts.insert(r.article);
  const std::string n = std::to_string(c.figures.size());
  const std::string m = std::to_string(arts.size());
  auto has = [&](reason r) { return std::find(c.reasons.begin(), c.reasons.end(), r) != c.reasons.end(); };
  std::vector<std::string> notes;
  if (ko(l)) {
    if (has(reason::rounding)) notes.push_back("차이는 반올림 범위 안입니다");
    if (has(reason::rate_date)) notes.push_back("원화 환산액이 다른 것은 기사마다 그날의 환율로 환산했기 때문입니다");
    if (has(reason::conflict)) notes.push_back("그러나 일부 보도는 같은 금액으로 볼 수 없습니다");
    if (has(reason::conversion)) notes.push_back("그러나 일부 보도의 환산이 틀렸습니다");
  } else {
    if (has(reason::rounding)) notes.push_back("they differ only within rounding");
    if (has(reason::rate_date)) notes.push_back("their converted amounts differ because each was converted at its own date's rate");
    if (has(reason::conflict)) notes.push_back("but some reports cannot be the same amount");
    if (has(reason::conversion)) notes.push_back("but some reports converted it wrongly");
  }
  std::string words;
  for (const auto& w : found.evidence) words += (words.empty() ? "" : ", ") + w;
  if (!words.empty()) notes.insert(notes.begin(), ko(l) ? "공통 단어: " + words : "shared words: " + words);
  // At most three named; the rest counted (a 10,000-article run can repeat one slip thousands of times).
  constexpr std::size_t named_conversions = 3;
  if (found.wrong_conversions.size() > named_conversions) {
    const std::string more = std::to_string(found.wrong_conversions.size() - named_conversions);
    notes.push_back(ko(l) ? "그 밖에 " + more + "건의 환산도 틀렸습니다" : "and " + more + " more members' conversions are inconsistent");
  }
  for (std::size_t k = 0; k < found.wrong_conversions.size() && k < named_conversions; ++k) {
    const member_conversion& w = found.wrong_conversions[k];
    const figure& f = fig(articles, c.figures[w.member]);
    const std::string id = articles[c.figures[w.member].article].id;
    notes.push_back(ko(l) ? id + "의 " + quoted(f) + " 환산은 틀렸습니다(검사 " + std::to_string(w.check + 1) + ")"
                          : "the conversion of " + quoted(f) + " in " + id + " is inconsistent (check " +
                                std::to_string(w.check + 1) + ")");
  }
  std::string tail;
  for (const auto& s : notes) tail += "; " + s;
  if (ko(l)) {
    return m + "개 기사의 보도 " + n + "건이 같은 금액을 말합니다: 기준값은 " + quoted(canon) + "(" + canon_article + ")" + tail + ".";
  }
  return n + " reports in " + m + " articles state the same amount, " + quoted(canon) + " (" + canon_article + ")" + tail + ".";
}

std::string explain_stated_rate(const check& c, const std::vector<article>& articles, lang_t l) {
  const stated_rate_details& found = c.as_stated_rate();
  const figure& f = fig(articles, c.figures[0]);
  const std::string date = format_date(articles[c.article].date);
  const std::string pair = std::string(found.quote.code()) + " per " + std::string(found.base.code());
  const std::string per = found.per == decimal(1) ? std::string() : " (÷ " + trimmed(found.per) + ")";
  if (c.result == verdict::undetermined || !found.stated) {
    return ko(l) ? date + " 기준 " + std::string(found.base.code()) + "/" + std::string(found.quote.code()) + " 환율이 없어 " + quoted(f) +
                       " 환율 표기를 확인할 수 없습니다."
                 : "No " + std::string(found.base.code()) + "/" + std::string(found.quote.code()) + " rate is loaded for " + date +
                       ", so the stated rate " + quoted(f) + " cannot be checked.";
  }
  const std::string stated = span_text(c.result == verdict::consistent ? *found.stated : *found.stated_loose);
  const std::string band = found.reference_band ? span_text(*found.reference_band) : std::string("-");
  const std::string ref = found.reference ? rate_text(found.reference->rate) + " (" + upper_id(found.reference->source) + ", " +
                                                format_date(found.reference->date) + ")"
                                          : std::string("-");
  if (ko(l)) {
    return quoted(f) + "는 1" + std::string(found.base.korean_name()) + "당 " + stated + std::string(found.quote.korean_name()) + per +
           "이고, " + date + " 기준 범위는 " + band + " (가장 가까운 환율 " + ref + ")이므로 " +
           (c.result == verdict::inconsistent ? "맞지 않습니다." : "맞습니다.");
  }
  return "The stated rate " + quoted(f) + " is " + stated + " " + pair + per + "; the reference band on " + date + " is " + band +
         " (nearest " + ref + "), so it " + (c.result == verdict::inconsistent ? "does not fit." : "fits.");
}

/// A check as the JSON report lists it: every key of every kind, each an empty value where the
/// check's kind has none (the report writes null there). A view: it refers into the check.
struct json_row {
  const check& whole;
  check_kind kind;
  std::size_t article;
  const std::vector<figure_ref>& figures;
  verdict result;
  const std::vector<reason>& reasons;
  currency to;
  const std::optional<interval>& implied_rate;
  const std::optional<interval>& loose_rate;
  const std::optional<rate_quote>& reference;
  const std::optional<date::sys_days>& best_date;
  const std::optional<decimal>& corrected;
  currency fits_currency;
  const std::optional<interval>& expected;
  const std::optional<std::size_t>& canonical;

  /// explain(row, ...) explains the check.
  operator const check&() const { return whole; }  // NOLINT(google-explicit-constructor)
};

json_row json_row_of(const check& c) {
  static const std::optional<interval> no_interval;
  static const std::optional<rate_quote> no_rate;
  static const std::optional<date::sys_days> no_date;
  static const std::optional<decimal> no_decimal;
  static const std::optional<std::size_t> no_index;
  const auto* conv = std::get_if<conversion_details>(&c.details);
  const auto* rel = std::get_if<relation_details>(&c.details);
  const auto* agr = std::get_if<agreement_details>(&c.details);
  const auto* sr = std::get_if<stated_rate_details>(&c.details);
  if (sr) {
    return json_row{c, c.kind, c.article, c.figures, c.result, c.reasons, sr->quote, sr->stated, sr->stated_loose,
                    sr->reference, no_date, no_decimal, currency(), no_interval, no_index};
  }
  return json_row{c,
                  c.kind,
                  c.article,
                  c.figures,
                  c.result,
                  c.reasons,
                  conv ? conv->to : currency(),
                  conv ? conv->implied_rate : no_interval,
                  conv ? conv->loose_rate : no_interval,
                  conv ? conv->reference : no_rate,
                  conv ? conv->best_date : no_date,
                  conv ? conv->corrected : rel ? rel->corrected : no_decimal,
                  conv ? conv->fits_currency : currency(),
                  rel ? rel->expected : no_interval,
                  agr ? agr->canonical : no_index};
}

// ---- JSON -----------------------------------------------------------------------------------

void json_span(json_writer& w, const std::optional<interval>& i, int places, std::optional<currency> amount_of = {}) {
  if (!i) {
    w.null();
    return;
  }
  auto end = [&](const std::optional<ratio>& r, rounding mode) {
    if (!r) {
      w.null();
      return;
    }
    const int p = amount_of ? std::max(amount_of->minor_units(), 0) : places;
    w.string(trimmed(r->to_decimal(p, mode)));
  };
  w.begin_object();
  w.key("low");
  end(i->low, rounding::floor);
  w.key("high");
  end(i->high, rounding::ceiling);
  w.end_object();
}

/// The interval a conversion check reports: the strict reading when it fits, else the loose.
const std::optional<interval>& reported_rate(const json_row& c) {
  return c.result == verdict::consistent ? c.implied_rate : c.loose_rate;
}

/// The Korean names of verdicts and check kinds, in the order of their enumerators.
constexpr std::array<std::string_view, 4> verdict_names_ko{"일치", "느슨하게 일치", "불일치", "판단 불가"};
constexpr std::array<std::string_view, 4> kind_names_ko{"환산", "관계", "기사 간 일치", "환율 표기"};
static_assert(static_cast<std::size_t>(verdict::undetermined) + 1 == verdict_names_ko.size());
static_assert(static_cast<std::size_t>(check_kind::stated_rate) + 1 == kind_names_ko.size());

std::string verdict_label(verdict v, lang_t l) {
  return std::string(ko(l) ? verdict_names_ko[static_cast<std::size_t>(v)] : to_string(v));
}

std::string kind_label(check_kind k, lang_t l) {
  return std::string(ko(l) ? kind_names_ko[static_cast<std::size_t>(k)] : to_string(k));
}

std::string figures_label(const check& c, const std::vector<article>& articles) {
  std::string s;
  const std::string_view sep = c.kind == check_kind::conversion ? " → " : (c.kind == check_kind::relation ? " ~ " : " = ");
  for (std::size_t i = 0; i < c.figures.size() && i < 4; ++i) {
    if (i) s += sep;
    s += fig(articles, c.figures[i]).text;
  }
  if (c.figures.size() > 4) s += " (+" + std::to_string(c.figures.size() - 4) + ")";
  return s;
}

}  // namespace

namespace {

// ---- articles' dates in every report (the article listing) ---------------------------------

/// "2025-02-10", or "no date" / "날짜 없음" for an undated article.
std::string article_date_label(const article& a, lang_t l) {
  if (a.dated()) return format_date(a.date);
  return ko(l) ? "날짜 없음" : "no date";
}

/// Where the date comes from: "byline ‘기사 입력 2025.02.10 20:30’, line 3", or the reason there
/// is none.
std::string article_date_origin(const article& a, lang_t l) {
  if (!a.dated()) return a.date_reason;
  std::string s(to_string(a.date_from));
  if (!a.date_text.empty()) s += " ‘" + a.date_text + "’";
  if (a.date_line) s += (ko(l) ? ", " : ", line ") + std::to_string(a.date_line) + (ko(l) ? "행" : "");
  return s;
}

/// The explanation of a conversion in an article without a date.
std::optional<std::string> undated_explanation(const check& c, const std::vector<article>& articles, lang_t l) {
  const article& a = articles[c.article];
  if (c.kind != check_kind::conversion || a.dated() || c.figures.size() < 2) return std::nullopt;
  const std::string x = fig(articles, c.figures[0]).text;
  const std::string y = fig(articles, c.figures[1]).text;
  return ko(l) ? "기사 " + a.id + "의 날짜를 알 수 없어 ‘" + x + "’(" + y + ")를 검사할 수 없습니다: " + a.date_reason + "."
               : "Article " + a.id + " has no date, so ‘" + x + "’ (" + y + ") cannot be checked: " + a.date_reason + ".";
}

}  // namespace

std::string explain(const check& c, const std::vector<article>& articles, report_language lang,
                    const reconcile_options& options) {
  if (auto undated = undated_explanation(c, articles, lang)) return *undated;
  switch (c.kind) {
    case check_kind::conversion: return explain_conversion(c, articles, lang, options);
    case check_kind::relation: return explain_relation(c, articles, lang);
    case check_kind::agreement: return explain_agreement(c, articles, lang);
    case check_kind::stated_rate: return explain_stated_rate(c, articles, lang);
  }
  return "";
}

namespace {

// ---- where articles and figures come from (the article listing of every report) -------------

/// "file", "line", "start", "end" and "lines" (every line where its passage stands) of a figure.
void figure_place_json(json_writer& w, const article& a, std::size_t index) {
  const figure& f = a.figures[index];
  w.key("file").string(a.file);
  w.key("line").number(f.line);
  w.key("start").number(f.start);
  w.key("end").number(f.end);
  w.key("lines").begin_array();
  w.number(f.line);
  if (index < a.repeated_at.size()) {
    for (std::size_t l : a.repeated_at[index]) w.number(l);
  }
  w.end_array();
}

/// {"id", "file", "title", "source", "url", "date", "date_from", "date_text", "line",
///  "date_status", "date_reason", "text_from"} of one article.
void article_json(json_writer& w, const article& a) {
  w.begin_object();
  w.key("id").string(a.id);
  w.key("file").string(a.file);
  w.key("title").string(a.title);
  w.key("source").string(a.source);
  w.key("url").string(a.url);
  w.key("date");
  a.dated() ? w.string(format_date(a.date)) : w.null();
  w.key("date_from").string(to_string(a.date_from));
  w.key("date_text").string(a.date_text);
  w.key("line");
  a.date_line ? w.number(a.date_line) : w.null();
  w.key("date_status").string(a.dated() ? "determined" : "undetermined");
  w.key("date_reason");
  a.dated() ? w.null() : w.string(a.date_reason);
  w.key("text_from").string(a.text_from);
  w.end_object();
}

void check_json(json_writer& w, const check& whole, std::size_t index, const std::vector<article>& articles,
                report_language lang, const reconcile_options& options) {
  const json_row c = json_row_of(whole);
  w.begin_object();
  w.key("index").number(index);
  w.key("kind").string(to_string(c.kind));
  w.key("article").string(articles[c.article].id);
  w.key("figures").begin_array();
  for (const auto& ref : c.figures) {
    const figure& f = fig(articles, ref);
    w.begin_object();
    w.key("article").string(articles[ref.article].id);
    w.key("text").string(f.text);
    w.key("value").decimal(f.value);
    w.key("currency");
    f.cur.valid() ? w.string(f.cur.code()) : w.null();
    figure_place_json(w, articles[ref.article], ref.figure);
    w.end_object();
  }
  w.end_array();
  w.key("verdict").string(to_string(c.result));
  w.key("reasons").begin_array();
  for (const reason r : c.reasons) w.string(to_string(r));
  w.end_array();
  w.key("implied_rate");
  json_span(w, c.kind == check_kind::conversion || c.kind == check_kind::stated_rate ? reported_rate(c) : std::optional<interval>(), 4);
  w.key("reference_rate");
  if (c.reference) {
    w.begin_object();
    // The report's 4 places, and beside them the exact rate and whether `value` was rounded.
    const std::string shown = rate_text(c.reference->rate);
    w.key("value").string(shown);
    w.key("exact").string(c.reference->rate.to_string());
    w.key("places");
    const std::optional<decimal> finite = c.reference->rate.to_exact_decimal();
    if (finite && finite->to_string() == shown) {
      w.null();
    } else {
      w.number(static_cast<std::size_t>(rate_places_report.places));
    }
    w.key("date").string(format_date(c.reference->date));
    w.key("source").string(c.reference->source);
    w.end_object();
  } else {
    w.null();
  }
  w.key("best_date");
  c.best_date ? w.string(format_date(*c.best_date)) : w.null();
  w.key("corrected");
  if (c.corrected) {
    const currency cur = c.kind == check_kind::conversion ? c.to : fig(articles, c.figures[0]).cur;
    w.begin_object();
    w.key("text").string(c.corrected->to_korean_string() + std::string(cur.korean_name()));
    w.key("value").decimal(*c.corrected);
    w.key("currency").string(cur.code());
    w.end_object();
  } else {
    w.null();
  }
  w.key("fits_currency");
  c.fits_currency.valid() ? w.string(c.fits_currency.code()) : w.null();
  w.key("expected");
  if (c.kind == check_kind::relation && c.expected) {
    json_span(w, c.expected, 0, fig(articles, c.figures[1]).cur);
  } else {
    w.null();
  }
  w.key("canonical");
  c.canonical ? w.number(*c.canonical) : w.null();
  const auto* agr = std::get_if<agreement_details>(&whole.details);
  w.key("evidence");
  if (agr) {
    w.begin_array();
    for (const auto& word : agr->evidence) w.string(word);
    w.end_array();
  } else {
    w.null();
  }
  w.key("fitting_dates");
  if (const auto* conv = std::get_if<conversion_details>(&whole.details); conv && !conv->fitting_dates.empty()) {
    w.begin_array();
    for (const auto& [first, last] : conv->fitting_dates) {
      w.begin_array();
      w.string(format_date(first));
      w.string(format_date(last));
      w.end_array();
    }
    w.end_array();
  } else {
    w.null();
  }
  w.key("wrong_conversions");
  if (agr) {
    w.begin_array();
    for (const auto& m : agr->wrong_conversions) {
      w.begin_object();
      w.key("figure").number(m.member);
      w.key("check").number(m.check);
      w.end_object();
    }
    w.end_array();
  } else {
    w.null();
  }
  w.key("explanation").string(explain(c, articles, lang, options));
  w.end_object();
}

}  // namespace

namespace {

// The report's one body, for both entry points below: into a string, or streamed.
void write_reconcile_json(json_writer& w, const std::vector<check>& checks, const std::vector<article>& articles,
                          const rate_oracle& rates, report_language lang, const reconcile_options& options) {
  w.begin_object().key("articles").begin_array(json_writer::layout::indented_lines);
  for (const article& a : articles) article_json(w, a);
  w.end_array();
  w.key("checks").begin_array(json_writer::layout::indented_lines);
  for (std::size_t i = 0; i < checks.size(); ++i) {
    if (shown(checks[i], options)) check_json(w, checks[i], i, articles, lang, options);
  }
  w.end_array();
  w.key("sources").begin_array(json_writer::layout::indented_lines);
  for (const source_info& src : cited_sources(checks, rates)) {
    w.begin_object().key("id").string(src.id);
    w.key("name").string(src.name);
    w.key("publisher").string(src.publisher);
    w.key("citation").string(src.citation);
    w.key("url").string(src.url);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.newline();
}

}  // namespace

std::string reconcile_json(const std::vector<check>& checks, const std::vector<article>& articles,
                           const rate_oracle& rates, report_language lang, const reconcile_options& options) {
  std::string out;
  // About what the report takes (a check is 1.1–1.3 KB, an article's entry 0.4 KB), so a large
  // run does not copy its report through a dozen reallocations; it is written nearly to its
  // end, so its pages are mapped up front (src/core/huge_pages.hpp says why).
  out.reserve(checks.size() * 1280 + articles.size() * 512);
  detail::advise_huge_pages(out.data(), out.capacity());
  detail::populate_for_writing(out.data(), out.capacity());
  json_writer w(out);
  write_reconcile_json(w, checks, articles, rates, lang, options);
  return out;
}

void reconcile_json(std::ostream& os, const std::vector<check>& checks, const std::vector<article>& articles,
                    const rate_oracle& rates, report_language lang, const reconcile_options& options) {
  json_writer w(os);
  write_reconcile_json(w, checks, articles, rates, lang, options);
  w.flush();
}

// ---- Markdown -------------------------------------------------------------------------------

namespace {

std::string md_cell(std::string s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|') {
      out += "\\|";
    } else if (ch == '\n') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

/// The arithmetic of a conversion check, one Markdown list item per step.
std::string conversion_arithmetic(const check& c, const std::vector<article>& articles, lang_t l,
                                  const reconcile_options& options) {
  const conversion_details& found = c.as_conversion();
  const figure& x = fig(articles, c.figures[0]);
  const figure& y = fig(articles, c.figures[1]);
  const std::string per = std::string(found.to.code()) + "/" + std::string(found.from.code());
  std::string s;
  const auto ys = amount_interval(y, reading::strict);
  const auto yl = amount_interval(y, reading::loose);
  if (ys && yl && found.implied_rate && found.loose_rate) {
    const std::string xv = x.value ? amount_text(*x.value, found.from, l) : x.text;
    s += ko(l) ? "- " + quoted(y) + " 반올림 범위: " + amount_span_text(*ys, found.to, l) + " → ÷ " + xv + " = " +
                     span_text(*found.implied_rate) + " " + per + "\n"
               : "- " + quoted(y) + " rounded: " + amount_span_text(*ys, found.to, l) + " → ÷ " + xv + " = " +
                     span_text(*found.implied_rate) + " " + per + "\n";
    if (y.approximate) {
      s += ko(l) ? "- 느슨하게(버림 포함): " + amount_span_text(*yl, found.to, l) + " → " + span_text(*found.loose_rate) + " " + per + "\n"
                 : "- read loosely (truncation too): " + amount_span_text(*yl, found.to, l) + " → " + span_text(*found.loose_rate) +
                       " " + per + "\n";
    }
  }
  for (const auto& r : found.rates) {
    s += "- " + upper_id(r.source) + " " + format_date(r.date) + ": " + rate_text(r.rate) + " " + per;
    if (x.value) s += " → " + std::string(x.text) + " × " + rate_text(r.rate) + " = " + product_text(*x.value, r.rate, found.to, l);
    s += "\n";
  }
  if (found.reference_band) {
    const std::string pct = percent_text(options.tolerance);
    s += ko(l) ? "- 기준 범위(출처 간 차이 ±" + pct + "% 포함): " + span_text(*found.reference_band) + " " + per + "\n"
               : "- reference band (±" + pct + "% between sources): " + span_text(*found.reference_band) + " " + per + "\n";
  } else {
    s += ko(l) ? "- 기준 환율 없음\n" : "- no reference rate\n";
  }
  if (found.slip_factor && found.loose_rate) {
    s += ko(l) ? "- 단위 보정 ×" + factor_text(*found.slip_factor) + ": " + span_text(found.loose_rate->scaled(*found.slip_factor)) + " " + per + "\n"
               : "- unit corrected ×" + factor_text(*found.slip_factor) + ": " + span_text(found.loose_rate->scaled(*found.slip_factor)) +
                     " " + per + "\n";
  }
  if (found.fits_currency.valid() && found.reference) {
    s += "- " + upper_id(found.reference->source) + " " + format_date(found.reference->date) + " " + std::string(found.to.code()) + "/" +
         std::string(found.fits_currency.code()) + ": " + rate_text(found.reference->rate) + "\n";
  }
  if (found.best_date && found.reference) {
    s += "- " + upper_id(found.reference->source) + " " + format_date(*found.best_date) + ": " + rate_text(found.reference->rate) + " " + per;
    s += ko(l) ? " (역산 범위 안의 가장 최근 환율)\n" : " (the latest rate inside the implied interval)\n";
  }
  return s;
}

std::string relation_arithmetic(const check& c, const std::vector<article>& articles, lang_t l) {
  const relation_details& found = c.as_relation();
  const figure& result = fig(articles, c.figures[0]);
  const figure& base = fig(articles, c.figures[1]);
  std::string s;
  const auto bs = figure_interval(base, reading::strict);
  const auto rs = figure_interval(result, reading::strict);
  const std::optional<ratio> factor = found.stated.factor ? found.stated.factor : found.implied_count;
  if (bs && factor) {
    s += "- " + quoted(base) + ": " + amount_span_text(*bs, base.cur, l) + " × " + factor_text(*factor) +
         (found.stated.factor_approximate ? (ko(l) ? " (어림)" : " (approximate)") : "") + "\n";
  }
  if (found.stated.kind == relation_kind::sum && found.expected && found.expected->low && found.expected->high &&
      *found.expected->low == *found.expected->high) {  // exact parts: their sum is a point
    const decimal total = found.expected->low->to_decimal(std::max(result.cur.minor_units(), 0), rounding::half_even);
    s += (ko(l) ? "- 나열된 금액: " : "- listed parts: ") + sum_text(c, articles, l) + " = " + amount_text(total, result.cur, l) +
         "\n";
  }
  if (found.expected) s += (ko(l) ? "- 기대 범위: " : "- expected: ") + amount_span_text(*found.expected, base.cur, l) + "\n";
  if (rs) s += "- " + quoted(result) + ": " + amount_span_text(*rs, result.cur, l) + "\n";
  return s;
}

std::string agreement_arithmetic(const check& c, const std::vector<article>& articles, lang_t l) {
  const agreement_details& found = c.as_agreement();
  std::string s;
  for (std::size_t i = 0; i < c.figures.size(); ++i) {
    const figure& f = fig(articles, c.figures[i]);
    const auto span = amount_interval(f, reading::loose);
    s += "- " + articles[c.figures[i].article].id + ": " + quoted(f) + " " + (span ? amount_span_text(*span, f.cur, l) : "");
    if (found.canonical && *found.canonical == i) s += ko(l) ? " (기준값)" : " (canonical)";
    s += "\n";
  }
  return s;
}

}  // namespace

namespace {

/// The reports' title.
std::string_view report_title(lang_t l) { return ko(l) ? "수치 대조 보고서" : "Reconciliation report"; }

/// The headings of the reports' table of articles.
std::array<std::string_view, 4> article_columns(lang_t l) {
  if (ko(l)) return {"기사", "파일", "날짜", "날짜 출처"};
  return {"article", "file", "date", "date from"};
}

/// An article's row in the articles table, under `article_columns`: the date is the third cell.
std::array<std::string, 4> article_cells(const article& a, lang_t l) {
  return {a.id, a.file, article_date_label(a, l), article_date_origin(a, l)};
}

/// The report's first sentence: "2 articles, 5 checks, 1 inconsistent." / "기사 2건, 검사 5건, 불일치 1건."
std::string run_summary(const std::vector<check>& checks, const std::vector<article>& articles, lang_t l) {
  std::size_t bad = 0;
  for (const auto& c : checks) bad += c.result == verdict::inconsistent ? 1 : 0;
  const std::string n = std::to_string(articles.size()), k = std::to_string(checks.size()), b = std::to_string(bad);
  if (ko(l)) return "기사 " + n + "건, 검사 " + k + "건, 불일치 " + b + "건.";
  return n + (articles.size() == 1 ? " article, " : " articles, ") + k + (checks.size() == 1 ? " check, " : " checks, ") + b +
         " inconsistent.";
}

/// The articles of a run with their dates and where each date comes from.
std::string articles_markdown(const std::vector<article>& articles, lang_t l) {
  std::string out = "|";
  for (std::string_view h : article_columns(l)) out.append(" ").append(h).append(" |");
  out += "\n|---|---|---|---|\n";
  for (const article& a : articles) {
    out += "|";
    for (const std::string& cell : article_cells(a, l)) out += " " + md_cell(cell) + " |";
    out += "\n";
  }
  return out + "\n";
}

}  // namespace

std::string reconcile_markdown(const std::vector<check>& checks, const std::vector<article>& articles,
                               const rate_oracle& rates, report_language l, const reconcile_options& options) {
  std::string out = "# " + std::string(report_title(l)) + "\n\n";
  out += run_summary(checks, articles, l) + "\n\n";
  out += articles_markdown(articles, l);
  out += ko(l) ? "| # | 종류 | 기사 | 수치 | 판정 | 이유 |\n|---|---|---|---|---|---|\n"
               : "| # | kind | article | figures | verdict | reasons |\n|---|---|---|---|---|---|\n";
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const check& c = checks[i];
    if (!shown(c, options)) continue;
    out += "| " + std::to_string(i + 1) + " | " + kind_label(c.kind, l) + " | " + md_cell(articles[c.article].id) + " | " +
           md_cell(figures_label(c, articles)) + " | " + verdict_label(c.result, l) + " | " + reasons_text(c.reasons, l) + " |\n";
  }
  for (const std::string& cited : rates_citation(checks, rates)) out += "\n" + cited + "\n";
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const check& c = checks[i];
    if (c.result != verdict::inconsistent || !shown(c, options)) continue;
    out += "\n## " + std::to_string(i + 1) + ". " + kind_label(c.kind, l) + ": " + md_cell(figures_label(c, articles)) + "\n\n";
    const article& a = articles[c.article];
    const std::string where = (a.source.empty() ? std::string() : a.source + ", ") + article_date_label(a, l);
    out += ko(l) ? "기사 " + a.id + " (" + where + "). 이유: " + reasons_text(c.reasons, l) + ".\n\n"
                 : "Article " + a.id + " (" + where + "). Reasons: " + reasons_text(c.reasons, l) + ".\n\n";
    switch (c.kind) {
      case check_kind::conversion: out += conversion_arithmetic(c, articles, l, options); break;
      case check_kind::relation: out += relation_arithmetic(c, articles, l); break;
      case check_kind::agreement: out += agreement_arithmetic(c, articles, l); break;
      case check_kind::stated_rate: break;
    }
    out += "\n" + explain(c, articles, l, options) + "\n";
  }
  return out;
}

// ---- HTML -----------------------------------------------------------------------------------

namespace {

std::string html_escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += ch;
    }
  }
  return out;
}

/// Chart geometry in pixels: the plot, then the date labels, then the legend (one row each).
constexpr int chart_width = 720;
constexpr int plot_left = 78;
constexpr int plot_right = 700;
constexpr int plot_top = 24;
constexpr int plot_bottom = 222;
constexpr int legend_top = plot_bottom + 34;
constexpr int legend_row = 17;

/// round(v) to a whole pixel, half-even; coordinates are not figures, but they are still exact
/// arithmetic with a named rounding.
long long pixel(const ratio& v) {
  const decimal d = v.to_decimal(0, rounding::half_even);
  return d.coefficient().convert_to<long long>();
}

/// Round values for an axis over [lo, hi]: the multiples of the smallest step 1, 2 or 5 × 10^k
/// giving at most `most` of them, and the decimals their labels need.
struct axis_ticks {
  std::vector<ratio> values;
  int places = 0;
};

axis_ticks round_ticks(const ratio& lo, const ratio& hi, int most) {
  static constexpr std::array<int, 3> mantissas{1, 2, 5};
  auto step_of = [](int m, int k) {
    ratio step(mantissas[static_cast<std::size_t>(m)]);
    for (int i = 0; i < k; ++i) step = step * ratio(10);
    for (int i = 0; i > k; --i) step = step / ratio(10);
    return step;
  };
  axis_ticks out;
  const ratio span = hi - lo;
  if (!(ratio(0) < span)) return out;
  int m = 0;
  int k = -8;
  ratio step = step_of(m, k);
  while (ratio(most) < span / step && k < 30) {
    if (++m == static_cast<int>(mantissas.size())) {
      m = 0;
      ++k;
    }
    step = step_of(m, k);
  }
  out.places = std::max(0, -k);
  for (ratio v = ratio((lo / step).to_decimal(0, rounding::ceiling)) * step; !(hi < v); v = v + step) out.values.push_back(v);
  return out;
}

/// The first days of months in [from, to], every `step` months, at most about six of them.
std::vector<date::sys_days> month_ticks(date::sys_days from, date::sys_days to) {
  const date::year_month_day f{from};
  date::year_month first = f.year() / f.month();
  if (f.day() != date::day{1}) first += date::months{1};
  const date::year_month_day t{to};
  const int months = (t.year() / t.month() - first).count() + 1;
  const int step = months <= 6 ? 1 : months <= 12 ? 2 : months <= 18 ? 3 : 6;
  std::vector<date::sys_days> out;
  for (date::year_month ym = first; date::sys_days(ym / date::day{1}) <= to; ym += date::months{step}) {
    out.push_back(date::sys_days(ym / date::day{1}));
  }
  return out;
}

std::string source_colour(std::string_view s) {
  if (s == "ecb") return "#1f5fa8";
  if (s == "fred") return "#2a8a4a";
  return "#7a4bb0";
}

/// The SVG chart of one conversion check: each source's rate over the months before the
/// article, the reference band at the article date, the implied-rate interval across the plot.
/// Each pair's history over a whole report, fetched once and kept by date, so a report with
/// thousands of charts asks the oracle once per pair.
class chart_history {
public:
  chart_history(const rate_oracle& rates, date::sys_days first, date::sys_days last)
      : rates_(rates), first_(first), last_(last) {}

  /// The pair's rates dated within [from, to], by source then date.
  std::vector<rate_quote> between(currency base, currency quote, date::sys_days from, date::sys_days to) {
    auto it = cache_.find({base, quote});
    if (it == cache_.end()) {
      std::vector<rate_quote> all;
      if (rates_.history) all = rates_.history(base, quote, first_, last_);
      std::stable_sort(all.begin(), all.end(),
                       [](const rate_quote& p, const rate_quote& q) { return p.date < q.date; });
      it = cache_.emplace(std::make_pair(base, quote), std::move(all)).first;
    }
    const auto& all = it->second;
    const auto lo = std::partition_point(all.begin(), all.end(), [&](const rate_quote& r) { return r.date < from; });
    const auto hi = std::partition_point(lo, all.end(), [&](const rate_quote& r) { return r.date <= to; });
    std::vector<rate_quote> out(lo, hi);
    std::stable_sort(out.begin(), out.end(),
                     [](const rate_quote& p, const rate_quote& q) { return p.source < q.source; });
    return out;
  }

private:
  const rate_oracle& rates_;
  date::sys_days first_;
  date::sys_days last_;
  std::map<std::pair<currency, currency>, std::vector<rate_quote>> cache_;
};

/// The first day a conversion's chart shows: 120 days before the article, or two weeks before
/// the best date if that is earlier.
date::sys_days chart_start(const check& c, const article& a) {
  const conversion_details& found = c.as_conversion();
  date::sys_days start = a.date - date::days(120);
  if (found.best_date && *found.best_date - date::days(14) < start) start = *found.best_date - date::days(14);
  return start;
}

/// The SVG chart of one conversion check. Over the days before the article: each source's rate
/// (a line per source), for `wrong_currency` the rate of the currency that fits (dashed), the
/// reference band at the article date (blue), the interval the article implies (orange), the
/// article date and the latest date whose rate fits. Round ticks on both axes and a legend
/// naming every series, in the report's language.
std::string conversion_chart(const check& c, std::size_t number, const std::vector<article>& articles,
                             chart_history& history, lang_t l, const reconcile_options& options) {
  const conversion_details& found = c.as_conversion();
  const article& a = articles[c.article];
  const date::sys_days end = a.date;
  const date::sys_days start = chart_start(c, a);
  const std::vector<rate_quote> series = history.between(found.from, found.to, start, end);
  const bool other_currency = found.fits_currency.valid() && found.fits_currency != found.from;
  const std::vector<rate_quote> fits =
      other_currency ? history.between(found.fits_currency, found.to, start, end) : std::vector<rate_quote>{};
  // The vertical range: the series and the band, plus the implied interval when it is on the
  // same scale (a unit slip is marked as off the chart instead).
  std::optional<ratio> lo;
  std::optional<ratio> hi;
  auto include = [&](const ratio& v) {
    if (!lo || v < *lo) lo = v;
    if (!hi || *hi < v) hi = v;
  };
  for (const auto& r : series) include(r.rate);
  for (const auto& r : fits) include(r.rate);
  if (found.reference_band) {
    include(*found.reference_band->low);
    include(*found.reference_band->high);
  }
  if (!lo) return "";
  // A unit slip's implied interval is drawn as corrected (× the factor), and says so.
  const bool corrected = found.slip_factor.has_value();
  const interval implied = corrected ? found.loose_rate->scaled(*found.slip_factor) : *found.loose_rate;
  const ratio span_now = *hi - *lo;
  const ratio reach = span_now.is_zero() ? *hi / ratio(10) : span_now * ratio(3);
  const bool implied_on_scale = implied.low && implied.high && *lo - reach < *implied.high && *implied.low < *hi + reach;
  if (implied_on_scale) {
    include(*implied.low);
    include(*implied.high);
  }
  ratio pad = (*hi - *lo) / ratio(20);
  if (pad.is_zero()) pad = *hi / ratio(100);
  const ratio ymin = *lo - pad;
  const ratio ymax = *hi + pad;
  const ratio days_total((end - start).count());
  auto x_of = [&](date::sys_days d) {
    return pixel(ratio(plot_left) + ratio((d - start).count()) * ratio(plot_right - plot_left) / days_total);
  };
  auto y_of = [&](const ratio& v) {
    ratio y = ratio(plot_top) + (ymax - v) * ratio(plot_bottom - plot_top) / (ymax - ymin);
    if (y < ratio(plot_top)) y = ratio(plot_top);
    if (ratio(plot_bottom) < y) y = ratio(plot_bottom);
    return pixel(y);
  };
  auto num = [](long long v) { return std::to_string(v); };
  const std::string pair = std::string(found.to.code()) + "/" + std::string(found.from.code());
  const std::string fits_pair = other_currency ? std::string(found.to.code()) + "/" + std::string(found.fits_currency.code()) : "";

  // The legend, one row per series, built first so the chart's height fits it.
  std::vector<std::string> legend;
  auto row_y = [&](std::size_t row) { return legend_top + legend_row * static_cast<int>(row); };
  auto legend_text = [&](std::size_t row, const std::string& text) {
    return "<text x=\"" + num(plot_left + 30) + "\" y=\"" + num(row_y(row) + 4) + "\" class=\"lbl\">" + html_escape(text) + "</text>";
  };
  // A line key per source of `quotes`, in their order: solid for the pair, dashed for the fit.
  auto line_keys = [&](const std::vector<rate_quote>& quotes, const std::string& dash, const std::string& what) {
    std::vector<std::string> seen;
    for (const auto& r : quotes) {
      if (std::find(seen.begin(), seen.end(), r.source) != seen.end()) continue;
      seen.push_back(r.source);
      const std::size_t row = legend.size();
      legend.push_back("<line class=\"key\" x1=\"" + num(plot_left) + "\" y1=\"" + num(row_y(row)) + "\" x2=\"" +
                       num(plot_left + 22) + "\" y2=\"" + num(row_y(row)) + "\" stroke=\"" + source_colour(r.source) +
                       "\" stroke-width=\"2\"" + dash + "/>" + legend_text(row, upper_id(r.source) + " " + what));
    }
  };
  line_keys(series, "", pair + (ko(l) ? " 환율" : " rate"));
  if (other_currency) {
    const std::string other(found.fits_currency.code());
    line_keys(fits, " stroke-dasharray=\"5 3\"",
              fits_pair + (ko(l) ? " 환율: 기사 금액이 " + other + "라면 맞음" : " rate: fits if the amount was in " + other));
  }
  auto swatch = [&](std::size_t row, const std::string& fill, const std::string& extra) {
    return "<rect class=\"key\" x=\"" + num(plot_left) + "\" y=\"" + num(row_y(row) - 6) + "\" width=\"22\" height=\"12\" fill=\"" +
           fill + "\" " + extra + "/>";
  };
  const std::string pct = percent_text(options.tolerance);
  if (found.reference_band) {
    const std::size_t row = legend.size();
    legend.push_back(swatch(row, "#1f5fa8", "fill-opacity=\"0.18\" stroke=\"#1f5fa8\" stroke-dasharray=\"3 2\"") +
                     legend_text(row, ko(l) ? "기사일(" + format_date(a.date) + ") 기준 범위 " + span_text(*found.reference_band) +
                                                  " (출처 간 차이 ±" + pct + "%)"
                                            : "reference band on " + format_date(a.date) + ": " + span_text(*found.reference_band) +
                                                  " (±" + pct + "% between sources)"));
  }
  {
    const std::size_t row = legend.size();
    const std::string where = implied_on_scale ? "" : (ko(l) ? " (축 밖)" : " (off the scale)");
    std::string text = (ko(l) ? "기사에서 역산한 환율 " : "rate implied by the article: ") + span_text(*found.loose_rate);
    if (corrected) {
      text += ko(l) ? ", 단위를 바로잡으면(×" + factor_text(*found.slip_factor) + ") " + span_text(implied)
                    : "; with the unit corrected (×" + factor_text(*found.slip_factor) + "): " + span_text(implied);
    }
    legend.push_back(swatch(row, "#f2a33a", "fill-opacity=\"0.35\"") + legend_text(row, text + where));
  }
  {
    const std::size_t row = legend.size();
    legend.push_back("<line class=\"key\" x1=\"" + num(plot_left + 11) + "\" y1=\"" + num(row_y(row) - 7) + "\" x2=\"" +
                     num(plot_left + 11) + "\" y2=\"" + num(row_y(row) + 7) + "\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>" +
                     legend_text(row, (ko(l) ? "기사 날짜 " : "article date ") + format_date(a.date)));
  }
  if (found.best_date && found.reference) {
    const std::size_t row = legend.size();
    legend.push_back("<circle class=\"key\" cx=\"" + num(plot_left + 11) + "\" cy=\"" + num(row_y(row)) +
                     "\" r=\"5\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>" +
                     legend_text(row, (ko(l) ? "역산 범위 안의 가장 최근 환율: " : "latest rate inside the implied interval: ") +
                                          format_date(*found.best_date) + ", " + rate_text(found.reference->rate) + " (" +
                                          upper_id(found.reference->source) + ")"));
  }
  const int height = legend_top + legend_row * static_cast<int>(legend.size());

  std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(chart_width) + "\" height=\"" +
                    num(height) + "\" viewBox=\"0 0 " + num(chart_width) + " " + num(height) + "\" role=\"img\" data-check=\"" +
                    std::to_string(number) + "\">";
  svg += "<title>" + html_escape(pair + " " + format_date(start) + " – " + format_date(end)) + "</title>";
  svg += "<rect x=\"" + num(plot_left) + "\" y=\"" + num(plot_top) + "\" width=\"" + num(plot_right - plot_left) + "\" height=\"" +
         num(plot_bottom - plot_top) + "\" fill=\"#fbfbfb\" stroke=\"#bbb\"/>";
  // Round rates on the vertical axis, first days of months on the horizontal, with grid lines.
  const axis_ticks rate_ticks = round_ticks(ymin, ymax, 8);
  for (const ratio& v : rate_ticks.values) {
    const long long y = y_of(v);
    svg += "<line class=\"grid\" x1=\"" + num(plot_left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(plot_right) + "\" y2=\"" + num(y) +
           "\" stroke=\"#e4e4e4\"/>";
    svg += "<text x=\"" + num(plot_left - 6) + "\" y=\"" + num(y + 4) + "\" class=\"ax tick\" text-anchor=\"end\">" +
           v.to_decimal(rate_ticks.places, rounding::half_even).to_grouped_string() + "</text>";
  }
  for (const date::sys_days d : month_ticks(start, end)) {
    const long long x = x_of(d);
    svg += "<line class=\"grid\" x1=\"" + num(x) + "\" y1=\"" + num(plot_top) + "\" x2=\"" + num(x) + "\" y2=\"" + num(plot_bottom) +
           "\" stroke=\"#e4e4e4\"/>";
    svg += "<text x=\"" + num(x) + "\" y=\"" + num(plot_bottom + 16) + "\" class=\"ax tick\" text-anchor=\"middle\">" +
           format_date(d) + "</text>";
  }
  svg += "<text x=\"" + num(plot_left - 6) + "\" y=\"" + num(plot_top - 8) + "\" class=\"ax\" text-anchor=\"end\">" + html_escape(pair) +
         "</text>";
  // The implied-rate interval, across the whole period.
  if (implied_on_scale) {
    const long long y1 = y_of(*implied.high);
    const long long y2 = y_of(*implied.low);
    svg += "<rect class=\"implied\" x=\"" + num(plot_left) + "\" y=\"" + num(y1) + "\" width=\"" + num(plot_right - plot_left) +
           "\" height=\"" + num(std::max(y2 - y1, 1LL)) + "\" fill=\"#f2a33a\" fill-opacity=\"0.35\"/>";
  }
  // The reference band at the article date.
  if (found.reference_band) {
    const long long bx = x_of(a.date - date::days(6));
    const long long y1 = y_of(*found.reference_band->high);
    const long long y2 = y_of(*found.reference_band->low);
    svg += "<rect class=\"band\" x=\"" + num(bx) + "\" y=\"" + num(y1) + "\" width=\"" + num(plot_right - bx) + "\" height=\"" +
           num(std::max(y2 - y1, 1LL)) + "\" fill=\"#1f5fa8\" fill-opacity=\"0.18\" stroke=\"#1f5fa8\" stroke-dasharray=\"3 2\"/>";
  }
  // One line per source, solid for the article's pair, dashed for the currency that fits.
  auto lines = [&](const std::vector<rate_quote>& quotes, const std::string& cls, const std::string& dash) {
    std::string out;
    std::size_t i = 0;
    while (i < quotes.size()) {
      std::size_t j = i;
      std::string points;
      while (j < quotes.size() && quotes[j].source == quotes[i].source) {
        if (!points.empty()) points += ' ';
        points += num(x_of(quotes[j].date)) + "," + num(y_of(quotes[j].rate));
        ++j;
      }
      out += "<polyline class=\"" + cls + "\" fill=\"none\" stroke=\"" + source_colour(quotes[i].source) + "\" stroke-width=\"1.5\"" +
             dash + " points=\"" + points + "\"/>";
      i = j;
    }
    return out;
  };
  svg += lines(series, "rate", "");
  svg += lines(fits, "fits", " stroke-dasharray=\"5 3\"");
  // The article date, and the date whose rate fits.
  const long long ax = x_of(a.date);
  svg += "<line x1=\"" + num(ax) + "\" y1=\"" + num(plot_top) + "\" x2=\"" + num(ax) + "\" y2=\"" + num(plot_bottom) +
         "\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>";
  if (found.best_date && found.reference) {
    const long long bx = x_of(*found.best_date);
    const long long by = y_of(found.reference->rate);
    svg += "<circle class=\"best\" cx=\"" + num(bx) + "\" cy=\"" + num(by) +
           "\" r=\"5\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>";
  }
  svg += "<g class=\"legend\">";
  for (const auto& item : legend) svg += item;
  svg += "</g></svg>";
  return svg;
}

}  // namespace

namespace {

/// The articles of a run with their dates and where each date comes from, as an HTML table.
std::string articles_html(const std::vector<article>& articles, lang_t l) {
  std::string out = "<table class=\"articles\">\n<tr>";
  for (std::string_view h : article_columns(l)) out.append("<th>").append(h).append("</th>");
  out += "</tr>\n";
  for (const article& a : articles) {
    const std::array<std::string, 4> cells = article_cells(a, l);
    out += "<tr>";
    for (std::size_t k = 0; k < cells.size(); ++k) {
      out += k == 2 && !a.dated() ? "<td class=\"v-undetermined\">" : "<td>";
      out += html_escape(cells[k]) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

}  // namespace

std::string reconcile_html(const std::vector<check>& checks, const std::vector<article>& articles,
                           const rate_oracle& rates, report_language l, const reconcile_options& options) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(ko(l) ? "ko" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>" + std::string(report_title(l)) + "</title>\n";
  out += "<style>\n"
         "body{font-family:'Noto Sans CJK KR','Noto Sans KR','NanumGothic','Malgun Gothic',sans-serif;max-width:960px;margin:2em auto;"
         "padding:0 1em;color:#222;line-height:1.5}\n"
         "table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left}\n"
         "th{background:#f0f0f0}.v-consistent,.v-consistent_loose{color:#1e7d32}.v-inconsistent{color:#b3261e;font-weight:bold}\n"
         ".v-undetermined{color:#777}section{border-top:1px solid #ddd;margin-top:1.5em;padding-top:.5em}\n"
         "svg .lbl{font-size:12px}svg .ax{font-size:11px;fill:#555}\n"
         "</style>\n</head>\n<body>\n";
  out += "<h1>" + std::string(report_title(l)) + "</h1>\n";
  out += "<p>" + html_escape(run_summary(checks, articles, l)) + "</p>\n";
  out += articles_html(articles, l);
  out += "<table>\n<tr><th>#</th><th>" + std::string(ko(l) ? "종류" : "kind") + "</th><th>" +
         std::string(ko(l) ? "기사" : "article") + "</th><th>" + std::string(ko(l) ? "수치" : "figures") + "</th><th>" +
         std::string(ko(l) ? "판정" : "verdict") + "</th><th>" + std::string(ko(l) ? "이유" : "reasons") + "</th></tr>\n";
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const check& c = checks[i];
    if (!shown(c, options)) continue;
    out += "<tr><td><a href=\"#check-" + std::to_string(i + 1) + "\">" + std::to_string(i + 1) + "</a></td><td>" +
           html_escape(kind_label(c.kind, l)) + "</td><td>" + html_escape(articles[c.article].id) + "</td><td>" +
           html_escape(figures_label(c, articles)) + "</td><td class=\"v-" + std::string(to_string(c.result)) + "\">" +
           html_escape(verdict_label(c.result, l)) + "</td><td>" + html_escape(reasons_text(c.reasons, l)) + "</td></tr>\n";
  }
  out += "</table>\n";
  for (const std::string& cited : rates_citation(checks, rates)) out += "<p class=\"sources\">" + html_escape(cited) + "</p>\n";
  std::optional<date::sys_days> first;
  std::optional<date::sys_days> last;
  for (const check& c : checks) {
    if (c.kind != check_kind::conversion || !shown(c, options) || !articles[c.article].dated()) continue;
    const date::sys_days s = chart_start(c, articles[c.article]);
    if (!first || s < *first) first = s;
    if (!last || *last < articles[c.article].date) last = articles[c.article].date;
  }
  chart_history history(rates, first.value_or(date::sys_days{}), last.value_or(date::sys_days{}));
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const check& c = checks[i];
    if (!shown(c, options)) continue;
    const article& a = articles[c.article];
    out += "<section id=\"check-" + std::to_string(i + 1) + "\">\n<h2>" + std::to_string(i + 1) + ". " +
           html_escape(kind_label(c.kind, l) + ": " + figures_label(c, articles)) + "</h2>\n";
    out += "<p class=\"meta\">" + html_escape(a.id + (a.source.empty() ? std::string() : " · " + a.source) + " · " + article_date_label(a, l)) + " · <span class=\"v-" +
           std::string(to_string(c.result)) + "\">" + html_escape(verdict_label(c.result, l)) + "</span></p>\n";
    out += "<p>" + html_escape(explain(c, articles, l, options)) + "</p>\n";
    if (c.kind == check_kind::conversion && c.as_conversion().loose_rate && c.as_conversion().reference_band) {
      const std::string chart = conversion_chart(c, i + 1, articles, history, l, options);
      if (!chart.empty()) out += chart + "\n";
    }
    out += "</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace eok
