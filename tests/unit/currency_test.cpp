// Tests for eok/currency.hpp: ISO 4217 data, and recognising currencies in Korean news text.
#include <eok/core/currency.hpp>
#include <eok/lexicon/currency_names.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>

#include "../support/catch.hpp"

using eok::currency;
using eok::currency_match;
using eok::find_currency;
using eok::match_currency_prefix;
using eok::match_currency_suffix;

// ---- properties pinned at compile time ------------------------------------------------------

static_assert(std::is_trivially_copyable_v<currency>);
static_assert(sizeof(currency) <= 4);
static_assert(std::is_nothrow_default_constructible_v<currency>);
static_assert(!std::is_constructible_v<currency, int>);
static_assert(!std::is_convertible_v<std::string_view, currency>);
static_assert(currency::from_code("KRW") == currency::krw);
static_assert(currency::krw.minor_units() == 0 && currency::usd.minor_units() == 2);
static_assert(!currency{}.valid() && currency{}.code().empty());
static_assert(find_currency("유로")->value == currency::eur);
static_assert(match_currency_prefix("달러를")->length == 6);
static_assert(match_currency_suffix("US$ ")->length == 4);

namespace {

// The currency a whole-string lookup finds, or "no currency".
currency found(std::string_view name) {
  const auto m = find_currency(name);
  return m ? m->value : currency{};
}

}  // namespace

// ---- the value type ------------------------------------------------------------------------

TEST_CASE("currency: the default value is no currency", "[currency]") {
  constexpr currency none;
  CHECK_FALSE(none.valid());
  CHECK(none.code() == "");
  CHECK(none.minor_units() == 0);
  CHECK(none.english_name() == "");
  CHECK(none.korean_name() == "");
  CHECK_FALSE(none.historic());
  CHECK(none < currency::aed);
}

TEST_CASE("currency: from_code reads exact ISO 4217 codes", "[currency]") {
  SECTION("minor units") {
    CHECK(currency::from_code("KRW")->minor_units() == 0);
    CHECK(currency::from_code("USD")->minor_units() == 2);
    CHECK(currency::from_code("BHD")->minor_units() == 3);
    CHECK(currency::from_code("CLF")->minor_units() == 4);
    CHECK(currency::from_code("JPY")->minor_units() == 0);
    CHECK(currency::from_code("UYW")->minor_units() == 4);
    CHECK(currency::from_code("KWD")->minor_units() == 3);
    CHECK(currency::from_code("JOD")->minor_units() == 3);
    CHECK(currency::from_code("VND")->minor_units() == 0);
    CHECK(currency::from_code("XOF")->minor_units() == 0);
    CHECK(currency::from_code("ISK")->minor_units() == 0);
    CHECK(currency::from_code("EUR")->minor_units() == 2);
  }
  SECTION("names") {
    const currency krw = *currency::from_code("KRW");
    CHECK(krw == currency::krw);
    CHECK(krw.valid());
    CHECK(krw.code() == "KRW");
    CHECK(krw.english_name() == "South Korean won");
    CHECK(krw.korean_name() == "원");
    CHECK_FALSE(krw.historic());
    CHECK(currency::usd.korean_name() == "달러");
    CHECK(currency::eur.korean_name() == "유로");
    CHECK(currency::cny.korean_name() == "위안");
    CHECK(currency::jpy.korean_name() == "엔");
    CHECK(currency::from_code("AFN")->korean_name() == "");
  }
  SECTION("recent changes to the list") {
    CHECK_FALSE(currency::from_code("ZWG")->historic());
    CHECK_FALSE(currency::from_code("XCG")->historic());
    CHECK_FALSE(currency::from_code("SLE")->historic());
    CHECK(currency::from_code("ZWL")->historic());
    CHECK(currency::from_code("ANG")->historic());
  }
  SECTION("unknown or misspelt codes") {
    CHECK_FALSE(currency::from_code("XYZ"));
    CHECK_FALSE(currency::from_code("krw"));
    CHECK_FALSE(currency::from_code("Krw"));
    CHECK_FALSE(currency::from_code("KR"));
    CHECK_FALSE(currency::from_code("KRWX"));
    CHECK_FALSE(currency::from_code(""));
    CHECK_FALSE(currency::from_code("XAU"));  // minor units N.A.: deliberately left out
    CHECK_FALSE(currency::from_code("XXX"));
  }
}

