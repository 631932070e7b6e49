#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/write/json.hpp>
#include <eok/read/parse.hpp>
#include <eok/read/scan.hpp>

#include <string>
#include <type_traits>

using eok::bound_kind;
using eok::figure;
using eok::figure_kind;
using eok::parse_figure;

static_assert(std::is_nothrow_move_constructible_v<figure>);
static_assert(std::is_copy_constructible_v<figure>);
static_assert(!std::is_convertible_v<std::string, figure>);

namespace {

std::string value_of(const figure& f) { return f.value ? f.value->to_string() : "null"; }
std::string low_of(const figure& f) { return f.low ? f.low->to_string() : "null"; }
std::string high_of(const figure& f) { return f.high ? f.high->to_string() : "null"; }
std::string code_of(const figure& f) { return std::string(f.cur.code()); }

figure p(const char* text) { return parse_figure(text); }

/// The full what() of parsing `text`, or "no error".
using eok::test::error_of;

}  // namespace

TEST_CASE("parse: digits with commas and decimals", "[parse]") {
  CHECK(value_of(p("27,350,000원")) == "27350000");
  CHECK(code_of(p("27,350,000원")) == "KRW");
  CHECK(value_of(p("1.5조원")) == "1500000000000");
  CHECK(value_of(p("0.5조원")) == "500000000000");
  CHECK(value_of(p("1,234.56달러")) == "1234.56");
  CHECK(code_of(p("1,234.56달러")) == "USD");
  CHECK(value_of(p("１２억 달러")) == "1200000000");
  CHECK(value_of(p("4,647.0010")) == "4647.0010");
}

TEST_CASE("parse: 1090억유로 is 109,000,000,000 EUR", "[parse]") {
  const figure f = p("1090억유로");
  CHECK(f.text == "1090억유로");
  CHECK(f.start == 0);
  CHECK(f.end == 13);
  CHECK(f.line == 1);
  CHECK(f.kind == figure_kind::money);
  CHECK(value_of(f) == "109000000000");
  CHECK(code_of(f) == "EUR");
  CHECK_FALSE(f.currency_ambiguous);
  CHECK_FALSE(f.approximate);
  CHECK(f.bound == bound_kind::none);
  CHECK(f.precision.to_string() == "1000000000");
  CHECK(f.unit.empty());
  CHECK_FALSE(f.spelled);
}

TEST_CASE("parse: symbols and ISO codes before or after", "[parse]") {
  CHECK(value_of(p("₩1,000,000")) == "1000000");
  CHECK(code_of(p("₩1,000,000")) == "KRW");
  CHECK(value_of(p("$500 billion")) == "500000000000");
  CHECK(p("$500 billion").currency_ambiguous);
  CHECK(value_of(p("US$1.5bn")) == "1500000000");
  CHECK_FALSE(p("US$1.5bn").currency_ambiguous);
  CHECK(value_of(p("€109bn")) == "109000000000");
  CHECK(code_of(p("€109bn")) == "EUR");
  CHECK(value_of(p("KRW 1.2 trillion")) == "1200000000000");
  CHECK(value_of(p("USD 2 billion")) == "2000000000");
  CHECK(value_of(p("¥3,000억")) == "300000000000");
  CHECK(code_of(p("¥3,000억")) == "JPY");
  CHECK(value_of(p("₩3.2조")) == "3200000000000");
  CHECK(value_of(p("10₩")) == "10");
  CHECK(code_of(p("EUR29.99")) == "EUR");
}

TEST_CASE("parse: myriad units glued or spaced", "[parse]") {
  CHECK(value_of(p("1090억")) == "109000000000");
  CHECK(value_of(p("1천90억")) == "109000000000");
  CHECK(value_of(p("7억5,000만")) == "750000000");
  CHECK(value_of(p("68조6,000억")) == "68600000000000");
  CHECK(value_of(p("1억1300만")) == "113000000");
  CHECK(value_of(p("3억2천만")) == "320000000");
  CHECK(value_of(p("1조 2천억")) == "1200000000000");
  CHECK(value_of(p("1조 2,345억 6,789만원")) == "1234567890000");
  CHECK(value_of(p("2경 3000조원")) == "23000000000000000");
  CHECK(value_of(p("1경3,000조원")) == "13000000000000000");
  CHECK(value_of(p("천만 원")) == "10000000");
  CHECK(value_of(p("1해")) == "100000000000000000000");
  CHECK(value_of(p("4천 820만 달러")) == "48200000");
  CHECK(value_of(p("50만 9375달러")) == "509375");
  CHECK(value_of(p("1.2만345.67")) == "12345.67");
}

