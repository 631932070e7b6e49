// Rate lookups in the bundled history, and the first use of the bundled tables.
//
// BM_rate_lookup is the target (<= 50 ns): ECB EUR/KRW on a date chosen from 256 spread over
// 1999-2026 (a weekday or a weekend, so on-or-before sometimes steps back), returning the exact
// rate and its publication date (find_rate). BM_rate_quote is the same lookup returning the
// full rate_quote (source name and path, which cost an allocation). The cross and FRED variants
// show the cost of a second leg; BM_convert adds the exact multiplication and the one rounding.
#include <eok/rates/convert.hpp>
#include <eok/rates/rates.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <vector>

namespace {

const std::vector<eok::date_type>& dates() {
  static const std::vector<eok::date_type> d = [] {
    std::vector<eok::date_type> out;
    const eok::date_type first = eok::parse_date("1999-01-04");
    for (int i = 0; i < 256; ++i) out.push_back(first + date::days((i * 9973) % 9960));
    return out;
  }();
  return d;
}

void BM_rate_lookup(benchmark::State& state) {
  const eok::rate_store& rates = eok::bundled_rates();
  const auto& d = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    auto q = rates.find_rate(eok::currency::eur, eok::currency::krw, d[i++ & 255]);
    benchmark::DoNotOptimize(q);
  }
}
BENCHMARK(BM_rate_lookup);

void BM_rate_quote(benchmark::State& state) {
  const eok::rate_store& rates = eok::bundled_rates();
  const auto& d = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    auto q = rates.find(eok::currency::eur, eok::currency::krw, d[i++ & 255]);
    benchmark::DoNotOptimize(q);
  }
}
BENCHMARK(BM_rate_quote);

void BM_rate_lookup_cross(benchmark::State& state) {
  const eok::rate_store& rates = eok::bundled_rates();
  const auto& d = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    auto q = rates.find_rate(eok::currency::usd, eok::currency::krw, d[i++ & 255]);
    benchmark::DoNotOptimize(q);
  }
}
BENCHMARK(BM_rate_lookup_cross);

void BM_rate_lookup_fred_cross(benchmark::State& state) {
  const eok::rate_store& rates = eok::bundled_rates();
  const auto& d = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    auto q = rates.find_rate(eok::currency::eur, eok::currency::krw, d[i++ & 255], {}, "fred");
    benchmark::DoNotOptimize(q);
  }
}
BENCHMARK(BM_rate_lookup_fred_cross);

void BM_convert(benchmark::State& state) {
  const eok::rate_store& rates = eok::bundled_rates();
  const eok::money amount(eok::decimal(500000000000LL), eok::currency::usd);
  const auto& d = dates();
  std::size_t i = 0;
  for (auto _ : state) {
    auto c = eok::convert(amount, eok::currency::krw, d[i++ & 255], rates, {eok::lookup::nearest, 7});
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK(BM_convert);

void BM_average_year(benchmark::State& state) {
  const eok::rate_store& rates = eok::bundled_rates();
  const eok::date_range y = eok::parse_period("2024");
  for (auto _ : state) {
    auto a = rates.average(eok::currency::eur, eok::currency::krw, y.first, y.last);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_average_year);

}  // namespace