TEST_CASE("currency: historic codes from rate tables are accepted", "[currency]") {
  for (const char* code : {"CYP", "EEK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL", "HRK",
                           "BGN", "DEM", "FRF", "ITL", "ESP", "NLG", "BEF", "ATS", "PTE", "FIM",
                           "IEP", "GRD"}) {
    INFO(code);
    const auto c = currency::from_code(code);
    REQUIRE(c);
    CHECK(c->historic());
    CHECK(c->code() == code);
  }
  CHECK(currency::from_code("ROL")->historic());
  CHECK_FALSE(currency::from_code("RON")->historic());
  CHECK_FALSE(currency::try_.historic());
}

TEST_CASE("currency: named constants", "[currency]") {
  CHECK(currency::krw.code() == "KRW");
  CHECK(currency::try_.code() == "TRY");
  CHECK(currency::try_.english_name() == "Turkish lira");
  CHECK(currency::zar.code() == "ZAR");
  CHECK(currency::sar.korean_name() == "리얄");
}

TEST_CASE("currency: equality and order follow the code", "[currency]") {
  CHECK(currency::krw == *currency::from_code("KRW"));
  CHECK(currency::krw != currency::usd);
  CHECK(currency::eur < currency::krw);
  CHECK(currency::krw <= currency::krw);
  CHECK(currency::usd > currency::krw);
  CHECK(currency::usd >= currency::try_);
  CHECK_FALSE(currency::usd < currency::usd);

  const std::set<currency> ordered{currency::usd, currency::krw, currency::aed, currency::eur};
  std::string codes;
  for (const currency c : ordered) codes += std::string(c.code()) + ' ';
  CHECK(codes == "AED EUR KRW USD ");
}

TEST_CASE("currency: std::hash agrees with ==", "[currency]") {
  const std::hash<currency> h;
  CHECK(h(currency::krw) == h(*currency::from_code("KRW")));
  CHECK(h(currency::krw) != h(currency::usd));
  const std::unordered_set<currency> seen{currency::krw, currency::usd, currency::krw};
  CHECK(seen.size() == 2);
  CHECK(seen.count(currency::usd) == 1);
}

// ---- whole-string lookup ---------------------------------------------------------------------

TEST_CASE("currency: 유로 is EUR", "[currency]") {
  const auto m = find_currency("유로");
  REQUIRE(m);
  CHECK(m->value == currency::eur);
  CHECK_FALSE(m->ambiguous);
  CHECK(m->length == 6);
}

TEST_CASE("currency: Korean names", "[currency]") {
  CHECK(found("원") == currency::krw);
  CHECK(found("원화") == currency::krw);
  CHECK(found("위안") == currency::cny);
  CHECK(found("위안화") == currency::cny);
  CHECK(found("인민폐") == currency::cny);
  CHECK(found("엔") == currency::jpy);
  CHECK(found("엔화") == currency::jpy);
  CHECK(found("미국 달러") == currency::usd);
  CHECK(found("미달러") == currency::usd);
  CHECK(found("미화") == currency::usd);
  CHECK(found("스위스프랑") == currency::chf);
  CHECK(found("스위스 프랑") == currency::chf);
  CHECK(found("홍콩달러") == currency::hkd);
  CHECK(found("홍콩 달러") == currency::hkd);
  CHECK(found("호주달러") == currency::aud);
  CHECK(found("캐나다달러") == currency::cad);
  CHECK(found("싱가포르달러") == currency::sgd);
  CHECK(found("대만달러") == currency::twd);
  CHECK(found("뉴질랜드달러") == *currency::from_code("NZD"));
  CHECK(found("파운드") == currency::gbp);
  CHECK(found("영국 파운드") == currency::gbp);
  CHECK(found("루피") == currency::inr);
  CHECK(found("루피아") == *currency::from_code("IDR"));
  CHECK(found("루블") == currency::rub);
  CHECK(found("헤알") == currency::brl);
  CHECK(found("페소") == currency::mxn);
  CHECK(found("바트") == currency::thb);
  CHECK(found("동") == currency::vnd);
  CHECK(found("링깃") == currency::myr);
  CHECK(found("리라") == currency::try_);
  CHECK(found("디르함") == currency::aed);
  CHECK(found("리얄") == currency::sar);
  CHECK(found("랜드") == currency::zar);
  CHECK(found("크로나") == *currency::from_code("SEK"));
  CHECK(found("크로네") == *currency::from_code("NOK"));
  CHECK(found("달러화") == currency::usd);
  CHECK(found("유로화") == currency::eur);
  CHECK(found("파운드화") == currency::gbp);
  CHECK(found("프랑스프랑") == *currency::from_code("FRF"));
}