TEST_CASE("parse: Sino-Korean numeral words and Hanja", "[parse]") {
  CHECK(value_of(p("삼천억 원")) == "300000000000");
  CHECK(p("삼천억 원").spelled);
  CHECK(value_of(p("일조 원")) == "1000000000000");
  CHECK(value_of(p("십억 달러")) == "1000000000");
  CHECK(value_of(p("천억 원")) == "100000000000");
  CHECK(value_of(p("三千億원")) == "300000000000");
  CHECK(value_of(p("一兆")) == "1000000000000");
  CHECK(value_of(p("萬")) == "10000");
  CHECK(value_of(p("万")) == "10000");
  CHECK(value_of(p("만 원")) == "10000");
  CHECK(value_of(p("삼십이억삼천오백육십구만팔천백이십")) == "3235698120");
  CHECK(value_of(p("일점이삼달러")) == "1.23");
  CHECK(value_of(p("마이너스 칠백삼십오")) == "-735");
  CHECK(value_of(p("이공이오 원")) == "2025");
  CHECK(value_of(p("십이만 삼천 원")) == "123000");
}

TEST_CASE("parse: English scale words and currency words", "[parse]") {
  CHECK(value_of(p("1.5 billion dollars")) == "1500000000");
  CHECK(code_of(p("1.5 billion dollars")) == "USD");
  CHECK(value_of(p("£200 million")) == "200000000");
  CHECK(code_of(p("£200 million")) == "GBP");
  CHECK(value_of(p("$10m")) == "10000000");
  CHECK(value_of(p("3 thousand")) == "3000");
}

TEST_CASE("parse: Korean currency words and 미화/한화", "[parse]") {
  CHECK(code_of(p("5000만 미국 달러")) == "USD");
  CHECK_FALSE(p("5000만 미국 달러").currency_ambiguous);
  const figure usd = p("미화 3억 달러");
  CHECK(value_of(usd) == "300000000");
  CHECK(code_of(usd) == "USD");
  CHECK_FALSE(usd.currency_ambiguous);
  const figure krw = p("한화 약 164조원");
  CHECK(value_of(krw) == "164000000000000");
  CHECK(code_of(krw) == "KRW");
  CHECK(krw.approximate);
  CHECK(code_of(p("5억 스위스프랑")) == "CHF");
  CHECK(code_of(p("30억 홍콩달러")) == "HKD");
  CHECK(code_of(p("100억 루피")) == "INR");
  CHECK(p("100억 루피").currency_ambiguous);
  CHECK(value_of(p("2천500억 엔")) == "250000000000");
  CHECK(code_of(p("3조 위안")) == "CNY");
  CHECK(p("12억 달러").currency_ambiguous);
}

TEST_CASE("parse: 4억 2천만 핀란드 마르카 and other smaller currencies", "[parse]") {
  const figure fim = p("4억 2천만 핀란드 마르카");
  CHECK(value_of(fim) == "420000000");
  CHECK(code_of(fim) == "FIM");
  CHECK(code_of(p("66억 5천만 페세타")) == "ESP");
  CHECK(value_of(p("66억 5천만 페세타")) == "6650000000");
  CHECK(code_of(p("2억 5천만 네덜란드 휠던")) == "NLG");
  CHECK(code_of(p("100 콜론")) == "CRC");
  CHECK(p("100 콜론").currency_ambiguous);
  CHECK(code_of(p("100 라리")) == "GEL");
  CHECK(code_of(p("10만 킵")) == "LAK");
  CHECK(eok::describe_figure(p("10만 킵")) == "100,000 LAK (10만 LAK; exact)");  // no Korean name
  CHECK(code_of(p("10만 스리랑카 루피")) == "LKR");
  CHECK_FALSE(p("10만 스리랑카 루피").currency_ambiguous);
  // Particles after the new names end the figure, as after 원.
  CHECK(eok::match_figure_at("100 라리를 지출했다", 0)->text == "100 라리");
  CHECK(eok::match_figure_at("10만 킵을 받게", 0)->text == "10만 킵");
  CHECK(eok::match_figure_at("100 콜론입니다", 0)->text == "100 콜론");
  // La Liga is not the Georgian lari: the number stands alone.
  const auto liga = eok::match_figure_at("2024 라리가 우승", 0);
  REQUIRE(liga);
  CHECK(liga->text == "2024");
  CHECK(liga->kind == figure_kind::number);
}

