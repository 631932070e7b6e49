// BM_parse_figure: the figure parser over a mix of real forms from news (the list).
// The target is a median of at most 200 ns per figure; the `ns_per_figure` counter reports it.
#include <eok/read/parse.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <string_view>

namespace {

constexpr std::array<std::string_view, 64> forms{{
    "1090억유로", "약 163조원", "5000억달러", "3억유로", "1억유로씩", "4400억원", "163조",
    "27,350,000원", "1.5조원", "0.5조원", "1,234.56달러", "１２억 달러", "₩1,000,000",
    "$500 billion", "US$1.5bn", "€109bn", "KRW 1.2 trillion", "USD 2 billion", "¥3,000억",
    "₩3.2조", "1090억", "1천90억", "7억5,000만", "68조6,000억", "1억1300만", "3억2천만",
    "1조 2천억", "1조 2,345억 6,789만원", "2경 3000조원", "1경3,000조원", "천만 원", "삼천억 원",
    "일조 원", "십억 달러", "천억 원", "三千億원", "一兆", "1.5 billion dollars", "£200 million",
    "$10m", "5000만 미국 달러", "미화 3억 달러", "한화 약 164조원", "5억 스위스프랑",
    "30억 홍콩달러", "100억 루피", "2천500억 엔", "3조 위안", "약 5000억원", "2조 원가량",
    "1조원 안팎", "about $5 billion", "최대 2조원", "2조~3조원", "100억~200억원",
    "20억-30억 달러", "$2.3-3 billion", "8천억원대", "수천억 원", "수십조 원", "1만8천장",
    "15개국", "10%", "50억 유로",
}};

void BM_parse_figure(benchmark::State& state) {
  std::size_t figures = 0;
  for (auto _ : state) {
    for (std::string_view text : forms) {
      auto f = eok::try_parse_figure(text);
      benchmark::DoNotOptimize(f);
    }
    figures += forms.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(figures));
  state.counters["ns_per_figure"] = benchmark::Counter(
      static_cast<double>(figures) * 1e-9, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_parse_figure);

// The scanner's primitive at a position where no figure starts (most positions in an article).
void BM_match_figure_at_miss(benchmark::State& state) {
  constexpr std::string_view text = "프랑스가 중국의 딥시크 및 미일 합작 프로젝트인 스타게이트에 자극받아";
  for (auto _ : state) {
    for (std::size_t i = 0; i < text.size(); i += 3) {
      auto f = eok::match_figure_at(text, i);
      benchmark::DoNotOptimize(f);
    }
  }
}
BENCHMARK(BM_match_figure_at_miss);

}  // namespace
