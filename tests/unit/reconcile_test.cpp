// The reconciliation engine on hand-built figures and hand-typed ECB rates (eurofxref-hist.csv):
// each expected interval below was worked out by hand and is pinned digit for digit.
#include "../support/catch.hpp"
#include "../support/reconcile_fixtures.hpp"

#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <string>
#include <vector>

using namespace eok;
using eok::test::day;
using eok::test::dec;
using eok::test::hand_rates;
using eok::test::money_figure;

namespace {

/// An article with a single conversion X (Y).
article conversion_article(date::sys_days on, figure x, figure y) {
  article a;
  a.id = "a";
  a.date = on;
  a.figures = {std::move(x), std::move(y)};
  a.conversions = {{0, 1}};
  return a;
}

const currency krw = currency::krw;
const currency eur = currency::eur;
const currency usd = currency::usd;
const currency jpy = currency::jpy;

}  // namespace

// ---- intervals ----------------------------------------------------------------------------

TEST_CASE("reconcile: the rounding unit ignores trailing zeros", "[reconcile]") {
  CHECK(rounding_unit(money_figure("약 1조7,000억원", "1700000000000", "100000000", krw, true)).to_string() ==
        "100000000000");
  CHECK(rounding_unit(money_figure("약 163조원", "163000000000000", "1000000000000", krw, true)).to_string() ==
        "1000000000000");
  CHECK(rounding_unit(money_figure("7억5,000만 유로", "750000000", "10000", eur)).to_string() == "10000000");
  CHECK(rounding_unit(money_figure("1090억유로", "109000000000", "100000000", eur)).to_string() == "1000000000");
  CHECK(rounding_unit(money_figure("12.50달러", "12.50", "0.01", usd)).to_string() == "0.1");
  CHECK(rounding_unit(money_figure("1,234원", "1234", "1", krw)).to_string() == "1");
}

TEST_CASE("reconcile: a figure's strict and loose intervals", "[reconcile]") {
  const figure y = money_figure("약 163조원", "163000000000000", "1000000000000", krw, true);
  CHECK(figure_interval(y, reading::strict)->to_string(0) == "[162500000000000, 163500000000000)");
  CHECK(figure_interval(y, reading::loose)->to_string(0) == "(162000000000000, 164000000000000)");
  SECTION("a figure that is not approximate reads strictly either way") {
    const figure x = money_figure("1090억유로", "109000000000", "100000000", eur);
    CHECK(figure_interval(x, reading::loose)->to_string(0) == "[108500000000, 109500000000)");
  }
  SECTION("bound words as written; a conversion ignores them") {
    figure f = money_figure("최대 4,200억 유로", "420000000000", "100000000", eur);
    f.bound = bound_kind::at_most;
    CHECK(figure_interval(f, reading::strict)->to_string(0) == "[0, 420000000000]");
    f.bound = bound_kind::more_than;
    CHECK(figure_interval(f, reading::strict)->to_string(0) == "(420000000000, inf)");
    CHECK(amount_interval(f, reading::strict)->to_string(0) == "[415000000000, 425000000000)");
  }
  SECTION("ranges are closed, bands exclude their top") {
    figure f;
    f.kind = figure_kind::money;
    f.cur = krw;
    f.low = dec("2000000000000");
    f.high = dec("3000000000000");
    f.range = true;
    CHECK(figure_interval(f, reading::strict)->to_string(0) == "[2000000000000, 3000000000000]");
    f.range = false;
    f.band = true;
    CHECK(figure_interval(f, reading::strict)->to_string(0) == "[2000000000000, 3000000000000)");
    SECTION("8천억원대: the band, not the stated value's rounding") {
      figure b = money_figure("8천억원대", "800000000000", "100000000000", krw);
      b.band = true;
      b.low = dec("800000000000");
      b.high = dec("900000000000");
      CHECK(figure_interval(b, reading::loose)->to_string(0) == "[800000000000, 900000000000)");
    }
  }
}