TEST_CASE("parse: approximate qualifiers are kept", "[parse][qualifier]") {
  for (const char* text : {"약 5000억원", "대략 5000억원", "5000억원가량", "5000억원 정도", "5000억원쯤",
                           "5000억원 안팎", "5000억원 내외", "5000여억원", "about 500 billion won",
                           "around 500 billion won", "roughly 500 billion won", "nearly 500 billion won"}) {
    INFO(text);
    const figure f = p(text);
    CHECK(f.approximate);
    CHECK(value_of(f) == "500000000000");
    CHECK(f.bound == bound_kind::none);
  }
  CHECK(p("2조 원가량").approximate);
  CHECK(p("1조원 안팎").approximate);
  CHECK(p("1조여원").approximate);
  CHECK(p("about $5 billion").approximate);
  CHECK(p("10여 명").approximate);
}

TEST_CASE("parse: bounds", "[parse][qualifier]") {
  CHECK(p("최대 2조원").bound == bound_kind::at_most);
  CHECK(p("2조원 이하").bound == bound_kind::at_most);
  CHECK(p("up to $2 billion").bound == bound_kind::at_most);
  CHECK(p("2조원 미만").bound == bound_kind::less_than);
  CHECK(p("below $2 billion").bound == bound_kind::less_than);
  CHECK(p("최소 2조원").bound == bound_kind::at_least);
  CHECK(p("2조원 이상").bound == bound_kind::at_least);
  CHECK(p("at least $2 billion").bound == bound_kind::at_least);
  CHECK(p("2조원 초과").bound == bound_kind::more_than);
  CHECK(p("2조원을 넘는").bound == bound_kind::more_than);
  CHECK(p("2조원을 웃도는").bound == bound_kind::more_than);
  CHECK(p("more than $2 billion").bound == bound_kind::more_than);
  CHECK(value_of(p("최대 2조원")) == "2000000000000");
}

TEST_CASE("parse: ranges share a unit", "[parse][range]") {
  const figure f = p("2조~3조원");
  CHECK(f.value == std::nullopt);
  CHECK(low_of(f) == "2000000000000");
  CHECK(high_of(f) == "3000000000000");
  CHECK(f.range);
  CHECK(code_of(f) == "KRW");
  CHECK(f.precision.to_string() == "1000000000000");
  CHECK(low_of(p("2~3조원")) == "2000000000000");
  CHECK(low_of(p("100억~200억원")) == "10000000000");
  CHECK(high_of(p("20억-30억 달러")) == "3000000000");
  const figure e = p("between $2 billion and $3 billion");
  CHECK(low_of(e) == "2000000000");
  CHECK(high_of(e) == "3000000000");
  CHECK(low_of(p("$2.3-3 billion")) == "2300000000");
  CHECK(high_of(p("$2.3-3 billion")) == "3000000000");
  CHECK(low_of(p("25000원 - 30000원")) == "25000");
}

TEST_CASE("parse: 8천억원대 is the band from 8천억 up to 9천억", "[parse][band]") {
  const figure f = p("8천억원대");
  CHECK(value_of(f) == "800000000000");
  CHECK(low_of(f) == "800000000000");
  CHECK(high_of(f) == "900000000000");
  CHECK(f.band);
  CHECK(value_of(p("1조원대")) == "1000000000000");
  CHECK(high_of(p("1조원대")) == "2000000000000");
}

TEST_CASE("parse: vague magnitudes have no value", "[parse][vague]") {
  const figure f = p("수천억 원");
  CHECK(f.vague);
  CHECK(f.value == std::nullopt);
  CHECK(low_of(f) == "200000000000");
  CHECK(high_of(f) == "1000000000000");
  CHECK(f.precision.to_string() == "100000000000");
  CHECK(low_of(p("수조 원")) == "2000000000000");
  CHECK(high_of(p("수십조 원")) == "100000000000000");
  CHECK(low_of(p("수백조원")) == "200000000000000");
}

