// BM_reconcile_*: 10,000 articles (the six example articles repeated under dates spread over
// 2019-2025) read, reconciled against the bundled ECB and FRED rates, and reported as JSON.
// The target is at most 10 s for all 10,000 on one core, end to end; docs/performance.md has
// the numbers and the whole-process time of `eok reconcile --json` on the same corpus.
#include <eok/rates/rates.hpp>
#include <eok/read/parse.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t article_count = 10000;

/// The example articles' texts.
const std::vector<std::string>& examples() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (const char* name : {"2024-10-08-sovereign-ai", "2024-12-13-eu-ai-factories", "2024-12-13-us-budget",
                             "2025-02-10-france-ai", "2025-02-11-typos", "2025-02-20-ai-race"}) {
      std::ifstream in(std::string(EOK_SOURCE_DIR) + "/examples/articles/" + name + ".txt", std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(s.str());
    }
    return out;
  }();
  return texts;
}

/// Article i: example i mod 6, its date replaced by 2019-01-02 plus 13·i mod 2370 days.
std::string corpus_text(std::size_t i) {
  const std::string& text = examples()[i % examples().size()];
  const std::size_t at = text.find("date: ") + 6;
  const date::sys_days d = date::sys_days(date::year(2019) / 1 / 2) + date::days(static_cast<int>((13 * i) % 2370));
  return text.substr(0, at) + eok::format_date(d) + text.substr(at + 10);
}

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < article_count; ++i) out.push_back(corpus_text(i));
    return out;
  }();
  return texts;
}

std::vector<eok::article> read_corpus() {
  std::vector<eok::article> articles;
  articles.reserve(article_count);
  for (std::size_t i = 0; i < corpus().size(); ++i) articles.push_back(eok::read_article(corpus()[i], "a" + std::to_string(i)));
  return articles;
}

void BM_reconcile_read_10000(benchmark::State& state) {
  for (auto _ : state) {
    auto articles = read_corpus();
    benchmark::DoNotOptimize(articles);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * article_count));
}
BENCHMARK(BM_reconcile_read_10000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_reconcile_check_10000(benchmark::State& state) {
  const auto articles = read_corpus();
  std::size_t checks = 0;
  for (auto _ : state) {
    // A fresh oracle each time, so no rate lookup is remembered between iterations.
    const eok::rate_oracle rates = eok::rate_oracle_from(eok::bundled_rates());
    auto result = eok::reconcile(articles, rates);
    checks = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["checks"] = static_cast<double>(checks);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * article_count));
}
BENCHMARK(BM_reconcile_check_10000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_reconcile_end_to_end_10000(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto articles = read_corpus();
    const eok::rate_oracle rates = eok::rate_oracle_from(eok::bundled_rates());
    const auto checks = eok::reconcile(articles, rates);
    const std::string json = eok::reconcile_json(checks, articles, rates, eok::report_language::en);
    bytes = json.size();
    benchmark::DoNotOptimize(json);
  }
  state.counters["json_bytes"] = static_cast<double>(bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * article_count));
}
BENCHMARK(BM_reconcile_end_to_end_10000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

namespace {

// BM_reconcile_overlapping_100000: issue 14's worst case for agreements: 100,000 claims, one per
// article, of many distinct amounts that overlap when rounded (약 10조–12조원): nine in ten
// finer (약 10조4,321억원, 20,001 distinct values), one in ten round (약 10조원, 약 11조원,
// 약 12조원), so the round ones gather tens of thousands of finer figures each. Sentences name
// one of 5,000 agencies, so each round figure's bucket splits into many agreements by context. Target: ≤ 3 s.
std::vector<eok::article> overlapping_claims(std::size_t n) {
  std::vector<eok::article> out;
  out.reserve(n);
  const date::sys_days day = date::sys_days(date::year(2025) / 2 / 10);
  for (std::size_t i = 0; i < n; ++i) {
    eok::article a;
    a.id = "c" + std::to_string(i);
    a.date = day;
    std::string amount;
    if (i % 10 == 0) {
      amount = "약 " + std::to_string(10 + (i / 10) % 3) + "조원";
    } else {
      const std::size_t eok_units = (i * 7919) % 20001;  // 0 .. 2조 in 1억 steps
      const std::size_t jo = 10 + eok_units / 10000;
      const std::size_t rest = eok_units % 10000;
      amount = "약 " + std::to_string(jo) + "조" + (rest ? std::to_string(rest) + "억" : std::string()) + "원";
    }
    static const char* const first[] = {"한", "대", "신", "국", "미", "세", "동", "서", "남", "북", "중", "광", "평", "화", "안",
                                        "청", "금", "은", "해", "산", "강", "백", "소", "용", "진"};
    static const char* const second[] = {"성", "림", "원", "양", "주", "천", "구", "포", "진", "경", "수", "명", "영", "현",
                                         "석", "호", "윤", "정", "훈", "빈"};
    // 5,000 agencies (three-syllable names + 공단): the one word a sentence shares with others.
    const std::size_t agency = i % 5000;
    a.text = std::string(first[agency % 25]) + second[(agency / 25) % 20] + second[agency / 500] + "공단은 " + amount +
             "을 배정했다.";
    eok::figure f = eok::try_parse_figure(amount).value();
    f.start = a.text.find(amount);
    f.end = f.start + amount.size();
    a.figures.push_back(std::move(f));
    out.push_back(std::move(a));
  }
  return out;
}

void BM_reconcile_overlapping_100000(benchmark::State& state) {
  const auto articles = overlapping_claims(100000);
  std::size_t checks = 0;
  for (auto _ : state) {
    const eok::rate_oracle rates = eok::rate_oracle_from(eok::bundled_rates());
    auto result = eok::reconcile(articles, rates);
    checks = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["agreements"] = static_cast<double>(checks);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * 100000));
}
BENCHMARK(BM_reconcile_overlapping_100000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
