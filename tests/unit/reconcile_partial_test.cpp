// Map and reduce (reconcile/partial.hpp) give the one-machine run byte for byte; archive
// records (read_archive_record) and their errors.
#include "../support/catch.hpp"

#include <eok/rates/rates.hpp>
#include <eok/reconcile/partial.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace eok;

namespace {

const rate_oracle& bundled() {
  static const rate_oracle o = rate_oracle_from(bundled_rates());
  return o;
}

std::vector<article> seed_articles() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(EOK_SHARED_DIR) / "seeds";
  std::vector<fs::path> paths;
  if (fs::is_directory(dir)) {
    for (const auto& e : fs::directory_iterator(dir)) paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  article_reading reading;
  reading.date = date::sys_days(date::year(2025) / 2 / 12);
  std::vector<article> out;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    reading.file = p.filename().string();
    out.push_back(read_article(s.str(), article_id_of(reading.file), reading));
  }
  return out;
}

std::string record_error(const std::string& line) {
  try {
    (void)read_archive_record(line, {});
  } catch (const parse_error& e) {
    return std::to_string(e.position().line) + ":" + std::to_string(e.position().column) + ": " + e.message();
  }
  return "no error";
}

std::string partial_error(const std::string& line) {
  try {
    (void)read_article_partial(line);
  } catch (const parse_error& e) {
    return std::to_string(e.position().line) + ":" + std::to_string(e.position().column) + ": " + e.message();
  }
  return "no error";
}

// Takes up to `room` bytes, then fails every write; counts the writes it is asked for.
struct limited_buffer : std::streambuf {
  explicit limited_buffer(std::size_t limit) : room(limit) {}
  std::size_t room;
  std::string taken;
  int writes = 0;
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    ++writes;
    if (taken.size() + static_cast<std::size_t>(n) > room) return 0;
    taken.append(s, static_cast<std::size_t>(n));
    return n;
  }
  int_type overflow(int_type) override { return traits_type::eof(); }
};

}  // namespace

TEST_CASE("partial: map each seed page alone, merge, and every report is the one-machine report", "[reconcile][partial]") {
  const std::vector<article> as = seed_articles();
  INFO("the seed pages must be at " << EOK_SHARED_DIR << "/seeds");
  REQUIRE(as.size() == 5);
  const std::vector<check> whole = reconcile(as, bundled());

  partial_merger merger;
  std::size_t lines_bytes = 0;
  for (std::size_t i = 0; i < as.size(); ++i) {
    // Each article on its own "machine": a checker that knows no other article's date.
    article_checker checker(bundled(), as[i].date, as[i].date);
    const auto checks = checker.checks_of(as[i], i);
    const auto candidates = agreement_candidates(as[i], i, checks, 0);
    article stripped = as[i];
    stripped.text.clear();
    const std::string line = article_partial_json(stripped, true, i, checks, 0, candidates);
    lines_bytes += line.size();
    const article_partial back = read_article_partial(line);
    // Reading a line and writing it again gives the same line: nothing is lost on the way.
    CHECK(article_partial_json(back.art, back.from_file, 0, back.checks, 0, back.candidates) == line);
    merger.add(back);
  }
  CHECK(lines_bytes > 0);
  const merged_run run = merger.finish();
  REQUIRE(run.checks.size() == whole.size());
  CHECK(run.checks.size() == 25);
  CHECK(reconcile_json(run.checks, run.articles, bundled(), report_language::en) ==
        reconcile_json(whole, as, bundled(), report_language::en));
  CHECK(reconcile_markdown(run.checks, run.articles, bundled(), report_language::ko) ==
        reconcile_markdown(whole, as, bundled(), report_language::ko));
  CHECK(reconcile_html(run.checks, run.articles, bundled(), report_language::en) ==
        reconcile_html(whole, as, bundled(), report_language::en));
  std::size_t agreements = 0;
  for (const check& c : run.checks) agreements += c.kind == check_kind::agreement ? 1 : 0;
  CHECK(agreements == 3);
}

TEST_CASE("partial: an undetermined conversion keeps the date the rates end on", "[reconcile][partial]") {
  // Dated after the bundled rates: the report says when they end, after a merge as in one run.
  article_reading reading;
  reading.date = date::sys_days(date::year(2027) / 6 / 1);
  const article a = read_article("유럽연합은 1090억유로(약 163조원)를 투자한다.\n", "late", reading);
  const std::vector<check> whole = reconcile({a}, bundled());
  REQUIRE(whole.size() == 1);
  REQUIRE(whole[0].as_conversion().rates_end.has_value());
  article_checker checker(bundled(), a.date, a.date);
  const auto checks = checker.checks_of(a, 0);
  const article_partial back = read_article_partial(article_partial_json(a, false, 0, checks, 0, {}));
  REQUIRE(back.checks.size() == 1);
  CHECK(back.checks[0].as_conversion().rates_end == whole[0].as_conversion().rates_end);
  partial_merger merger;
  merger.add(back);
  const merged_run run = merger.finish();
  CHECK(reconcile_json(run.checks, run.articles, bundled(), report_language::en) ==
        reconcile_json(whole, {a}, bundled(), report_language::en));
  const std::string said = explain(run.checks[0], run.articles, report_language::en);
  CHECK(said.rfind("The rates end on 20", 0) == 0);
  CHECK(said == explain(whole[0], {a}, report_language::en));
}

TEST_CASE("partial: a line that is not a partial is an error at its position", "[reconcile][partial]") {
  CHECK(partial_error("{\"eok_partial\": 2}") == "1:17: partial: version 2 is not the one this eok reads (3)");
  CHECK(partial_error("{\"eok_partial\": 3}") == "1:1: partial: 'article' is missing");
  CHECK(partial_error("{\"eok_partial\": 3, \"article\": []}") == "1:31: partial: expected an object");
  CHECK(partial_error("[1") == "1:3: JSON: expected ',' or ']' in an array, found 'end of text'");
}