TEST_CASE("parse: precision is the place of the last significant digit", "[parse][precision]") {
  CHECK(p("163조").precision.to_string() == "1000000000000");
  CHECK(p("2조2,600억").precision.to_string() == "10000000000");
  CHECK(p("1조7,000억").precision.to_string() == "100000000000");
  CHECK(p("1.5조원").precision.to_string() == "100000000000");
  CHECK(p("1,234.56달러").precision.to_string() == "0.01");
  eok::parse_options zeros;
  zeros.trailing_zeros_significant = true;
  CHECK(parse_figure("1조7,000억", zeros).precision.to_string() == "100000000");
  CHECK(parse_figure("27,350,000원", zeros).precision.to_string() == "1");
  CHECK(parse_figure("163조", zeros).precision.to_string() == "1000000000000");
}

TEST_CASE("parse: counters, units and percentages are not money", "[parse][kind]") {
  const figure c = p("1만8천장");
  CHECK(c.kind == figure_kind::count);
  CHECK(value_of(c) == "18000");
  CHECK(c.unit == "장");
  CHECK(p("12명").unit == "명");
  CHECK(p("15개국").unit == "개국");
  CHECK(p("7곳").unit == "곳");
  CHECK(p("130쪽").unit == "쪽");
  CHECK(p("1기가와트").unit == "기가와트");
  CHECK(p("1기가와트").kind == figure_kind::count);
  CHECK(p("10%").kind == figure_kind::percent);
  CHECK(p("10%").unit == "%");
  CHECK(p("10 퍼센트").unit == "%");
  CHECK(p("2.5%p").unit == "%p");
  CHECK(p("2025").kind == figure_kind::number);
  CHECK(p("10").kind == figure_kind::number);
  CHECK(p("1억유로씩").each);
}

TEST_CASE("parse: malformed figures fail with the position", "[parse][error]") {
  CHECK(error_of("억억억") == "parse error at line 1, column 2: a scale word cannot follow another ('억' after '억')");
  CHECK(error_of("1..2억원") == "parse error at line 1, column 2: a decimal point must be followed by a digit");
  CHECK(error_of("1,,000원") == "parse error at line 1, column 3: two commas in a row");
  CHECK(error_of("조원") == "parse error at line 1, column 1: no digits before '조'");
  CHECK(error_of("억") == "parse error at line 1, column 1: no digits before '억'");
  CHECK(error_of("") == "parse error at line 1, column 1: expected a figure, found nothing");
  CHECK(error_of("  ") == "parse error at line 1, column 1: expected a figure, found nothing");
  CHECK(error_of("1,00원") == "parse error at line 1, column 2: a comma must be followed by exactly three digits");
  CHECK(error_of("1000,000") == "parse error at line 1, column 5: a comma may follow at most three digits");
  CHECK(error_of("12.5.3억") ==
        "parse error at line 1, column 5: a number may have only one decimal point (a date or version such as "
        "2025.02.10 is not a figure)");
  CHECK(error_of("달러") == "parse error at line 1, column 1: a currency alone is not a figure: expected an amount with '달러'");
  CHECK(error_of("$") == "parse error at line 1, column 1: a currency alone is not a figure: expected an amount with '$'");
  CHECK(error_of("1억 2조") ==
        "parse error at line 1, column 5: scale words must get smaller from left to right ('조' after '억')");
  CHECK(error_of("1조 12,000억") == "parse error at line 1, column 4: '12,000억' is too large to follow '조'");
  CHECK(error_of("1천1500억") == "parse error at line 1, column 3: '1500' is too large to follow '천'");
  CHECK(error_of("천천") == "parse error at line 1, column 2: a scale word cannot follow another ('천' after '천')");
  CHECK(error_of("$5억 유로") == "parse error at line 1, column 5: two different currencies in one figure ('$' and '유로')");
  CHECK(error_of("2조원~3억달러") == "parse error at line 1, column 7: a range cannot mix currencies ('원' and '달러')");
  CHECK(error_of("3조~2조원") == "parse error at line 1, column 4: a range must go from low to high ('3조' is more than '2조')");
  CHECK(error_of("2025-02-20") == "parse error at line 1, column 5: this looks like a date, not a range of figures");
  CHECK(error_of("1조원 abc") == "parse error at line 1, column 5: 'a' cannot follow the figure '1조원'");
  CHECK(error_of("12345678901234567890123456789012345678") ==
        "parse error at line 1, column 37: a figure may have at most 36 significant digits");
  CHECK(error_of("수") == "parse error at line 1, column 1: expected a figure, found '수'");
}

