// Exact multiply-and-round against the binary floating-point baseline it replaces.
//
// Both benchmarks walk the same 1,024 (amount, rate) pairs: amounts as news writes them (1억 to
// 1경, mostly round, some with digits all the way down) and rates with ECB-style precision
// (1496.81, 1.032, 186.75, 0.87058, 20082.05). Each iteration converts one amount and rounds it
// half-even to whole units. The double version is here only as the baseline to beat.
#include <eok/decimal.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace {

struct pair_text {
  std::string amount;
  std::string rate;
};

const std::vector<pair_text>& pairs() {
  static const std::vector<pair_text> p = [] {
    const std::array<const char*, 8> rates{"1496.81", "1.032", "186.75", "0.87058",
                                           "20082.05", "1500.62", "7.9827", "1.6177"};
    const std::array<const char*, 8> amounts{"109000000000", "500000000000", "2260000000000",
                                             "13000000000000000", "750000000", "1234567890123",
                                             "4200000000000", "9876543210987654"};
    std::vector<pair_text> out;
    std::uint32_t x = 12345;  // a fixed LCG, so the mix is the same on every run
    for (int i = 0; i < 1024; ++i) {
      x = x * 1664525u + 1013904223u;
      out.push_back({amounts[(x >> 8) % amounts.size()], rates[(x >> 20) % rates.size()]});
    }
    return out;
  }();
  return p;
}

void BM_decimal_mul_round(benchmark::State& state) {
  std::vector<eok::decimal> amounts;
  std::vector<eok::decimal> rates;
  for (const auto& p : pairs()) {
    amounts.push_back(eok::decimal::parse(p.amount));
    rates.push_back(eok::decimal::parse(p.rate));
  }
  std::size_t i = 0;
  for (auto _ : state) {
    eok::decimal r = (amounts[i] * rates[i]).rounded(0, eok::rounding::half_even);
    benchmark::DoNotOptimize(r);
    i = (i + 1) & 1023u;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_decimal_mul_round);

void BM_double_mul_round(benchmark::State& state) {
  std::vector<double> amounts;
  std::vector<double> rates;
  for (const auto& p : pairs()) {
    amounts.push_back(std::stod(p.amount));
    rates.push_back(std::stod(p.rate));
  }
  std::size_t i = 0;
  for (auto _ : state) {
    double r = std::nearbyint(amounts[i] * rates[i]);  // round-half-even in the default FP mode
    benchmark::DoNotOptimize(r);
    i = (i + 1) & 1023u;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_double_mul_round);

}  // namespace