TEST_CASE("currency: Korean names of withdrawn and smaller currencies", "[currency]") {
  const auto code = [](std::string_view name) { return std::string(found(name).code()); };
  SECTION("Finnish markka, German mark") {
    CHECK(code("마르카") == "FIM");
    CHECK(code("핀란드 마르카") == "FIM");
    CHECK(code("핀란드마르카") == "FIM");
    CHECK(code("markka") == "FIM");
    CHECK(code("마르크") == "DEM");
    CHECK(code("독일 마르크") == "DEM");
    CHECK(code("Deutsche Mark") == "DEM");
    CHECK(find_currency("마르크")->ambiguous);
    CHECK_FALSE(find_currency("마르카")->ambiguous);
    CHECK(found("마르카").historic());
  }
  SECTION("Spanish peseta, Dutch guilder") {
    CHECK(code("페세타") == "ESP");
    CHECK(code("스페인 페세타") == "ESP");
    CHECK(code("pesetas") == "ESP");
    CHECK(code("휠던") == "NLG");
    CHECK(code("네덜란드 휠던") == "NLG");
    CHECK(code("네덜란드길더") == "NLG");
    CHECK(code("길더") == "NLG");
    CHECK(find_currency("길더")->ambiguous);
    CHECK_FALSE(find_currency("휠던")->ambiguous);
  }
  SECTION("colón, lari, kip") {
    CHECK(code("콜론") == "CRC");
    CHECK(find_currency("콜론")->ambiguous);
    CHECK(code("코스타리카 콜론") == "CRC");
    CHECK(code("엘살바도르 콜론") == "SVC");
    CHECK(code("라리") == "GEL");
    CHECK(code("조지아 라리") == "GEL");
    CHECK(code("lari") == "GEL");
    CHECK(code("킵") == "LAK");
    CHECK(code("라오스 킵") == "LAK");
    CHECK(code("kip") == "LAK");
  }
  SECTION("rupees with a country") {
    CHECK(code("스리랑카 루피") == "LKR");
    CHECK(code("스리랑카루피") == "LKR");
    CHECK(code("Sri Lankan rupees") == "LKR");
    CHECK(code("파키스탄 루피") == "PKR");
    CHECK(code("네팔루피") == "NPR");
    CHECK(code("루피") == "INR");  // alone it stays the ambiguous Indian rupee
  }
}

TEST_CASE("currency: ambiguity of Korean names", "[currency]") {
  CHECK(find_currency("달러")->ambiguous);
  CHECK(find_currency("프랑")->ambiguous);
  CHECK(find_currency("페소")->ambiguous);
  CHECK(find_currency("리얄")->ambiguous);
  CHECK(find_currency("크로나")->ambiguous);
  CHECK(find_currency("크로네")->ambiguous);
  CHECK_FALSE(find_currency("미국 달러")->ambiguous);
  CHECK_FALSE(find_currency("홍콩달러")->ambiguous);
  CHECK_FALSE(find_currency("스위스프랑")->ambiguous);
  CHECK_FALSE(find_currency("원")->ambiguous);
  CHECK_FALSE(find_currency("유로")->ambiguous);
}

TEST_CASE("currency: English names in any case", "[currency]") {
  const auto dollars = find_currency("Dollars");
  REQUIRE(dollars);
  CHECK(dollars->value == currency::usd);
  CHECK(dollars->ambiguous);
  CHECK(dollars->length == 7);

  const auto euro = find_currency("euro");
  REQUIRE(euro);
  CHECK(euro->value == currency::eur);
  CHECK_FALSE(euro->ambiguous);

  CHECK(found("renminbi") == currency::cny);
  CHECK(found("DOLLARS") == currency::usd);
  CHECK(found("US dollars") == currency::usd);
  CHECK_FALSE(find_currency("US dollars")->ambiguous);
  CHECK(found("U.S. Dollar") == currency::usd);
  CHECK(found("Pounds") == currency::gbp);
  CHECK(find_currency("pound")->ambiguous);
  CHECK(found("sterling") == currency::gbp);
  CHECK(found("Pound Sterling") == currency::gbp);
  CHECK(found("yen") == currency::jpy);
  CHECK(found("Yuan") == currency::cny);
  CHECK(found("won") == currency::krw);
  CHECK(found("rupees") == currency::inr);
  CHECK(found("roubles") == currency::rub);
  CHECK(found("Rubles") == currency::rub);
  CHECK(found("francs") == currency::chf);
  CHECK(find_currency("franc")->ambiguous);
  CHECK(found("Swiss francs") == currency::chf);
  CHECK(found("Hong Kong dollar") == currency::hkd);
}

