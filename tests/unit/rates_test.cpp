// Lookups against the bundled ECB and FRED history; every expected rate is the published value
// (ECB euro reference rates; Federal Reserve H.10 via FRED), checked by hand in the source data.
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/rates/rates.hpp>

#include <algorithm>
#include <string>
#include <vector>

using eok::currency;
using eok::decimal;
using eok::lookup;
using eok::lookup_policy;
using eok::ratio;

namespace {
eok::date_type day(const char* s) { return eok::parse_date(s); }
ratio r(const char* s) { return ratio(decimal::parse(s)); }
currency cur(const char* code) { return *currency::from_code(code); }
std::string codes(const std::vector<currency>& path) {
  std::string s;
  for (currency c : path) s += (s.empty() ? "" : ">") + std::string(c.code());
  return s;
}
using eok::test::error_text;
const eok::rate_store& rates() { return eok::bundled_rates(); }
}  // namespace

TEST_CASE("rates: dates are read strictly as YYYY-MM-DD, errors name the position", "[rates][date]") {
  CHECK(eok::format_date(day("2025-02-10")) == "2025-02-10");
  CHECK(eok::format_date(day("2024-02-29")) == "2024-02-29");
  CHECK(eok::format_date(day("0999-01-01")) == "0999-01-01");
  auto err = [](const char* text) { return std::string(eok::try_parse_date(text).error().what()); };
  CHECK(err("2025-02-30") == "parse error at line 1, column 9: 2025-02-30 does not exist: February 2025 has 28 days");
  CHECK(err("2023-02-29") == "parse error at line 1, column 9: 2023-02-29 does not exist: February 2023 has 28 days");
  CHECK(err("2025-04-31") == "parse error at line 1, column 9: 2025-04-31 does not exist: April 2025 has 30 days");
  CHECK(err("2025-13-01") == "parse error at line 1, column 6: month 13 does not exist (expected 01 to 12)");
  CHECK(err("2025/02/10") == "parse error at line 1, column 5: expected a date YYYY-MM-DD, found '2025/02/10'");
  CHECK(err("2025-2-10") == "parse error at line 1, column 7: expected a date YYYY-MM-DD, found '2025-2-10'");
  CHECK(err("2025-02-100") == "parse error at line 1, column 11: expected a date YYYY-MM-DD, found '2025-02-100'");
  CHECK(err("") == "parse error at line 1, column 1: expected a date YYYY-MM-DD, found ''");
  CHECK(eok::try_parse_date("2025-02-30").error().code() == eok::errc::invalid_date);
  CHECK_THROWS_AS(eok::parse_date("2025-00-10"), eok::parse_error);
}

TEST_CASE("rates: periods for averages", "[rates][date]") {
  auto shown = [](const char* text) {
    const eok::date_range p = eok::parse_period(text);
    return eok::format_date(p.first) + ".." + eok::format_date(p.last);
  };
  CHECK(shown("2024") == "2024-01-01..2024-12-31");
  CHECK(shown("2024-02") == "2024-02-01..2024-02-29");
  CHECK(shown("2025-02") == "2025-02-01..2025-02-28");
  CHECK(shown("FY2024-04") == "2024-04-01..2025-03-31");
  CHECK(shown("FY2023-10") == "2023-10-01..2024-09-30");
  CHECK(shown("2024-01-01..2024-06-30") == "2024-01-01..2024-06-30");
  CHECK(shown("2024-04..2025-03") == "2024-04-01..2025-03-31");
  CHECK(shown("2023..2024") == "2023-01-01..2024-12-31");
  CHECK(shown("2025-02-10") == "2025-02-10..2025-02-10");
  auto err = [](const char* text) { return std::string(eok::try_parse_period(text).error().what()); };
  CHECK(err("2024-13") == "parse error at line 1, column 6: month 13 does not exist (expected 01 to 12)");
  CHECK(err("2024..2023") == "parse error at line 1, column 7: the period ends before it starts");
  CHECK(err("24") ==
        "parse error at line 1, column 3: expected a period: YYYY, YYYY-MM, FYYYYY-MM or a range FIRST..LAST, found '24'");
  CHECK(err("FY2024") ==
        "parse error at line 1, column 7: a fiscal year is written FYYYYY-MM: the year and month it starts, as FY2024-04");
  CHECK(err("2024-02-30..2024-03-01") == "parse error at line 1, column 9: 2024-02-30 does not exist: February 2024 has 29 days");
  const eok::date_range fy = eok::fiscal_year(2024, 4);
  CHECK(eok::format_date(fy.first) == "2024-04-01");
  CHECK(eok::format_date(fy.last) == "2025-03-31");
}

