// The lexicon is the only word list: every numeral, scale and cue word it holds is read alike by
// the parser and the scanner, and a word it does not hold is read by neither.
#include "../support/catch.hpp"

#include <eok/lexicon/cues.hpp>
#include <eok/lexicon/numerals.hpp>
#include <eok/lexicon/qualifiers.hpp>
#include <eok/lexicon/units.hpp>
#include <eok/lexicon/scales.hpp>
#include <eok/read/parse.hpp>
#include <eok/read/scan.hpp>

#include <string>
#include <vector>

namespace {

std::string value_of(const eok::figure& f) { return f.value ? f.value->to_string() : "null"; }

/// "1" followed by `zeros` zeros.
std::string power_of_ten(int zeros) { return "1" + std::string(static_cast<std::size_t>(zeros), '0'); }

/// The value the parser gives `text` and the one the scanner finds as `text`'s only figure.
struct both {
  std::string parsed;
  std::string scanned;
};

both read_both(const std::string& text) {
  both out;
  const auto parsed = eok::try_parse_figure(text);
  out.parsed = parsed ? value_of(*parsed) : "rejected";
  const auto figs = eok::scan_text(text);
  if (figs.size() == 1 && figs[0].text == text) {
    out.scanned = value_of(figs[0]);
  } else {
    out.scanned = "not found (" + std::to_string(figs.size()) + " figures)";
  }
  return out;
}

}  // namespace

TEST_CASE("lexicon: 3亿원, 3万원, 3億원, 3兆원 parse and scan alike", "[lexicon]") {
  struct row {
    const char* text;
    const char* value;
  };
  for (const row& r : {row{"3亿원", "300000000"}, row{"3万원", "30000"}, row{"3億원", "300000000"},
                       row{"3兆원", "3000000000000"}, row{"3억원", "300000000"}, row{"3萬원", "30000"},
                       row{"3京원", "30000000000000000"}, row{"3垓원", "300000000000000000000"}}) {
    INFO(r.text);
    const both b = read_both(r.text);
    CHECK(b.parsed == r.value);
    CHECK(b.scanned == r.value);
  }
  CHECK(std::string(eok::parse_figure("3亿원").cur.code()) == "KRW");
}

TEST_CASE("lexicon: every scale form is read alike by the parser and the scanner", "[lexicon]") {
  for (std::size_t k = 0; k < eok::read_myriad_scales; ++k) {
    const eok::korean_scale& s = eok::myriad_scales[k];
    for (std::string_view form : {s.hangul, s.hanja, s.variant}) {
      if (form.empty()) continue;
      const std::string text = "12" + std::string(form) + "원";
      INFO(text);
      const both b = read_both(text);
      CHECK(b.parsed == "12" + power_of_ten(s.exponent).substr(1));
      CHECK(b.scanned == b.parsed);
    }
  }
  for (const eok::korean_scale& s : eok::small_scales) {
    for (std::string_view form : {s.hangul, s.hanja, s.variant}) {
      const std::string text = "7" + std::string(form) + "만원";
      INFO(text);
      const both b = read_both(text);
      CHECK(b.parsed == "7" + power_of_ten(s.exponent + 4).substr(1));
      CHECK(b.scanned == b.parsed);
    }
  }
}

TEST_CASE("lexicon: every numeral word is read alike by the parser and the scanner", "[lexicon]") {
  for (const eok::lexicon::numeral_word& w : eok::lexicon::numeral_words) {
    if (w.value == 0) continue;  // 영천억 is not a figure anyone writes
    // The digit before a place and a myriad in the same script: 삼천억원, 三千億원, 參千億원.
    const bool hangul = static_cast<unsigned char>(w.text[0]) >= 0xEA;
    const std::string text = std::string(w.text) + (hangul ? "천억원" : "千億원");
    INFO(text);
    const both b = read_both(text);
    CHECK(b.parsed == std::to_string(w.value) + power_of_ten(11).substr(1));
    CHECK(b.scanned == b.parsed);
  }
  CHECK(eok::lexicon::numeral_of(U'亿').role == eok::lexicon::numeral_role::myriad);
  CHECK(eok::lexicon::numeral_of(U'亿').value == 8);
  CHECK(eok::lexicon::numeral_of(U'拾').value == 1);
  CHECK(eok::lexicon::numeral_of(U'가').role == eok::lexicon::numeral_role::none);
}

TEST_CASE("lexicon: a scale word the lexicon does not read is read by neither", "[lexicon]") {
  // 자 (秭, 10^24) and above exist for formatting only.
  for (const char* text : {"3秭원", "3穰원", "3極원"}) {
    INFO(text);
    CHECK_FALSE(eok::try_parse_figure(text));
    for (const auto& f : eok::scan_text(text)) CHECK(value_of(f) == "3");
  }
}