TEST_CASE("parse: errors carry code, offset, line and column", "[parse][error]") {
  auto r = eok::try_parse_figure("억억억");
  REQUIRE_FALSE(r);
  CHECK(r.error().code() == eok::errc::invalid_unit);
  CHECK(r.error().offset() == 3);
  CHECK(r.error().line() == 1);
  CHECK(r.error().column() == 2);
  CHECK(r.error().message() == "a scale word cannot follow another ('억' after '억')");
  CHECK_THROWS_AS(parse_figure("1,,000원"), eok::parse_error);
  try {
    (void)parse_figure("1,,000원");
  } catch (const eok::parse_error& e) {
    CHECK(e.code() == eok::errc::invalid_number);
    CHECK(e.offset() == 2);
  }
}

TEST_CASE("match_figure_at: reads what starts at a position and leaves particles", "[parse][match]") {
  const std::string text = "프랑스가 1090억유로(약 163조원)를 쏟아부으며";
  const auto at = text.find("1090");
  auto f = eok::match_figure_at(text, at);
  REQUIRE(f);
  CHECK(f->text == "1090억유로");
  CHECK(f->start == at);
  CHECK(f->end == at + 13);
  const auto approx = text.find("약");
  auto g = eok::match_figure_at(text, approx);
  REQUIRE(g);
  CHECK(g->text == "약 163조원");
  CHECK(g->approximate);

  auto h = eok::match_figure_at("163조원이 들었다", 0);
  REQUIRE(h);
  CHECK(h->text == "163조원");
  CHECK(eok::match_figure_at("1090억유로를", 0)->text == "1090억유로");
  CHECK(eok::match_figure_at("500억유로를 투자", 0)->text == "500억유로");
  CHECK(eok::match_figure_at("1090억 유로", 0)->text == "1090억 유로");
  CHECK(eok::match_figure_at("5000억 달러", 0)->text == "5000억 달러");
  CHECK(eok::match_figure_at("200억 유로 펀드", 0)->text == "200억 유로");
  CHECK(eok::match_figure_at("1억유로씩 총 3억유로", 0)->text == "1억유로씩");
  CHECK(eok::match_figure_at("163조 투자", 0)->text == "163조");
}

TEST_CASE("match_figure_at: nothing where there is no figure", "[parse][match]") {
  CHECK_FALSE(eok::match_figure_at("원이 필요하다", 0));
  CHECK_FALSE(eok::match_figure_at("억", 0));
  CHECK_FALSE(eok::match_figure_at("1,00원", 0));
  CHECK_FALSE(eok::match_figure_at("2025.02.10 20:30", 0));
  CHECK_FALSE(eok::match_figure_at("2025-02-20 11:30", 0));
  CHECK_FALSE(eok::match_figure_at("일조량이 많다", 0));
  CHECK_FALSE(eok::match_figure_at("구조조정", 0));
  CHECK_FALSE(eok::match_figure_at("사과를 먹었다", 0));
  CHECK_FALSE(eok::match_figure_at("약속", 0));
  CHECK_FALSE(eok::match_figure_at("abc", 1));
  CHECK_FALSE(eok::match_figure_at("12", 5));
}

TEST_CASE("match_figure_at: lines are counted in the whole text", "[parse][match]") {
  const std::string text = "첫 줄\n둘째 줄 3조원\n";
  auto f = eok::match_figure_at(text, text.find('3'));
  REQUIRE(f);
  CHECK(f->line == 2);
  CHECK(f->text == "3조원");
}