TEST_CASE("rates: ECB EUR/KRW on 2025-02-10 is 1496.81", "[rates]") {
  const auto q = rates().find(currency::eur, currency::krw, day("2025-02-10"));
  REQUIRE(q);
  CHECK(q->rate == r("1496.81"));
  CHECK(eok::format_date(q->date) == "2025-02-10");
  CHECK(q->source == "ecb");
  CHECK(codes(q->path) == "EUR>KRW");
  CHECK(q->from == currency::eur);
  CHECK(q->to == currency::krw);
}

TEST_CASE("rates: Saturday 2025-02-08 uses Friday 2025-02-07 under on-or-before", "[rates]") {
  const auto q = rates().find(currency::eur, currency::krw, day("2025-02-08"));
  REQUIRE(q);
  CHECK(q->rate == r("1501.65"));
  CHECK(eok::format_date(q->date) == "2025-02-07");
  SECTION("nearest on Sunday 2025-02-09 is Monday") {
    const auto n = rates().find(currency::eur, currency::krw, day("2025-02-09"), {lookup::nearest, 7});
    REQUIRE(n);
    CHECK(eok::format_date(n->date) == "2025-02-10");
  }
  SECTION("nearest on Saturday is a tie, and the earlier date wins") {
    // 2025-02-08 is one day after Friday and two before Monday.
    const auto n = rates().find(currency::eur, currency::krw, day("2025-02-08"), {lookup::nearest, 7});
    REQUIRE(n);
    CHECK(eok::format_date(n->date) == "2025-02-07");
  }
  SECTION("a gap limit of 0 days refuses the weekend") {
    CHECK_FALSE(rates().find(currency::eur, currency::krw, day("2025-02-08"), {lookup::on_or_before, 0}));
  }
}

TEST_CASE("rates: policy exact on a weekend and dates outside the data are clear errors", "[rates][error]") {
  CHECK_FALSE(rates().find(currency::eur, currency::krw, day("2025-02-08"), {lookup::exact, 7}));
  CHECK(error_text([] { (void)rates().get(currency::eur, currency::krw, day("2025-02-08"), {lookup::exact, 7}); }) ==
        "no ecb rate for EUR/KRW on 2025-02-08 under policy exact; nearest dates with a rate: 2025-02-07 before, "
        "2025-02-10 after");
  CHECK(error_text([] { (void)rates().get(currency::eur, currency::krw, day("1998-12-31")); }) ==
        "no ecb rate for EUR/KRW on 1998-12-31 under policy on-or-before (at most 7 days back); nearest dates with a "
        "rate: none before, 1999-01-04 after");
  CHECK(error_text([] { (void)rates().get(currency::usd, currency::krw, day("2030-01-01")); }) ==
        "no ecb rate for USD/KRW on 2030-01-01 under policy on-or-before (at most 7 days back); nearest dates with a "
        "rate: 2026-04-13 before, none after; the rates end on 2026-04-13; add newer ones with eok rates import");
  CHECK(error_text([] {
          (void)rates().get(cur("ISK"), currency::eur, day("2012-06-01"), {lookup::nearest, 7});
        }) == "no ecb rate for ISK/EUR on 2012-06-01 under policy nearest (at most 7 days away); nearest dates with a "
              "rate: 2008-12-09 before, 2018-02-01 after");
  try {
    (void)rates().get(currency::eur, currency::krw, day("2025-02-08"), {lookup::exact, 7});
  } catch (const eok::rate_not_found& e) {
    CHECK(e.code() == eok::errc::rate_not_found);
  }
}