TEST_CASE("currency: symbols", "[currency]") {
  CHECK(found("₩") == currency::krw);
  CHECK(found("￦") == currency::krw);
  CHECK(find_currency("$")->value == currency::usd);
  CHECK(find_currency("$")->ambiguous);
  CHECK(find_currency("US$")->value == currency::usd);
  CHECK_FALSE(find_currency("US$")->ambiguous);
  CHECK(found("HK$") == currency::hkd);
  CHECK(found("A$") == currency::aud);
  CHECK(found("AU$") == currency::aud);
  CHECK(found("C$") == currency::cad);
  CHECK(found("CA$") == currency::cad);
  CHECK(found("S$") == currency::sgd);
  CHECK(found("NT$") == currency::twd);
  CHECK(found("NZ$") == *currency::from_code("NZD"));
  CHECK(found("R$") == currency::brl);
  CHECK(found("€") == currency::eur);
  CHECK(found("£") == currency::gbp);
  CHECK(find_currency("¥")->value == currency::jpy);
  CHECK(find_currency("¥")->ambiguous);
  CHECK(find_currency("￥")->value == currency::jpy);
  CHECK(find_currency("￥")->ambiguous);
  CHECK(found("元") == currency::cny);
  CHECK(found("円") == currency::jpy);
  CHECK(found("₹") == currency::inr);
  CHECK(found("₽") == currency::rub);
  CHECK(found("₺") == currency::try_);
  CHECK(found("₫") == currency::vnd);
  CHECK(found("฿") == currency::thb);
  CHECK_FALSE(find_currency("us$"));  // symbols are exact
}

TEST_CASE("currency: codes as names", "[currency]") {
  CHECK(found("KRW") == currency::krw);
  CHECK(found("USD") == currency::usd);
  CHECK(found("ROL") == *currency::from_code("ROL"));
  CHECK_FALSE(find_currency("USD")->ambiguous);
  CHECK(find_currency("USD")->length == 3);
  CHECK_FALSE(find_currency("XYZ"));
  CHECK_FALSE(find_currency("krw"));
  CHECK_FALSE(find_currency("usd"));
}

TEST_CASE("currency: whole-string lookup needs the whole string", "[currency]") {
  CHECK_FALSE(find_currency(""));
  CHECK_FALSE(find_currency(" 유로"));
  CHECK_FALSE(find_currency("유로 "));
  CHECK_FALSE(find_currency("유로를"));
  CHECK_FALSE(find_currency("프랑스"));  // France, not a franc
  CHECK_FALSE(find_currency("엔진"));
  CHECK_FALSE(find_currency("미국"));
}

TEST_CASE("currency: every Korean name finds its currency", "[currency]") {
  for (std::size_t i = 1; i < eok::detail::currency_table_size; ++i) {
    const auto c = currency::from_code(eok::detail::currency_table[i].code);
    REQUIRE(c);
    if (c->korean_name().empty()) continue;
    INFO(std::string(c->code()) + " " + std::string(c->korean_name()));
    CHECK(found(c->korean_name()) == *c);
  }
}

// ---- matching after an amount -----------------------------------------------------------------

TEST_CASE("currency: prefix 유로를 is EUR with length 6", "[currency]") {
  const auto m = match_currency_prefix("유로를");
  REQUIRE(m);
  CHECK(m->value == currency::eur);
  CHECK(m->length == 6);
}

