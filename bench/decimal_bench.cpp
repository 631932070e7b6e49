// Exact multiply-and-round against the binary floating-point baseline it replaces.
//
// Both benchmarks walk the same 1,024 (amount, rate) pairs: amounts as news writes them (1억 to
// 1경, mostly round, some with digits all the way down) and rates with ECB-style precision
// (1496.81, 1.032, 186.75, 0.87058, 20082.05). Each iteration converts one amount and rounds it
// half-even to whole units. The double version is here only as the baseline to beat.
//
// Honesty: the inputs are parsed before the timed loop, every iteration takes the next pair (so
// nothing can be hoisted), and every result goes through benchmark::DoNotOptimize. The `_wide`
// and `_big` variants are not targets; they show what amounts past 2^63 (the checked 128-bit
// path) and past 2^127 (cpp_int) cost, so a regression there is visible too.
#include <eok/core/decimal.hpp>

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

// Multiplies every amount by 10^extra_zeros first (outside the timed loop).
void run_decimal_mul_round(benchmark::State& state, int extra_zeros) {
  std::vector<eok::decimal> amounts;
  std::vector<eok::decimal> rates;
  const eok::decimal scale_up = eok::decimal::parse("1" + std::string(static_cast<std::size_t>(extra_zeros), '0'));
  for (const auto& p : pairs()) {
    amounts.push_back(eok::decimal::parse(p.amount) * scale_up);
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

void BM_decimal_mul_round(benchmark::State& state) { run_decimal_mul_round(state, 0); }
BENCHMARK(BM_decimal_mul_round);

// Amounts of 10^19 to 10^24: the coefficients no longer fit in 64 bits.
void BM_decimal_mul_round_wide(benchmark::State& state) { run_decimal_mul_round(state, 8); }
BENCHMARK(BM_decimal_mul_round_wide);

// Amounts of 10^36 to 10^41: the products no longer fit in 128 bits.
void BM_decimal_mul_round_big(benchmark::State& state) { run_decimal_mul_round(state, 25); }
BENCHMARK(BM_decimal_mul_round_big);

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