TEST_CASE("lexicon: cue words", "[lexicon]") {
  using namespace eok::lexicon;
  for (std::string_view w : total_words) CHECK(is_total_word(w));
  for (std::string_view w : each_words) CHECK(is_each_word(w));
  CHECK_FALSE(is_total_word("모두가"));
  CHECK(per_word_unit("매해") == std::optional<eok::period_unit>(eok::period_unit::year));
  CHECK(per_word_unit("매달") == std::optional<eok::period_unit>(eok::period_unit::month));
  CHECK_FALSE(per_word_unit("매"));
  const auto s = read_span("18개월간", "간");
  REQUIRE(s);
  CHECK(s->count == 18);
  CHECK(s->unit == eok::period_unit::month);
  CHECK_FALSE(read_span("0년간", "간"));
  CHECK_FALSE(read_span("년간", "간"));
  CHECK_FALSE(read_span("5년간", ""));
  // Every total and per word, before a figure, is reported by the scanner.
  for (std::string_view w : total_words) {
    const std::string text = std::string(w) + " 9억원";
    INFO(text);
    const auto figs = eok::scan_text(text);
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].total);
  }
  for (const per_word& p : per_words) {
    const std::string text = std::string(p.word) + " 9억원";
    INFO(text);
    const auto figs = eok::scan_text(text);
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].per == std::optional<eok::period_unit>(p.unit));
  }
}

namespace {

/// What a figure says in words: value, currency and every qualifier, so that the parser's
/// reading and the scanner's can be compared as one string.
std::string reading(const eok::figure& f) {
  std::string out = value_of(f);
  out += f.cur.valid() ? " " + std::string(f.cur.code()) : " -";
  if (f.approximate) out += " approximate";
  switch (f.bound) {
    case eok::bound_kind::at_most: out += " at_most"; break;
    case eok::bound_kind::at_least: out += " at_least"; break;
    case eok::bound_kind::less_than: out += " less_than"; break;
    case eok::bound_kind::more_than: out += " more_than"; break;
    default: break;
  }
  if (f.band) out += " band";
  if (f.each) out += " each";
  if (!f.unit.empty()) out += " unit:" + f.unit;
  return out;
}

/// The parser's reading of `text` and the scanner's, when the scanner finds `text` whole.
both read_both_fully(const std::string& text) {
  both out;
  const auto parsed = eok::try_parse_figure(text);
  out.parsed = parsed ? reading(*parsed) : "rejected: " + parsed.error().message();
  const auto figs = eok::scan_text(text);
  // The whole text by its offsets (the scanner reports full-width ％ as %, so not by its text).
  if (figs.size() == 1 && figs[0].start == 0 && figs[0].end == text.size()) {
    out.scanned = reading(figs[0]);
  } else {
    out.scanned = "not found whole (" + std::to_string(figs.size()) + " figures" +
                  (figs.empty() ? std::string() : ", first '" + figs[0].text + "'") + ")";
  }
  return out;
}

const char* meaning_of(eok::lexicon::qualifier q) {
  using eok::lexicon::qualifier;
  switch (q) {
    case qualifier::approximate: return " approximate";
    case qualifier::at_most: return " at_most";
    case qualifier::at_least: return " at_least";
    case qualifier::less_than: return " less_than";
    case qualifier::more_than: return " more_than";
    case qualifier::band: return " band";
    case qualifier::each: return " each";
    default: return "";
  }
}

}  // namespace

TEST_CASE("lexicon: every Korean prefix qualifier is read alike by the parser and the scanner", "[lexicon]") {
  using eok::lexicon::qualifier;
  for (const eok::lexicon::qualifier_word& w : eok::lexicon::prefix_words) {
    const bool usd = w.meaning == qualifier::usd;  // 미화 before 원 would name two currencies
    const std::string text = std::string(w.text) + (usd ? " 9억달러" : " 9억원");
    INFO(text);
    const both b = read_both_fully(text);
    std::string expected = w.meaning == qualifier::negative ? "-900000000 KRW" : usd ? "900000000 USD" : "900000000 KRW";
    expected += meaning_of(w.meaning);
    CHECK(b.parsed == expected);
    CHECK(b.scanned == b.parsed);
  }
  // 미화 names the currency: with 원 after it, two currencies disagree.
  const auto two = eok::try_parse_figure("미화 9억원");
  REQUIRE_FALSE(two);
  CHECK(two.error().message() == "two different currencies in one figure ('미화' and '원')");
}

