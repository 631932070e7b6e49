// The lexicon is the only word list: every numeral, scale and cue word it holds is read alike by
// the parser and the scanner, and a word it does not hold is read by neither.
#include "../support/catch.hpp"

#include <eok/lexicon/cues.hpp>
#include <eok/lexicon/numerals.hpp>
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