TEST_CASE("currency: prefix matches take the longest alias", "[currency]") {
  SECTION("미국 달러 over 미국 and 달러") {
    const std::string_view text = "미국  달러 규모";
    const auto m = match_currency_prefix(text);
    REQUIRE(m);
    CHECK(m->value == currency::usd);
    CHECK_FALSE(m->ambiguous);
    CHECK(m->length == text.find(" 규모"));
    CHECK(m->length == 14);
  }
  SECTION("달러화 over 달러") {
    const auto m = match_currency_prefix("달러화로");
    REQUIRE(m);
    CHECK(m->length == 9);
    CHECK(m->ambiguous);
  }
  SECTION("루피아 over 루피") {
    const auto m = match_currency_prefix("루피아를");
    REQUIRE(m);
    CHECK(m->value == *currency::from_code("IDR"));
    CHECK(m->length == 9);
    CHECK_FALSE(m->ambiguous);
  }
  SECTION("US$ over $") {
    const auto m = match_currency_prefix("US$ 기준");
    REQUIRE(m);
    CHECK(m->value == currency::usd);
    CHECK(m->length == 3);
    CHECK_FALSE(m->ambiguous);
  }
  SECTION("홍콩 달러 over 달러") {
    const auto m = match_currency_prefix("홍콩 달러)");
    REQUIRE(m);
    CHECK(m->value == currency::hkd);
    CHECK(m->length == 13);
  }
  SECTION("US dollars over dollars") {
    const auto m = match_currency_prefix("US dollars, up");
    REQUIRE(m);
    CHECK(m->value == currency::usd);
    CHECK(m->length == 10);
  }
}

TEST_CASE("currency: prefix spaces in an alias match any whitespace run", "[currency]") {
  SECTION("tab") {
    const auto m = match_currency_prefix("미국\t달러");
    REQUIRE(m);
    CHECK(m->length == 13);
  }
  SECTION("no-break space U+00A0") {
    const auto m = match_currency_prefix("미국\xC2\xA0달러");
    REQUIRE(m);
    CHECK(m->value == currency::usd);
    CHECK(m->length == 14);
  }
  SECTION("ideographic space U+3000") {
    const auto m = match_currency_prefix("스위스　프랑을");
    REQUIRE(m);
    CHECK(m->value == currency::chf);
    CHECK(m->length == 18);
  }
  SECTION("several kinds in a row") {
    const auto m = match_currency_prefix("US \t\xC2\xA0 dollars");
    REQUIRE(m);
    CHECK(m->value == currency::usd);
    CHECK(m->length == 14);
  }
  SECTION("no space at all is a different alias") {
    CHECK(match_currency_prefix("미국달러")->length == 12);
    const auto m = match_currency_prefix("USdollars");
    CHECK_FALSE(m);
  }
}

TEST_CASE("currency: prefix Latin aliases end at a word boundary", "[currency]") {
  const auto dollars = match_currency_prefix("dollars.");
  REQUIRE(dollars);
  CHECK(dollars->value == currency::usd);
  CHECK(dollars->length == 7);

  CHECK_FALSE(match_currency_prefix("eurozone"));
  CHECK_FALSE(match_currency_prefix("USDA"));
  CHECK_FALSE(match_currency_prefix("wonder"));
  CHECK_FALSE(match_currency_prefix("yenta"));
  CHECK_FALSE(match_currency_prefix("KRW2"));
  CHECK(match_currency_prefix("KRW,")->length == 3);
  CHECK(match_currency_prefix("USD)")->value == currency::usd);
  CHECK(match_currency_prefix("Euros; ")->length == 5);
  CHECK(match_currency_prefix("won.")->value == currency::krw);
  CHECK(match_currency_prefix("$100")->length == 1);  // symbols need no boundary
  CHECK(match_currency_prefix("RMB.")->value == currency::cny);
  CHECK_FALSE(match_currency_prefix("RMBS"));
}

TEST_CASE("currency: prefix Korean names take particles", "[currency]") {
  CHECK(match_currency_prefix("달러의")->length == 6);
  CHECK(match_currency_prefix("원이")->value == currency::krw);
  CHECK(match_currency_prefix("원이")->length == 3);
  CHECK(match_currency_prefix("위안화를")->length == 9);
  CHECK(match_currency_prefix("엔(약")->length == 3);
  CHECK(match_currency_prefix("달러(약 4000억원)")->length == 6);
}

TEST_CASE("currency: prefix look-alike words match nothing", "[currency]") {
  CHECK_FALSE(match_currency_prefix("프랑스에"));
  CHECK_FALSE(match_currency_prefix("엔진을"));
  CHECK_FALSE(match_currency_prefix("라리가에서"));  // La Liga
  CHECK_FALSE(match_currency_prefix("마르크스의"));  // Marx
  CHECK(match_currency_prefix("라리를")->value == *currency::from_code("GEL"));
  CHECK(match_currency_prefix("라리를")->length == 6);
  CHECK(match_currency_prefix("마르크를")->value == *currency::from_code("DEM"));
  CHECK(match_currency_prefix("프랑스 프랑으로")->value == *currency::from_code("FRF"));
  CHECK(match_currency_prefix("프랑으로")->value == currency::chf);
}