TEST_CASE("figure_to_json: keys in the shared order", "[parse][json]") {
  CHECK(eok::figure_to_json(p("약 163조원")) ==
        R"({"text": "약 163조원", "start": 0, "end": 13, "line": 1, "kind": "money", "value": "163000000000000", )"
        R"("currency": "KRW", "currency_ambiguous": false, "approximate": true, "bound": null, "low": null, )"
        R"("high": null, "range": false, "band": false, "vague": false, "precision": "1000000000000", "unit": null, )"
        R"("each": false, "ambiguous": null})");
  CHECK(eok::figure_to_json(p("2조~3조원")) ==
        R"({"text": "2조~3조원", "start": 0, "end": 12, "line": 1, "kind": "money", "value": null, )"
        R"("currency": "KRW", "currency_ambiguous": false, "approximate": false, "bound": null, )"
        R"("low": "2000000000000", "high": "3000000000000", "range": true, "band": false, "vague": false, )"
        R"("precision": "1000000000000", "unit": null, "each": false, "ambiguous": null})");
  CHECK(eok::figure_to_json(p("12명")) ==
        R"({"text": "12명", "start": 0, "end": 5, "line": 1, "kind": "count", "value": "12", "currency": null, )"
        R"("currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, )"
        R"("range": false, "band": false, "vague": false, "precision": "1", "unit": "명", "each": false, )"
        R"("ambiguous": null})");
  // Everything the human output says is in the JSON: an assumed currency, a band, 씩.
  CHECK(eok::figure_to_json(p("$500 billion")).find(R"("currency": "USD", "currency_ambiguous": true,)") !=
        std::string::npos);
  CHECK(eok::figure_to_json(p("8천억원대")).find(R"("high": "900000000000", "range": false, "band": true,)") !=
        std::string::npos);
  CHECK(eok::figure_to_json(p("10억위안씩")).find(R"("each": true, "ambiguous": null})") != std::string::npos);
  std::string s;
  eok::write_json_string(s, "a\"b\\c\n\x01한");
  CHECK(s == "\"a\\\"b\\\\c\\n\\u0001한\"");
}

TEST_CASE("describe_figure: the sentence eok parse prints", "[parse][cli]") {
  CHECK(eok::describe_figure(p("1090억유로")) == "109,000,000,000 EUR (1,090억 유로; exact)");
  CHECK(eok::describe_figure(p("약 163조원")) ==
        "163,000,000,000,000 KRW (163조 원; approximate; precision 1조)");
  // The Korean part uses the one Korean-unit convention, decimal::to_korean_string.
  CHECK(eok::describe_figure(p("1조7000억원")) == "1,700,000,000,000 KRW (1조 7,000억 원; exact)");
  CHECK(eok::describe_figure(p("0.5유로")) == "0.5 EUR (0.5 유로; exact)");
  CHECK(eok::describe_figure(p("12345.6명")) == "12,345.6 명 (1만 2,345.6 명; exact)");
}

TEST_CASE("parse: English scale abbreviations as wire copy writes them", "[parse][english]") {
  struct row {
    const char* text;
    const char* value;
    const char* code;
  };
  for (const row& r : {row{"$1.5 bln", "1500000000", "USD"}, row{"US$1.5 bln", "1500000000", "USD"},
                       row{"$1.5 bil", "1500000000", "USD"}, row{"$1.5 billions", "1500000000", "USD"},
                       row{"$1.5 B", "1500000000", "USD"}, row{"$1.5 tril", "1500000000000", "USD"},
                       row{"$5 mil", "5000000", "USD"}, row{"$5mm", "5000000", "USD"},
                       row{"$5MM", "5000000", "USD"}, row{"$5 k", "5000", "USD"},
                       row{"€2.3 bln", "2300000000", "EUR"}, row{"2.3 bln euros", "2300000000", "EUR"},
                       row{"$300 mln", "300000000", "USD"}, row{"$1.5 Bn", "1500000000", "USD"}}) {
    INFO(r.text);
    const auto f = eok::parse_figure(r.text);
    REQUIRE(f.value);
    CHECK(f.value->to_string() == r.value);
    CHECK(std::string(f.cur.code()) == r.code);
    const auto figs = eok::scan_text(std::string("Deal: ") + r.text + ".");
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].value->to_string() == r.value);
  }
  // Without a currency, a letter after a number is a unit, not a scale.
  const auto metres = eok::try_parse_figure("5 m");
  REQUIRE_FALSE(metres);
  CHECK(metres.error().message() == "'m' cannot follow the figure '5'");
}

TEST_CASE("parse: a sign glued to a letter or digit after an amount starts another token", "[parse][scan]") {
  // `$1 $PATH` is one dollar and a shell variable; `$1 $2` two figures.
  const auto path = eok::scan_text("costs $1 $PATH");
  REQUIRE(path.size() == 1);
  CHECK(path[0].text == "$1");
  CHECK(path[0].value->to_string() == "1");
  const auto two = eok::scan_text("$1 $2");
  REQUIRE(two.size() == 2);
  CHECK(two[0].text == "$1");
  CHECK(two[1].text == "$2");
  CHECK(eok::parse_figure("5 dollars").value->to_string() == "5");
  CHECK(eok::parse_figure("100 $").cur.code() == "USD");
  REQUIRE_FALSE(eok::try_parse_figure("5 dollarsign"));
}