TEST_CASE("reconcile: interval arithmetic keeps open and closed ends", "[reconcile]") {
  const interval a = interval::half_open(ratio(1), ratio(3));
  const interval b = interval::open(ratio(3), ratio(5));
  CHECK_FALSE(overlaps(a, b));
  CHECK(overlaps(interval::closed(ratio(1), ratio(3)), interval::closed(ratio(3), ratio(4))));
  CHECK(intersection(a, interval::closed(ratio(2), ratio(9))).to_string(0) == "[2, 3)");
  CHECK(product(a, interval::point(ratio(2))).to_string(0) == "[2, 6)");
  CHECK(quotient(interval::half_open(ratio(10), ratio(20)), interval::closed(ratio(2), ratio(4))).to_string(1) ==
        "[2.5, 10.0)");
  CHECK(interval::open(ratio(2), ratio(2)).empty());
  CHECK_FALSE(interval::closed(ratio(2), ratio(2)).empty());
  CHECK(interval::closed(ratio(1), ratio(3)).to_string(2) == "[1.00, 3.00]");
  CHECK(interval::closed(ratio(1) / ratio(3), ratio(2) / ratio(3)).to_string(3) == "[0.333, 0.667]");
}

// ---- conversions on hand-typed ECB rates ---------------------------------------------------