TEST_CASE("currency: prefix misses", "[currency]") {
  CHECK_FALSE(match_currency_prefix(""));
  CHECK_FALSE(match_currency_prefix(" 달러"));  // leading whitespace is the caller's job
  CHECK_FALSE(match_currency_prefix("억 원"));
  CHECK_FALSE(match_currency_prefix("명이"));
  CHECK_FALSE(match_currency_prefix("%"));
  CHECK_FALSE(match_currency_prefix("미국"));
  CHECK_FALSE(match_currency_prefix("미국 "));
  CHECK_FALSE(match_currency_prefix("US"));
  CHECK_FALSE(match_currency_prefix("XYZ"));
  CHECK_FALSE(match_currency_prefix("krw"));
  CHECK_FALSE(match_currency_prefix("\xEC\x9B"));  // a cut-off 원
  CHECK_FALSE(match_currency_prefix("\xA0"));
}

// ---- matching before an amount ----------------------------------------------------------------

TEST_CASE("currency: suffix US$ is USD with length 3", "[currency]") {
  const auto m = match_currency_suffix("US$");
  REQUIRE(m);
  CHECK(m->value == currency::usd);
  CHECK_FALSE(m->ambiguous);
  CHECK(m->length == 3);
}

TEST_CASE("currency: suffix counts trailing whitespace", "[currency]") {
  const auto krw = match_currency_suffix("KRW ");
  REQUIRE(krw);
  CHECK(krw->value == currency::krw);
  CHECK(krw->length == 4);

  const auto mihwa = match_currency_suffix("총 미화 ");
  REQUIRE(mihwa);
  CHECK(mihwa->value == currency::usd);
  CHECK(mihwa->length == 7);

  const auto nbsp = match_currency_suffix("약 ₩\xC2\xA0\t");
  REQUIRE(nbsp);
  CHECK(nbsp->value == currency::krw);
  CHECK(nbsp->length == 6);
}

TEST_CASE("currency: suffix takes the longest symbol", "[currency]") {
  CHECK(match_currency_suffix("매출 HK$")->value == currency::hkd);
  CHECK(match_currency_suffix("매출 HK$")->length == 3);
  CHECK(match_currency_suffix("(NT$")->value == currency::twd);
  CHECK(match_currency_suffix("AU$")->value == currency::aud);
  CHECK(match_currency_suffix("CA$")->length == 3);
  CHECK(match_currency_suffix("CN¥")->value == currency::cny);
  CHECK_FALSE(match_currency_suffix("CN¥")->ambiguous);
  CHECK(match_currency_suffix("가격 ¥")->ambiguous);
  CHECK(match_currency_suffix("가격 $")->ambiguous);
  CHECK(match_currency_suffix("가격 $")->length == 1);
  CHECK(match_currency_suffix("€")->value == currency::eur);
  CHECK(match_currency_suffix("(£")->value == currency::gbp);
  CHECK(match_currency_suffix("RMB ")->value == currency::cny);
}

TEST_CASE("currency: suffix codes and Latin symbols start at a word boundary", "[currency]") {
  CHECK(match_currency_suffix("(USD ")->value == currency::usd);
  CHECK(match_currency_suffix("약USD")->value == currency::usd);
  CHECK_FALSE(match_currency_suffix("XUSD"));
  CHECK_FALSE(match_currency_suffix("2KRW"));
  CHECK(match_currency_suffix("XUS$")->value == currency::usd);  // falls back to $
  CHECK(match_currency_suffix("XUS$")->ambiguous);
}

TEST_CASE("currency: suffix ignores names written after amounts", "[currency]") {
  CHECK_FALSE(match_currency_suffix("101동 "));
  CHECK_FALSE(match_currency_suffix("1,000원 "));
  CHECK_FALSE(match_currency_suffix("달러 "));
  CHECK_FALSE(match_currency_suffix("dollars "));
  CHECK_FALSE(match_currency_suffix("100元"));
  CHECK_FALSE(match_currency_suffix(""));
  CHECK_FALSE(match_currency_suffix("   "));
  CHECK_FALSE(match_currency_suffix("krw "));
  CHECK_FALSE(match_currency_suffix("XYZ"));
}