TEST_CASE("parse: leading qualifiers the scanner now keeps: 마이너스, 미화, 거의", "[parse][scan]") {
  const auto minus = eok::scan_text("순이익은 마이너스 1억원이었다.");
  REQUIRE(minus.size() == 1);
  CHECK(minus[0].value->to_string() == "-100000000");
  CHECK(minus[0].text == "마이너스 1억원");
  const auto usd = eok::scan_text("미화 10억달러를 투자했다.");
  REQUIRE(usd.size() == 1);
  CHECK(usd[0].text == "미화 10억달러");
  CHECK_FALSE(usd[0].currency_ambiguous);
  const auto almost = eok::scan_text("거의 1조원에 이른다.");
  REQUIRE(almost.size() == 1);
  CHECK(almost[0].approximate);
}

TEST_CASE("parse: a range whose low end has its own place word takes the high end's myriad", "[parse][range]") {
  struct row {
    const char* text;
    const char* low;
    const char* high;
    eok::ambiguity reading;
  };
  for (const row& r : {row{"3천~5천만원", "30000000", "50000000", eok::ambiguity::none},
                       row{"2백~3백만원", "2000000", "3000000", eok::ambiguity::none},
                       row{"5천~6천억원", "500000000000", "600000000000", eok::ambiguity::none},
                       row{"1천~2천만 원", "10000000", "20000000", eok::ambiguity::none},
                       row{"5백~6백만원", "5000000", "6000000", eok::ambiguity::none},
                       row{"2~3천만원", "20000000", "30000000", eok::ambiguity::none},
                       row{"5천~1억원", "50000000", "100000000", eok::ambiguity::range_low_scale}}) {
    INFO(r.text);
    const auto f = eok::parse_figure(r.text);
    CHECK(f.range);
    CHECK(f.low->to_string() == r.low);
    CHECK(f.high->to_string() == r.high);
    CHECK(f.reading == r.reading);
    const auto figs = eok::scan_text(std::string("연봉은 ") + r.text + "이다.");
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].low->to_string() == r.low);
  }
  CHECK(eok::figure_to_json(eok::parse_figure("5천~1억원")).find(", \"ambiguous\": \"range_low_scale\"}") !=
        std::string::npos);
  CHECK(eok::figure_to_json(eok::parse_figure("3천~5천만원")).find(", \"ambiguous\": null}") != std::string::npos);
}

TEST_CASE("parse: a missing last unit after 억 or 조 is read in the myriad below, and flagged", "[parse][ambiguity]") {
  struct row {
    const char* text;
    const char* value;
  };
  for (const row& r : {row{"1억2천", "120000000"}, row{"3억5천", "350000000"}, row{"2조 5천", "2500000000000"},
                       row{"1억2천5백", "125000000"}}) {
    INFO(r.text);
    const auto f = eok::parse_figure(r.text);
    REQUIRE(f.value);
    CHECK(f.value->to_string() == r.value);
    CHECK(f.reading == eok::ambiguity::missing_last_unit);
  }
  const auto range = eok::parse_figure("1억 5천~2억원");
  CHECK(range.low->to_string() == "150000000");
  CHECK(range.reading == eok::ambiguity::missing_last_unit);
  // Not ambiguous: 만 is the last myriad (1만5천 is 15,000), a digit group, or a closing unit.
  for (const row& r : {row{"1만5천원", "15000"}, row{"1억5000", "100005000"}, row{"1억2천만", "120000000"}}) {
    INFO(r.text);
    const auto f = eok::parse_figure(r.text);
    CHECK(f.value->to_string() == r.value);
    CHECK(f.reading == eok::ambiguity::none);
  }
}

TEST_CASE("parse: numbers spelled wholly in words keep their literal value after 조", "[parse][ambiguity]") {
  const auto f = eok::parse_figure("이십일조 삼백");
  CHECK(f.value->to_string() == "21000000000300");
  CHECK(f.reading == eok::ambiguity::none);
}