TEST_CASE("archive records: id and date from the record, errors at their position", "[reconcile][archive]") {
  const article a = read_archive_record(
      R"({"id": "n-1", "date": "2025-02-10T20:30:00+09:00", "source": "예시", "title": null, "extra": 1, )"
      R"("text": "프랑스는 1090억유로(약 163조원)를 투자한다."})",
      {});
  CHECK(a.id == "n-1");
  CHECK(a.source == "예시");
  CHECK(a.title.empty());
  CHECK(format_date(a.date) == "2025-02-10");
  CHECK(a.date_from == date_origin::record);
  CHECK(to_string(a.date_from) == "record");
  CHECK(a.date_text == "\"date\": \"2025-02-10T20:30:00+09:00\"");
  REQUIRE(a.figures.size() == 2);
  CHECK(a.figures[0].text == "1090억유로");
  CHECK(a.conversions == std::vector<conversion_link>{{0, 1}});

  const article undated = read_archive_record(R"({"id": "n-2", "text": "1억원"})", {});
  CHECK_FALSE(undated.dated());
  CHECK(undated.date_reason.rfind("the record has no \"date\" and ", 0) == 0);

  CHECK(record_error(R"({"text": "x"})") == "1:1: a record needs \"id\"");
  CHECK(record_error(R"({"id": 7, "text": "x"})") == "1:8: \"id\" must be a string, not a number");
  CHECK(record_error(R"({"id": "a", "date": "2025-02-30", "text": "x"})") ==
        "1:21: \"date\": 2025-02-30 does not exist: February 2025 has 28 days");
  CHECK(record_error(R"(["id"])") ==
        "1:1: an archive record is a JSON object {\"id\", \"date\", \"source\", \"title\", \"url\", \"text\"}");
  CHECK(record_error(R"({"id": "a", "text": "x")") == "1:24: JSON: expected ',' or '}' in an object, found 'end of text'");
}

TEST_CASE("input rules: ids from file names, made unique; input kinds; the tolerance", "[reconcile][inputs]") {
  CHECK(article_id_of("examples/articles/2025-02-10-france-ai.txt") == "2025-02-10-france-ai");
  CHECK(article_id_of("a.b/c") == "c");
  CHECK(path_without_extension("d1/x.txt") == "d1/x");
  std::vector<article> as(4);
  as[0].id = "x";
  as[0].file = "d1/x.txt";
  as[1].id = "x";
  as[1].file = "d2/x.txt";
  as[2].id = "y";
  as[2].file = "y.txt";
  as[3].id = "y";
  as[3].file = "y.txt";
  unique_ids(as, {true, true, true, false});
  CHECK(as[0].id == "d1/x");
  CHECK(as[1].id == "d2/x");
  CHECK(as[2].id == "y");
  CHECK(as[3].id == "y");  // a claim keeps its id
  CHECK(input_kind_of("a.jsonl") == input_kind::archive);
  CHECK(input_kind_of("a.yml") == input_kind::claims);
  CHECK(input_kind_of("a.htm") == input_kind::html);
  CHECK(input_kind_of("a.txt") == input_kind::article);
  CHECK(tolerance_from_percent("0.5")->to_string() == "0.005");
  CHECK(tolerance_from_percent("101").error().message() ==
        "--tolerance takes a percentage from 0 to 100, such as 0.5 (got '101')");
}

TEST_CASE("report: the streamed JSON report is the string report byte for byte, across many flushes", "[reconcile][report]") {
  const std::vector<article> seeds = seed_articles();
  INFO("the seed pages must be at " << EOK_SHARED_DIR << "/seeds");
  REQUIRE(seeds.size() == 5);
  // The seeds 40 times over (ids made unique): a report far past the writer's 64 KB buffer.
  std::vector<article> as;
  for (int copy = 0; copy < 40; ++copy) {
    for (article a : seeds) {
      a.id += "-" + std::to_string(copy);
      as.push_back(std::move(a));
    }
  }
  const std::vector<check> checks = reconcile(as, bundled());
  CHECK(checks.size() > 900);
  const std::string whole = reconcile_json(checks, as, bundled(), report_language::ko);
  CHECK(whole.size() > 20 * (std::size_t{1} << 16));
  CHECK(whole.substr(0, 15) == "{\"articles\": [\n");
  CHECK(whole.back() == '\n');
  std::ostringstream streamed;
  reconcile_json(streamed, checks, as, bundled(), report_language::ko);
  CHECK(streamed.str() == whole);

  // Written as it is made: a stream that takes 200,000 bytes and then fails has the report's
  // first whole blocks of 64 KB (three), no more, whether it throws or only shows it.
  for (const bool throws : {true, false}) {
    INFO("the stream throws: " << throws);
    limited_buffer sink(200000);
    std::ostream os(&sink);
    if (throws) os.exceptions(std::ios::badbit);
    if (throws) {
      CHECK_THROWS(reconcile_json(os, checks, as, bundled(), report_language::ko));
    } else {
      CHECK_NOTHROW(reconcile_json(os, checks, as, bundled(), report_language::ko));
      CHECK(os.bad());
    }
    CHECK(sink.writes == 4);  // three blocks taken, the fourth refused
    CHECK(sink.taken.size() > 3 * (std::size_t{1} << 16));
    CHECK(sink.taken.size() < 4 * (std::size_t{1} << 16) + 4096);
    CHECK(whole.compare(0, sink.taken.size(), sink.taken) == 0);
  }
}