TEST_CASE("lexicon: every English prefix qualifier is read alike by the parser and the scanner", "[lexicon]") {
  for (const eok::lexicon::qualifier_word& w : eok::lexicon::english_prefix_words) {
    if (w.meaning == eok::lexicon::qualifier::between) continue;  // needs "and": below
    const std::string text = std::string(w.text) + " $9 billion";
    INFO(text);
    const both b = read_both_fully(text);
    CHECK(b.parsed == std::string("9000000000 USD") + meaning_of(w.meaning));
    CHECK(b.scanned == b.parsed);
  }
  const auto between = eok::parse_figure("between $2 billion and $3 billion");
  CHECK(between.low->to_string() == "2000000000");
  CHECK(between.high->to_string() == "3000000000");
}

TEST_CASE("lexicon: every suffix qualifier is read alike by the parser and the scanner", "[lexicon]") {
  using eok::lexicon::qualifier;
  for (const eok::lexicon::qualifier_word& w : eok::lexicon::suffix_words) {
    const std::string text = "9억원" + std::string(w.text);
    INFO(text);
    const both b = read_both_fully(text);
    if (w.meaning == qualifier::band) {
      CHECK(b.parsed == "900000000 KRW band");
    } else {
      CHECK(b.parsed == std::string("900000000 KRW") + meaning_of(w.meaning));
    }
    CHECK(b.scanned == b.parsed);
  }
}

TEST_CASE("lexicon: every bound verb after a particle bounds the figure for parser and scanner", "[lexicon]") {
  for (const eok::lexicon::qualifier_word& v : eok::lexicon::bound_verbs) {
    for (std::string_view particle : {"을", "이"}) {
      const std::string text = "9억원" + std::string(particle) + " " + std::string(v.text) + "다";
      INFO(text);
      const auto parsed = eok::try_parse_figure(text);
      REQUIRE(parsed);
      CHECK(reading(*parsed) == std::string("900000000 KRW") + meaning_of(v.meaning));
      const auto figs = eok::scan_text("수출이 " + text + ".");
      REQUIRE(figs.size() == 1);
      CHECK(reading(figs[0]) == reading(*parsed));
    }
  }
  // The forms the issue names, in running text.
  struct row {
    const char* text;
    eok::bound_kind bound;
  };
  for (const row& r : {row{"수출은 1조원을 웃돌면서 늘었다", eok::bound_kind::more_than},
                       row{"1조원을 넘어서며", eok::bound_kind::more_than},
                       row{"시가총액 100조원을 돌파했다", eok::bound_kind::more_than},
                       row{"1조원을 밑돌았다", eok::bound_kind::less_than},
                       row{"1조원에 못 미치는", eok::bound_kind::less_than}}) {
    INFO(r.text);
    const auto figs = eok::scan_text(r.text);
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].bound == r.bound);
    CHECK(figs[0].value->to_string().size() >= 13);
  }
}

TEST_CASE("lexicon: every English scale is read by parser and scanner, with a currency when it needs one",
          "[lexicon]") {
  for (const eok::english_scale& s : eok::english_scales) {
    const std::string text = "$1.5 " + std::string(s.text);
    INFO(text);
    const std::string expected = "15" + std::string(static_cast<std::size_t>(s.exponent - 1), '0') + " USD";
    const both b = read_both_fully(text);
    CHECK(b.parsed == expected);
    CHECK(b.scanned == b.parsed);
    std::string upper(s.text);
    for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
    const both glued = read_both_fully("$1.5" + upper);
    CHECK(glued.parsed == expected);
    CHECK(glued.scanned == glued.parsed);
    if (s.needs_currency) {
      // Alone, 5m is five metres and 5 mil a thousandth of an inch: not a scale.
      CHECK_FALSE(eok::try_parse_figure("5 " + std::string(s.text)));
    } else {
      CHECK(read_both_fully("1.5 " + std::string(s.text)).parsed ==
            "15" + std::string(static_cast<std::size_t>(s.exponent - 1), '0') + " -");
    }
  }
}

TEST_CASE("lexicon: every percent word and counter is read alike by the parser and the scanner", "[lexicon]") {
  for (const eok::lexicon::percent_word& w : eok::lexicon::percent_words) {
    const std::string text = "3.5" + std::string(w.text);
    INFO(text);
    const both b = read_both_fully(text);
    CHECK(b.parsed == std::string("3.5 - unit:") + (w.meaning == eok::lexicon::percent_kind::points ? "%p" : "%"));
    CHECK(b.scanned == b.parsed);
  }
  for (std::string_view w : eok::lexicon::counter_words) {
    const std::string text = "37" + std::string(w);
    INFO(text);
    const auto parsed = eok::try_parse_figure(text);
    REQUIRE(parsed);
    CHECK(reading(*parsed) == "37 - unit:" + std::string(w));
  }
}