TEST_CASE("rates: unknown sources and unconnected pairs", "[rates][error]") {
  CHECK(error_text([] { (void)rates().find(currency::eur, currency::krw, day("2025-02-10"), {}, "boe"); }) ==
        "unknown rate source 'boe' (loaded: ecb, fred)");
  CHECK_FALSE(rates().find(cur("TWD"), currency::krw, day("2025-02-10")));
  CHECK(error_text([] { (void)rates().get(cur("TWD"), currency::krw, day("2025-02-10")); }) ==
        "no ecb rate for TWD/KRW on 2025-02-10: the ecb table has no series connecting TWD and KRW");
  CHECK(error_text([] { (void)rates().find(currency(), currency::krw, day("2025-02-10")); }) ==
        "a rate lookup needs two valid currencies");
}

TEST_CASE("rates: inverse and cross rates are exact ratios on one publication date", "[rates]") {
  const auto inv = rates().find(currency::krw, currency::eur, day("2025-02-10"));
  REQUIRE(inv);
  CHECK(inv->rate.to_string() == "100/149681");
  CHECK(codes(inv->path) == "KRW>EUR");
  const auto cross = rates().find(currency::usd, currency::krw, day("2025-02-10"));
  REQUIRE(cross);
  CHECK(cross->rate == r("1496.81") / r("1.032"));
  CHECK(cross->rate.to_string() == "748405/516");
  CHECK(codes(cross->path) == "USD>EUR>KRW");
  const auto yen = rates().find(currency::jpy, currency::krw, day("2025-02-08"));
  REQUIRE(yen);
  CHECK(yen->rate == r("1501.65") / r("157.77"));
  CHECK(eok::format_date(yen->date) == "2025-02-07");
  const auto same = rates().find(currency::krw, currency::krw, day("2025-02-08"));
  REQUIRE(same);
  CHECK(same->rate == ratio(1));
  CHECK(codes(same->path) == "KRW");
  SECTION("Easter 2025: Good Friday and Easter Monday have no rate; Thursday's is used") {
    const auto q = rates().find(currency::eur, currency::krw, day("2025-04-21"));
    REQUIRE(q);
    CHECK(eok::format_date(q->date) == "2025-04-17");
    CHECK(q->rate == r("1609.12"));
  }
}

TEST_CASE("rates: FRED H.10 is a second source with USD as its hub", "[rates]") {
  const auto q = rates().find(currency::usd, currency::krw, day("2025-02-10"), {}, "fred");
  REQUIRE(q);
  CHECK(q->rate == ratio(1451));
  CHECK(q->source == "fred");
  CHECK(codes(q->path) == "USD>KRW");
  const auto eur = rates().find(currency::eur, currency::krw, day("2025-02-10"), {}, "fred");
  REQUIRE(eur);
  CHECK(eur->rate == r("1496.2712"));  // 1.0312 USD per EUR x 1451.00 KRW per USD
  CHECK(codes(eur->path) == "EUR>USD>KRW");
  // DEXKOUS runs to 2026-03-27, DEXUSEU only to 2025-09-26: no FRED EUR/KRW after that.
  CHECK(rates().find(currency::usd, currency::krw, day("2026-03-27"), {}, "fred"));
  CHECK(error_text([] { (void)rates().get(currency::eur, currency::krw, day("2026-01-05"), {}, "fred"); }) ==
        "no fred rate for EUR/KRW on 2026-01-05 under policy on-or-before (at most 7 days back); nearest dates with "
        "a rate: 2025-09-26 before, none after; the rates end on 2025-09-26; add newer ones with eok rates import");
}