TEST_CASE("reconcile: 1090억유로 (약 163조원) on 2025-02-10 is consistent at ECB 1496.81", "[reconcile]") {
  const auto rates = hand_rates().add(eur, krw, day(2025, 2, 10), "1496.81").oracle();
  const article a = conversion_article(day(2025, 2, 10), money_figure("1090억유로", "109000000000", "100000000", eur),
                                       money_figure("약 163조원", "163000000000000", "1000000000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::consistent);
  CHECK(c.reasons.empty());
  // 162.5조 / 1090억 = 1490.8256..., 163.5조 / 1090억 = 1500.
  CHECK(c.as_conversion().implied_rate->to_string(4) == "[1490.8256, 1500.0000)");
  CHECK(c.as_conversion().loose_rate->to_string(4) == "(1486.2385, 1504.5872)");
  // 1496.81 × 0.995 = 1489.32595 and 1496.81 × 1.005 = 1504.29405.
  CHECK(c.as_conversion().reference_band->to_string(5) == "[1489.32595, 1504.29405]");
  REQUIRE(c.as_conversion().reference);
  CHECK(c.as_conversion().reference->rate == ratio(dec("1496.81")));
  CHECK(c.as_conversion().reference->date == day(2025, 2, 10));
  CHECK(c.as_conversion().reference->source == "ecb");
}

TEST_CASE("reconcile: 1천90억유로 (한화 약 164조원) on 2025-02-20 is consistent at ECB 1500.62", "[reconcile]") {
  const auto rates = hand_rates().add(eur, krw, day(2025, 2, 20), "1500.62").oracle();
  const article a = conversion_article(day(2025, 2, 20), money_figure("1천90억유로", "109000000000", "100000000", eur),
                                       money_figure("한화 약 164조원", "164000000000000", "1000000000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::consistent);
  CHECK(c.as_conversion().implied_rate->to_string(4) == "[1500.0000, 1509.1744)");
}

TEST_CASE("reconcile: a rate fitting only the loose reading is consistent_loose", "[reconcile]") {
  // 50억 유로 (약 7조원) on 2024-12-13 at ECB 1507.58: 50억 × 1507.58 = 7조5,379억, which rounds
  // to 8조, but truncates to 7조.
  const auto rates = hand_rates().add(eur, krw, day(2024, 12, 13), "1507.58").oracle();
  const article a = conversion_article(day(2024, 12, 13), money_figure("50억 유로", "5000000000", "100000000", eur),
                                       money_figure("약 7조원", "7000000000000", "1000000000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::consistent_loose);
  CHECK(c.as_conversion().implied_rate->to_string(0) == "[1300, 1500)");
  CHECK(c.as_conversion().loose_rate->to_string(0) == "(1200, 1600)");
}

TEST_CASE("reconcile: 1090억유로 (약 163억원) is a unit slip; the corrected figure is 163조원", "[reconcile]") {
  const auto rates = hand_rates().add(eur, krw, day(2025, 2, 10), "1496.81").oracle();
  const article a = conversion_article(day(2025, 2, 10), money_figure("1090억유로", "109000000000", "100000000", eur),
                                       money_figure("약 163억원", "16300000000", "100000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.reasons == std::vector<reason>{reason::unit_slip});
  CHECK(*c.as_conversion().slip_factor == ratio(10000));
  CHECK(c.as_conversion().corrected->to_string() == "163000000000000");
  CHECK(c.as_conversion().corrected->to_korean_string() == "163조");
}

TEST_CASE("reconcile: 1090억 달러 (약 163조원) fits the euro's rate: wrong_currency EUR", "[reconcile]") {
  const auto rates = hand_rates()
                         .add(eur, krw, day(2025, 2, 10), "1496.81")
                         .add_cross(usd, krw, day(2025, 2, 10), "1496.81", "1.032")
                         .add_cross(jpy, krw, day(2025, 2, 10), "1496.81", "156.92")
                         .oracle({usd, eur, jpy});
  const article a = conversion_article(day(2025, 2, 10), money_figure("1090억 달러", "109000000000", "100000000", usd),
                                       money_figure("약 163조원", "163000000000000", "1000000000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.reasons == std::vector<reason>{reason::wrong_currency});
  CHECK(c.as_conversion().fits_currency == eur);
  CHECK(c.as_conversion().reference->rate == ratio(dec("1496.81")));
  // 1496.81 / 1.032 = 1450.3972868..., so the USD band is [1443.1453, 1457.6493].
  CHECK(c.as_conversion().reference_band->to_string(4) == "[1443.1453, 1457.6493]");
}

TEST_CASE("reconcile: 5000억달러 (약 718조원) on 2025-02-10 used a late-January rate", "[reconcile]") {
  // USD/KRW as ECB crosses: KRW per EUR / USD per EUR.
  const auto rates = hand_rates()
                         .add_cross(usd, krw, day(2025, 1, 21), "1493.41", "1.0357")  // 1441.95
                         .add_cross(usd, krw, day(2025, 1, 22), "1496.01", "1.0443")  // 1432.55
                         .add_cross(usd, krw, day(2025, 1, 23), "1494.9", "1.0404")   // 1436.85
                         .add_cross(usd, krw, day(2025, 1, 24), "1501.6", "1.0472")   // 1433.91
                         .add_cross(usd, krw, day(2025, 1, 27), "1507.97", "1.053")   // 1432.07
                         .add_cross(usd, krw, day(2025, 1, 28), "1506.81", "1.0421")  // 1445.93
                         .add_cross(usd, krw, day(2025, 2, 10), "1496.81", "1.032")   // 1450.40
                         .oracle({usd});
  const article a = conversion_article(day(2025, 2, 10), money_figure("5000억달러", "500000000000", "100000000", usd),
                                       money_figure("약 718조원", "718000000000000", "1000000000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.reasons == std::vector<reason>{reason::rate_date});
  CHECK(c.as_conversion().loose_rate->to_string(0) == "(1434, 1438)");
  REQUIRE(c.as_conversion().best_date);
  CHECK(*c.as_conversion().best_date == day(2025, 1, 23));
  CHECK(c.as_conversion().reference->rate.to_decimal(4, rounding::half_even).to_string() == "1436.8512");
  SECTION("outside the window the date is not found") {
    reconcile_options narrow;
    narrow.rate_date_window_days = 10;
    const check d = check_conversion(a, 0, a.conversions[0], rates, narrow);
    CHECK(d.reasons == std::vector<reason>{reason::unexplained});
    CHECK_FALSE(d.as_conversion().best_date);
  }
}

TEST_CASE("reconcile: no rate for the date leaves a conversion undetermined", "[reconcile]") {
  const auto rates = hand_rates().add(eur, krw, day(2025, 1, 2), "1500").oracle();
  const article a = conversion_article(day(2025, 2, 10), money_figure("1090억유로", "109000000000", "100000000", eur),
                                       money_figure("약 163조원", "163000000000000", "1000000000000", krw, true));
  const check c = check_conversion(a, 0, a.conversions[0], rates);
  CHECK(c.result == verdict::undetermined);
  CHECK(c.as_conversion().implied_rate->to_string(4) == "[1490.8256, 1500.0000)");
  CHECK_FALSE(c.as_conversion().reference_band);
}

TEST_CASE("reconcile: the tolerance widens the band", "[reconcile]") {
  // At a rate of 1514 the 0.5% band is [1506.43, 1521.57], clear of the implied [1490.83, 1500);
  // a 1% band, [1498.86, 1529.14], reaches it.
  const auto rates = hand_rates().add(eur, krw, day(2025, 2, 10), "1514").oracle();
  const article a = conversion_article(day(2025, 2, 10), money_figure("1090억유로", "109000000000", "100000000", eur),
                                       money_figure("163조원", "163000000000000", "1000000000000", krw));
  CHECK(check_conversion(a, 0, a.conversions[0], rates).result == verdict::inconsistent);
  reconcile_options wide;
  wide.tolerance = dec("0.01");
  CHECK(check_conversion(a, 0, a.conversions[0], rates, wide).result == verdict::consistent);
}

// ---- several conversions of one article ---------------------------------------------------

TEST_CASE("reconcile: 200억 달러 (약 26조원) is the outlier among the article's dollar conversions",
          "[reconcile]") {
  // 2024-12-13: ECB 1507.58 KRW and 1.0518 USD per EUR, so USD/KRW = 1433.33...
  const auto rates = hand_rates()
                         .add_cross(usd, krw, day(2024, 10, 8), "1478.22", "1.0982")  // 1346.04
                         .add_cross(usd, krw, day(2024, 10, 9), "1473.03", "1.0957")  // 1344.37
                         .add_cross(usd, krw, day(2024, 12, 13), "1507.58", "1.0518")
                         .oracle({usd});
  article a;
  a.id = "budget";
  a.date = day(2024, 12, 13);
  a.figures = {money_figure("200억 달러", "20000000000", "100000000", usd),
               money_figure("약 26조원", "26000000000000", "1000000000000", krw, true),
               money_figure("12억 달러", "1200000000", "100000000", usd),
               money_figure("약 1조7,000억원", "1700000000000", "100000000", krw, true),
               money_figure("500억 달러", "50000000000", "100000000", usd),
               money_figure("약 71조6,200억원", "71620000000000", "100000000", krw, true)};
  a.conversions = {{0, 1}, {2, 3}, {4, 5}};
  const auto checks = reconcile({a}, rates);
  REQUIRE(checks.size() == 3);
  CHECK(checks[0].result == verdict::inconsistent);
  CHECK(checks[0].reasons == std::vector<reason>{reason::rate_date, reason::outlier});
  CHECK(*checks[0].as_conversion().best_date == day(2024, 10, 9));
  CHECK(*checks[0].as_conversion().outlier_of == figure_ref{0, 5});
  CHECK(checks[1].result == verdict::consistent);
  CHECK(checks[1].as_conversion().implied_rate->to_string(4) == "[1375.0000, 1458.3334)");
  CHECK(checks[2].result == verdict::consistent);
  CHECK(checks[2].as_conversion().implied_rate->to_string(1) == "[1432.3, 1432.5)");
  CHECK_FALSE(all_consistent(checks));
  SECTION("without rate data the outlier is still found") {
    const auto none = reconcile({a}, hand_rates().oracle());
    CHECK(none[0].result == verdict::inconsistent);
    CHECK(none[0].reasons == std::vector<reason>{reason::outlier});
    CHECK(none[1].result == verdict::undetermined);
  }
}

// ---- relations ----------------------------------------------------------------------------

TEST_CASE("reconcile: relations checked with the same interval rules", "[reconcile]") {
  article a;
  a.date = day(2024, 10, 8);
  SECTION("672억달러 is about 9 times 78억달러") {
    a.figures = {money_figure("672억달러", "67200000000", "100000000", usd),
                 money_figure("78억달러", "7800000000", "100000000", usd)};
    const check c = check_relation(a, 0, relation{relation_kind::multiple, 0, 1, ratio(9), true, "의 약 9배", {}});
    CHECK(c.result == verdict::consistent);
    // [77.5억, 78.5억) × [8.5, 9.5) = [658.75억, 745.75억)
    CHECK(c.as_relation().expected->to_string(0) == "[65875000000, 74575000000)");
    SECTION("but not exactly 9 times") {
      const check d = check_relation(a, 0, relation{relation_kind::multiple, 0, 1, ratio(9), false, "의 9배", {}});
      CHECK(d.result == verdict::inconsistent);
      CHECK(d.reasons == std::vector<reason>{reason::unexplained});
    }
  }
  SECTION("이 중 절반인 7억5,000만 유로 of 총 15억 유로") {
    a.figures = {money_figure("총 15억 유로", "1500000000", "100000000", eur),
                 money_figure("7억5,000만 유로", "750000000", "10000", eur)};
    const check c = check_relation(a, 0, relation{relation_kind::part, 1, 0, ratio(1) / ratio(2), false, "이 중 절반인", {}});
    CHECK(c.result == verdict::consistent);
    // Unhedged figures are exact: 15억 ÷ 2 is 7억5,000만 on the dot.
    CHECK(c.as_relation().expected->to_string(0) == "[750000000, 750000000]");
  }
  SECTION("1억유로씩 총 3억유로, with and without a count") {
    a.figures = {money_figure("1억유로씩", "100000000", "100000000", eur),
                 money_figure("총 3억유로", "300000000", "100000000", eur)};
    CHECK(check_relation(a, 0, relation{relation_kind::total, 1, 0, ratio(3), false, "씩 … 총", {}}).result ==
          verdict::consistent);
    // Unhedged figures are exact for arithmetic: 5 × 1억 is 5억, not 3억, however round 1억 is.
    CHECK(check_relation(a, 0, relation{relation_kind::total, 1, 0, ratio(5), false, "씩 … 총", {}}).result ==
          verdict::inconsistent);
    CHECK(check_relation(a, 0, relation{relation_kind::total, 1, 0, ratio(7), false, "씩 … 총", {}}).result ==
          verdict::inconsistent);
    const check c = check_relation(a, 0, relation{relation_kind::total, 1, 0, std::nullopt, false, "씩 … 총", {}});
    CHECK(c.result == verdict::consistent);
    CHECK(*c.as_relation().implied_count == ratio(3));
  }
  SECTION("5년간 매년 50억 유로 is 250억 유로") {
    a.figures = {money_figure("50억 유로", "5000000000", "100000000", eur),
                 money_figure("250억 유로", "25000000000", "100000000", eur)};
    const check c = check_relation(a, 0, relation{relation_kind::per_period, 1, 0, ratio(5), false, "5년간 매년", {}});
    CHECK(c.result == verdict::consistent);
    CHECK(c.as_relation().expected->to_string(0) == "[25000000000, 25000000000]");
    a.figures[1] = money_figure("2500억 유로", "250000000000", "100000000", eur);
    const check d = check_relation(a, 0, relation{relation_kind::per_period, 1, 0, ratio(5), false, "5년간 매년", {}});
    CHECK(d.result == verdict::inconsistent);
    CHECK(d.reasons == std::vector<reason>{reason::unit_slip});
    CHECK(d.as_relation().corrected->to_string() == "25000000000");
  }
  SECTION("20분의 1 and 두 배") {
    a.figures = {money_figure("10억 유로", "1000000000", "100000000", eur),
                 money_figure("200억 유로", "20000000000", "100000000", eur)};
    CHECK(check_relation(a, 0, relation{relation_kind::multiple, 0, 1, ratio(1) / ratio(20), false, "의 20분의 1", {}})
              .result == verdict::consistent);
    CHECK(check_relation(a, 0, relation{relation_kind::multiple, 1, 0, ratio(2), false, "의 두 배", {}}).result ==
          verdict::inconsistent);
  }
  SECTION("figures in two currencies are not related") {
    a.figures = {money_figure("10억 유로", "1000000000", "100000000", eur),
                 money_figure("10억 달러", "1000000000", "100000000", usd)};
    CHECK(check_relation(a, 0, relation{relation_kind::multiple, 0, 1, ratio(1), false, "", {}}).result ==
          verdict::undetermined);
  }
}

// ---- agreements across articles -----------------------------------------------------------

TEST_CASE("reconcile: 1090억유로 on 2025-02-10 and 1천90억유로 on 2025-02-20 agree; 163조 vs 164조 is each date's rate",
          "[reconcile]") {
  const auto rates = hand_rates()
                         .add(eur, krw, day(2025, 2, 10), "1496.81")
                         .add(eur, krw, day(2025, 2, 20), "1500.62")
                         .oracle({eur});
  article a = conversion_article(day(2025, 2, 10), money_figure("1090억유로", "109000000000", "100000000", eur),
                                 money_figure("약 163조원", "163000000000000", "1000000000000", krw, true));
  article b = conversion_article(day(2025, 2, 20), money_figure("1천90억유로", "109000000000", "100000000", eur),
                                 money_figure("한화 약 164조원", "164000000000000", "1000000000000", krw, true));
  a.text = "프랑스 AI 투자";
  b.text = "프랑스는 AI 인프라에";
  for (article* x : {&a, &b}) {
    for (figure& f : x->figures) f.start = f.end = x->text.size();
  }
  const auto checks = reconcile({a, b}, rates);
  REQUIRE(checks.size() == 3);
  CHECK(checks[0].result == verdict::consistent);
  CHECK(checks[1].result == verdict::consistent);
  const check& g = checks[2];
  CHECK(g.kind == check_kind::agreement);
  CHECK(g.figures == std::vector<figure_ref>{{0, 0}, {1, 0}});
  CHECK(g.result == verdict::consistent);
  // The amount agrees; the won figures differ because each conversion holds at its own date.
  CHECK(g.reasons == std::vector<reason>{reason::rate_date});
  CHECK(explain(g, {a, b}, report_language::en) ==
        "2 reports in 2 articles state the same amount, ‘1090억유로’ (a); shared words: 프랑스; their converted "
        "amounts differ because each was converted at its own date's rate.");
  CHECK(*g.as_agreement().canonical == 0);
  CHECK(g.as_agreement().evidence == std::vector<std::string>{"프랑스"});
  CHECK(all_consistent(checks));

  SECTION("a third report with a slipped unit is named, and the agreement stays about the amount") {
    article c = conversion_article(day(2025, 2, 11), money_figure("1090억유로", "109000000000", "100000000", eur),
                                   money_figure("약 163억원", "16300000000", "100000000", krw, true));
    c.text = "마크롱 프랑스 대통령";
    for (figure& f : c.figures) f.start = f.end = c.text.size();
    const auto more = reconcile({a, b, c}, hand_rates()
                                               .add(eur, krw, day(2025, 2, 10), "1496.81")
                                               .add(eur, krw, day(2025, 2, 11), "1500.7")
                                               .add(eur, krw, day(2025, 2, 20), "1500.62")
                                               .oracle({eur}));
    REQUIRE(more.size() == 4);
    CHECK(more[2].reasons == std::vector<reason>{reason::unit_slip});
    CHECK(more[3].result == verdict::consistent);
    CHECK(more[3].reasons == std::vector<reason>{reason::rate_date});
    REQUIRE(more[3].as_agreement().wrong_conversions.size() == 1);
    CHECK(more[3].as_agreement().wrong_conversions[0].member == 2);
    CHECK(more[3].as_agreement().wrong_conversions[0].check == 2);
    CHECK(explain(more[3], {a, b, c}, report_language::en) ==
          "3 reports in 3 articles state the same amount, ‘1090억유로’ (a); shared words: 프랑스; the conversion of "
          "‘1090억유로’ in a is inconsistent (check 3).");
  }
  SECTION("a rounded report agrees at the coarser precision, and states the canonical value") {
    article c = conversion_article(day(2025, 2, 11), money_figure("약 1100억유로", "110000000000", "100000000", eur, true),
                                   money_figure("약 165조원", "165000000000000", "1000000000000", krw, true));
    c.text = "프랑스의 계획";
    for (figure& f : c.figures) f.start = f.end = c.text.size();
    const auto more = reconcile({c, a}, hand_rates().add(eur, krw, day(2025, 2, 10), "1496.81").oracle());
    REQUIRE(more.size() == 3);
    CHECK(more[2].kind == check_kind::agreement);
    CHECK(more[2].figures == std::vector<figure_ref>{{0, 0}, {1, 0}});
    CHECK(*more[2].as_agreement().canonical == 0);  // 1090억 at 1100억's 100억 is 1100억
    CHECK(more[2].result == verdict::consistent);
    CHECK(more[2].reasons == std::vector<reason>{reason::rounding});
  }
}

TEST_CASE("reconcile: different amounts or one article alone make no agreement", "[reconcile]") {
  article a;
  a.date = day(2025, 2, 10);
  a.figures = {money_figure("500억유로", "50000000000", "100000000", eur),
               money_figure("500억유로", "50000000000", "100000000", eur)};
  article b;
  b.date = day(2025, 2, 11);
  b.figures = {money_figure("50억 유로", "5000000000", "100000000", eur)};
  const auto checks = reconcile({a, b}, hand_rates().oracle());
  CHECK(checks.empty());
}

TEST_CASE("reconcile: an amount repeated in one article counts once in an agreement", "[reconcile]") {
  article a;
  a.date = day(2025, 2, 10);
  a.text = "브룩필드 투자";
  a.figures = {money_figure("200억유로", "20000000000", "1000000000", eur),
               money_figure("200억유로", "20000000000", "1000000000", eur)};
  article b;
  b.date = day(2025, 2, 20);
  b.text = "캐나다 브룩필드";
  b.figures = {money_figure("200억 유로", "20000000000", "1000000000", eur),
               money_figure("200억유로", "20000000000", "1000000000", eur)};
  for (article* x : {&a, &b}) {
    for (figure& f : x->figures) f.start = f.end = x->text.size();
  }
  const auto checks = reconcile({a, b}, hand_rates().oracle());
  REQUIRE(checks.size() == 1);
  CHECK(checks[0].figures == std::vector<figure_ref>{{0, 0}, {1, 0}});
  CHECK(*checks[0].as_agreement().canonical == 0);
  CHECK(checks[0].as_agreement().evidence == std::vector<std::string>{"브룩필드"});
  CHECK(checks[0].reasons.empty());
}

TEST_CASE("reconcile: agreements from candidates alone equal the whole run's", "[reconcile]") {
  article a;
  a.date = day(2025, 2, 10);
  a.text = "프랑스 투자";
  a.figures = {money_figure("1090억유로", "109000000000", "100000000", eur)};
  article b = a;
  b.figures = {money_figure("1천90억유로", "109000000000", "100000000", eur)};
  for (article* x : {&a, &b}) {
    for (figure& f : x->figures) f.start = f.end = x->text.size();
  }
  const std::vector<article> as{a, b};
  const auto whole = reconcile(as, hand_rates().oracle());
  std::vector<agreement_candidate> cands;
  for (std::size_t i = 0; i < as.size(); ++i) {
    for (auto& c : agreement_candidates(as[i], i, {}, 0)) cands.push_back(std::move(c));
  }
  REQUIRE(cands.size() == 2);
  CHECK(cands[1].words == std::vector<std::string>{"프랑스"});
  CHECK(cands[1].unit_exponent == 9);  // 1천90억: the last significant digit is 10억
  const auto agreed = find_agreements(cands);
  REQUIRE(whole.size() == 1);
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0].figures == whole[0].figures);
  CHECK(agreed[0].as_agreement().evidence == whole[0].as_agreement().evidence);
}

// ---- relations found in the wording ---------------------------------------------------------

TEST_CASE("reconcile: find_relations reads 씩 … 총, 절반, 배, 분의, 년간 매년", "[reconcile][relations]") {
  SECTION("투자자 3명이 1억유로씩 총 3억유로") {
    article a = eok::test::placed_article(
        "투자자 3명이 1억유로씩 총 3억유로(약 4400억원)를 후원했다.",
        {eok::test::count_figure("3명", "3", "명"), money_figure("1억유로", "100000000", "100000000", eur),
         money_figure("총 3억유로", "300000000", "100000000", eur),
         money_figure("약 4400억원", "440000000000", "100000000", krw, true)});
    a.conversions = {{2, 3}};
    const auto rels = find_relations(a);
    REQUIRE(rels.size() == 1);
    CHECK(rels[0].kind == relation_kind::total);
    CHECK(rels[0].result == 2);
    CHECK(rels[0].base == 1);
    CHECK(*rels[0].factor == ratio(3));
  }
  SECTION("세 사람이 … 씩: a native numeral with a counter") {
    const article a = eok::test::placed_article(
        "세 사람이 1억유로씩 모두 3억유로를 냈다.",
        {money_figure("1억유로", "100000000", "100000000", eur), money_figure("3억유로", "300000000", "100000000", eur)});
    const auto rels = find_relations(a);
    REQUIRE(rels.size() == 1);
    CHECK(*rels[0].factor == ratio(3));
  }
  SECTION("총 15억 유로 … 이 중 절반인 7억5,000만 유로, across a sentence end") {
    article a = eok::test::placed_article(
        "총 15억 유로(약 2조2,600억원)가 투입된다. 이 중 절반인 7억5,000만 유로는 EU가 낸다.",
        {money_figure("총 15억 유로", "1500000000", "100000000", eur),
         money_figure("약 2조2,600억원", "2260000000000", "100000000", krw, true),
         money_figure("7억5,000만 유로", "750000000", "10000", eur)});
    a.conversions = {{0, 1}};
    const auto rels = find_relations(a);
    REQUIRE(rels.size() == 1);
    CHECK(rels[0].kind == relation_kind::part);
    CHECK(rels[0].result == 2);
    CHECK(rels[0].base == 0);
    CHECK(*rels[0].factor == ratio(1) / ratio(2));
  }
  SECTION("미국(672억달러)이 중국(78억달러)의 약 9배") {
    const article a = eok::test::placed_article(
        "미국(672억달러)이 2위 중국(78억달러)의 약 9배에 이른다.",
        {money_figure("672억달러", "67200000000", "100000000", usd), money_figure("78억달러", "7800000000", "100000000", usd)});
    const auto rels = find_relations(a);
    REQUIRE(rels.size() == 1);
    CHECK(rels[0].kind == relation_kind::multiple);
    CHECK(rels[0].result == 0);
    CHECK(rels[0].base == 1);
    CHECK(*rels[0].factor == ratio(9));
    CHECK(rels[0].factor_approximate);
    CHECK(rels[0].cue == "의 약 9배");
  }
  SECTION("미국(200억 유로)의 20분의 1, and 올해(15억 유로)의 두 배") {
    const article a = eok::test::placed_article(
        "프랑스는 10억 유로로 미국(200억 유로)의 20분의 1 수준이다. 내년에는 30억 유로로 올해(15억 유로)의 두 배다.",
        {money_figure("10억 유로", "1000000000", "100000000", eur), money_figure("200억 유로", "20000000000", "100000000", eur),
         money_figure("30억 유로", "3000000000", "100000000", eur), money_figure("15억 유로", "1500000000", "100000000", eur)});
    const auto rels = find_relations(a);
    REQUIRE(rels.size() == 2);
    CHECK(rels[0].result == 0);
    CHECK(rels[0].base == 1);
    CHECK(*rels[0].factor == ratio(1) / ratio(20));
    CHECK(rels[0].cue == "의 20분의 1");
    CHECK(rels[1].result == 2);
    CHECK(rels[1].base == 3);
    CHECK(*rels[1].factor == ratio(2));
    CHECK_FALSE(rels[1].factor_approximate);
  }
  SECTION("5년간 매년 50억 유로(약 7조원), 모두 250억 유로") {
    article a = eok::test::placed_article(
        "앞으로 5년간 매년 50억 유로(약 7조원), 모두 250억 유로를 투자한다.",
        {money_figure("50억 유로", "5000000000", "100000000", eur),
         money_figure("약 7조원", "7000000000000", "1000000000000", krw, true),
         money_figure("250억 유로", "25000000000", "100000000", eur)});
    a.conversions = {{0, 1}};
    const auto rels = find_relations(a);
    REQUIRE(rels.size() == 1);
    CHECK(rels[0].kind == relation_kind::per_period);
    CHECK(rels[0].result == 2);
    CHECK(rels[0].base == 0);
    CHECK(*rels[0].factor == ratio(5));
    CHECK(rels[0].cue == "5년간 매년");
  }
  SECTION("no cue, no relation") {
    const article a = eok::test::placed_article(
        "프랑스는 500억유로를, 캐나다는 200억유로를 투자한다.",
        {money_figure("500억유로", "50000000000", "100000000", eur), money_figure("200억유로", "20000000000", "100000000", eur)});
    CHECK(find_relations(a).empty());
  }
}