TEST_CASE("rates: series lists every publication date in a range", "[rates]") {
  const auto s = rates().series(currency::eur, currency::krw, day("2025-02-06"), day("2025-02-11"));
  REQUIRE(s.size() == 4);
  CHECK(eok::format_date(s[0].date) == "2025-02-06");
  CHECK(s[0].rate == r("1502.98"));
  CHECK(eok::format_date(s[1].date) == "2025-02-07");
  CHECK(eok::format_date(s[2].date) == "2025-02-10");
  CHECK(eok::format_date(s[3].date) == "2025-02-11");
  CHECK(s[3].rate == r("1500.7"));
  const auto cross = rates().series(currency::usd, currency::krw, day("2025-02-08"), day("2025-02-10"));
  REQUIRE(cross.size() == 1);
  CHECK(cross[0].rate.to_string() == "748405/516");
  CHECK(rates().series(currency::eur, currency::krw, day("1990-01-01"), day("1998-12-31")).empty());
}

TEST_CASE("rates: averages are the exact mean of the daily rates", "[rates]") {
  // 20 ECB rates in March 2024 and 256 in 2024 (sums checked by hand from the published values).
  const auto march = rates().find_average(currency::eur, currency::krw, day("2024-03-01"), day("2024-03-31"));
  REQUIRE(march);
  CHECK(march->rate == r("1448.117"));
  CHECK(march->days == 20);
  CHECK(eok::format_date(march->first) == "2024-03-01");
  CHECK(eok::format_date(march->last) == "2024-03-28");
  const auto year = rates().average(currency::eur, currency::krw, day("2024-01-01"), day("2024-12-31"));
  REQUIRE(year);
  CHECK(*year == r("1475.4041015625"));
  CHECK(year->to_string() == "7554069/5120");
  CHECK_FALSE(rates().average(currency::eur, currency::krw, day("1990-01-01"), day("1990-12-31")));
  CHECK(error_text([] {
          (void)rates().get_average(currency::eur, currency::krw, day("1990-01-01"), day("1990-12-31"));
        }) == "no ecb rate for EUR/KRW between 1990-01-01 and 1990-12-31; nearest dates with a rate: none before, "
              "1999-01-04 after");
}

TEST_CASE("rates: coverage of the bundled sources", "[rates]") {
  REQUIRE(rates().sources().size() == 2);
  CHECK(rates().sources()[0].id == "ecb");
  CHECK(rates().sources()[0].publisher == "European Central Bank");
  CHECK(rates().sources()[1].id == "fred");
  const auto ecb = rates().coverage("ecb");
  CHECK(ecb.size() == 41);
  const auto krw = std::find_if(ecb.begin(), ecb.end(), [](const eok::series_info& s) { return s.quote == currency::krw; });
  REQUIRE(krw != ecb.end());
  CHECK(eok::format_date(krw->first) == "1999-01-04");
  CHECK(eok::format_date(krw->last) == "2026-04-13");
  CHECK(krw->count == 6983);
  const auto fred = rates().coverage("fred");
  REQUIRE(fred.size() == 4);
  CHECK(fred[3].series_id == "DEXKOUS");
  CHECK(eok::format_date(fred[3].last) == "2026-03-27");
}

TEST_CASE("rates: tables built in code, per 100, and replacing a source", "[rates]") {
  eok::rate_table t;
  t.info = {"bok", "매매기준율", "Bank of Korea", "Source: Bank of Korea (test values).", "https://ecos.bok.or.kr/"};
  t.series.push_back({currency::jpy, currency::krw, 100, "", {{day("2025-02-10"), decimal::parse("987.65")}}});
  t.series.push_back({currency::usd, currency::krw, 1, "", {{day("2025-02-10"), decimal::parse("1234.50")}}});
  eok::rate_store store;
  store.add(t);
  const auto yen = store.find(currency::jpy, currency::krw, day("2025-02-10"), {}, "bok");
  REQUIRE(yen);
  CHECK(yen->rate == r("9.8765"));
  const auto usd_jpy = store.find(currency::usd, currency::jpy, day("2025-02-10"), {}, "bok");
  REQUIRE(usd_jpy);
  CHECK(usd_jpy->rate == r("1234.50") / r("9.8765"));
  CHECK(codes(usd_jpy->path) == "USD>KRW>JPY");

  eok::rate_store both = eok::bundled_rates();
  eok::rate_table fake_ecb = t;
  fake_ecb.info.id = "ecb";
  both.add(fake_ecb);
  CHECK(both.sources().size() == 2);
  CHECK(both.sources()[0].publisher == "Bank of Korea");
  CHECK_FALSE(both.find(currency::eur, currency::krw, day("2025-02-10")));  // replaced wholesale
  CHECK(eok::bundled_rates().find(currency::eur, currency::krw, day("2025-02-10")));  // the original is untouched

  SECTION("validation of tables built in code") {
    eok::rate_table bad = t;
    bad.series[0].points.push_back({day("2025-02-10"), decimal::parse("1")});
    CHECK(error_text([&] { store.add(bad); }) ==
          "rate table 'bok': series JPY/KRW: dates must be strictly ascending (2025-02-10 after 2025-02-10)");
    bad = t;
    bad.series[1].points[0].value = decimal(0);
    CHECK(error_text([&] { store.add(bad); }) == "rate table 'bok': series USD/KRW on 2025-02-10: a rate must be positive");
    bad = t;
    bad.series[0].per = 0;
    CHECK(error_text([&] { store.add(bad); }) == "rate table 'bok': series JPY/KRW: per must be at least 1");
    bad = t;
    bad.series.push_back(bad.series[0]);
    CHECK(error_text([&] { store.add(bad); }) == "source 'bok' has two series JPY/KRW");
    bad = t;
    bad.info.id = "Bank";
    CHECK(error_text([&] { store.add(bad); }) ==
          "rate table source id 'Bank' must be lower-case letters, digits, '_' or '-'");
    CHECK(store.sources().size() == 1);  // nothing half-added
  }
}

TEST_CASE("rates: every lookup agrees with a plain scan of the published dates", "[rates]") {
  // The interpolating search must find what a linear walk finds, on every day of 2008-2009
  // (ISK stops on 2008-12-09) and across the first and last dates of the series.
  const auto all = rates().series(cur("ISK"), currency::eur, day("1990-01-01"), day("2030-01-01"));
  REQUIRE(all.size() == 4642);
  std::size_t mismatches = 0;
  for (const char* range : {"1998-12-20..1999-02-10", "2008-01-01..2009-12-31", "2018-01-20..2018-02-20",
                            "2026-03-30..2026-04-30"}) {
    const eok::date_range p = eok::parse_period(range);
    for (eok::date_type d = p.first; d <= p.last; d += date::days(1)) {
      const eok::rate_quote* before = nullptr;
      const eok::rate_quote* after = nullptr;
      for (const auto& q : all) {
        if (q.date <= d) before = &q;
        if (q.date >= d && after == nullptr) after = &q;
      }
      const auto b = rates().find_rate(cur("ISK"), currency::eur, d, {lookup::on_or_before, 100000});
      const auto a = rates().find(cur("ISK"), currency::eur, d, {lookup::nearest, 100000});
      if ((before == nullptr) != !b || (b && b->date != before->date)) ++mismatches;
      const eok::rate_quote* near = before;
      if (after != nullptr && (before == nullptr || (after->date - d) < (d - before->date))) near = after;
      if (!a || a->date != near->date || a->rate != near->rate) ++mismatches;
    }
  }
  CHECK(mismatches == 0);
  const auto q = rates().find_rate(currency::eur, currency::krw, day("2025-02-08"));
  REQUIRE(q);
  CHECK(q->rate == r("1501.65"));
  CHECK(eok::format_date(q->date) == "2025-02-07");
}
