#include "../support/catch.hpp"

#include <eok/read/front_matter.hpp>

#include <string>
#include <vector>

using eok::try_read_front_matter;

namespace {
std::string iso(const eok::front_matter& fm) { return fm.date ? eok::to_iso_string(*fm.date) : "none"; }
}  // namespace

TEST_CASE("front matter: date, source, title, url and other keys", "[front_matter]") {
  const std::string text =
      "---\n"
      "date: 2025-02-10\n"
      "source: 머니투데이   # the paper\n"
      "title: \"마크롱 163조 \\\"투자\\\"\"\n"
      "url: https://example.com/a?b=1#frag\n"
      "\n"
      "# a comment\n"
      "author: '김희정 ''기자'''\n"
      "tags:\n"
      "---\n"
      "본문 1090억유로\n";
  auto r = try_read_front_matter(text);
  REQUIRE(r);
  const auto& fm = *r;
  CHECK(fm.present);
  CHECK(iso(fm) == "2025-02-10");
  CHECK(fm.source.value() == "머니투데이");
  CHECK(fm.title.value() == "마크롱 163조 \"투자\"");
  CHECK(fm.url.value() == "https://example.com/a?b=1#frag");
  REQUIRE(fm.other.size() == 2);
  CHECK(fm.other[0].first == "author");
  CHECK(fm.other[0].second == "김희정 '기자'");
  CHECK(fm.other[1].first == "tags");
  CHECK(fm.other[1].second.empty());
  CHECK(text.substr(fm.body_offset) == "본문 1090억유로\n");
  CHECK(fm.body_line == 11);
}

TEST_CASE("front matter: absent, CRLF, BOM, '...' closing and an empty block", "[front_matter]") {
  SECTION("no front matter") {
    auto r = try_read_front_matter("1090억유로\n---\n");
    REQUIRE(r);
    CHECK_FALSE(r->present);
    CHECK(r->body_offset == 0);
    CHECK(r->body_line == 1);
  }
  SECTION("a rule that is not at the start") {
    auto r = try_read_front_matter("----\ndate: x\n---\n");
    REQUIRE(r);
    CHECK_FALSE(r->present);
  }
  SECTION("CRLF and a BOM") {
    const std::string text = "\xEF\xBB\xBF---\r\ndate: 2024-10-08\r\n---\r\nbody";
    auto r = try_read_front_matter(text);
    REQUIRE(r);
    CHECK(iso(*r) == "2024-10-08");
    CHECK(text.substr(r->body_offset) == "body");
    CHECK(r->body_line == 4);
  }
  SECTION("closed by '...', nothing after") {
    auto r = try_read_front_matter("---\ntitle: x\n...");
    REQUIRE(r);
    CHECK(r->title.value() == "x");
    CHECK(r->body_offset == 16);
  }
  SECTION("empty and null values mean not given") {
    auto r = try_read_front_matter("---\ndate:\nsource: ~\ntitle: null\n---\n");
    REQUIRE(r);
    CHECK_FALSE(r->date);
    CHECK_FALSE(r->source);
    CHECK_FALSE(r->title);
  }
}

TEST_CASE("front matter: errors name line, column and byte offset", "[front_matter][error]") {
  auto err = [](const std::string& text) {
    auto r = try_read_front_matter(text);
    REQUIRE_FALSE(r);
    return r.error();
  };
  SECTION("a date that does not exist") {
    const auto e = err("---\ntitle: 가\ndate: 2025-02-30\n---\n");
    CHECK(e.code() == eok::errc::invalid_date);
    CHECK(e.line() == 3);
    CHECK(e.column() == 15);
    CHECK(e.offset() == 29);
    CHECK(std::string(e.what()) == "parse error at line 3, column 15: 2025-02-30 does not exist: February 2025 has 28 days");
  }
  SECTION("a month that does not exist, quoted") {
    const auto e = err("---\ndate: \"2025-13-01\"\n---\n");
    CHECK(e.column() == 13);
    CHECK(std::string(e.what()) == "parse error at line 2, column 13: month 13 does not exist (expected 01 to 12)");
  }
  SECTION("a date in another shape") {
    const auto e = err("---\ndate: 2025.02.10\n---\n");
    CHECK(std::string(e.what()) == "parse error at line 2, column 11: expected a date YYYY-MM-DD, found '2025.02.10'");
  }
  SECTION("not closed") {
    const auto e = err("---\ndate: 2025-02-10\n본문\n");
    CHECK(std::string(e.what()) == "parse error at line 1, column 1: front matter opened here is not closed by a '---' line");
  }
  SECTION("not closed at the end") {
    const auto e = err("---\ndate: 2025-02-10\n");
    CHECK(e.line() == 1);
    CHECK(std::string(e.what()) == "parse error at line 1, column 1: front matter opened here is not closed by a '---' line");
  }
  SECTION("no colon: not a map") {
    const auto e = err("---\ntitle 제목\n---\n");
    CHECK(std::string(e.what()) == "parse error at line 2, column 1: front matter is a map of keys, such as 'date: 2025-02-10'");
  }
  SECTION("duplicate key") {
    const auto e = err("---\ndate: 2025-02-10\ndate: 2025-02-11\n---\n");
    CHECK(e.offset() == 21);
    CHECK(std::string(e.what()) == "parse error at line 3, column 1: duplicate key 'date' (first on line 2)");
  }
  SECTION("a map where one value is needed") {
    const auto e = err("---\nsource:\n  name: x\n---\n");
    CHECK(std::string(e.what()) == "parse error at line 3, column 3: 'source' must be a single value");
  }
  SECTION("a date and time with something after it") {
    const auto e = err("---\ndate: 2025-02-10T20:30:00 KST\n---\n");
    CHECK(std::string(e.what()) ==
          "parse error at line 2, column 7: expected a date YYYY-MM-DD or a date and time such as 2025-02-10T20:30:00+09:00, "
          "found '2025-02-10T20:30:00 KST'");
  }
  SECTION("an unclosed quote, in Hangul columns") {
    const auto e = err("---\ntitle: \"마크롱\n---\n");
    CHECK(std::string(e.what()) == "parse error at line 2, column 8: quoted value is not closed (expected \")");
  }
  SECTION("text after a quoted value") {
    const auto e = err("---\ntitle: '가' 나\n---\n");
    CHECK(std::string(e.what()) == "parse error at line 2, column 12: end of map not found");
  }
  SECTION("invalid UTF-8") {
    const auto e = err("---\ntitle: a\xFF\n---\n");
    CHECK(e.code() == eok::errc::invalid_utf8);
    CHECK(e.offset() == 12);
  }
  SECTION("the throwing reader") {
    CHECK_THROWS_AS(eok::read_front_matter("---\ndate: 2025-02-29\n---\n"), eok::parse_error);
  }
}

TEST_CASE("front matter: ISO dates", "[front_matter]") {
  CHECK(eok::to_iso_string(*eok::try_parse_iso_date("2024-02-29")) == "2024-02-29");
  CHECK_FALSE(eok::try_parse_iso_date("2023-02-29"));
  CHECK_FALSE(eok::try_parse_iso_date("2023-2-9"));
  CHECK_FALSE(eok::try_parse_iso_date("2023-00-10"));
}

TEST_CASE("front matter: YAML as Hugo and Jekyll write it", "[front_matter]") {
  const std::string text =
      "---\n"
      "title: \"佛 AI 투자\"\n"
      "date: 2025-02-10T20:30:00+09:00\n"
      "tags: [AI, 프랑스]\n"
      "categories:\n"
      "  - 경제\n"
      "  - 국제\n"
      "author: {name: 김희정, email: k@example.com}\n"
      "summary: >\n"
      "  여러 줄\n"
      "  요약\n"
      "draft: false  # a comment\n"
      "---\n"
      "본문\n";
  auto r = try_read_front_matter(text);
  REQUIRE(r);
  CHECK(iso(*r) == "2025-02-10");  // the local date written, not shifted to UTC
  CHECK(r->title.value() == "佛 AI 투자");
  REQUIRE(r->other.size() == 5);
  CHECK(r->other[0] == std::pair<std::string, std::string>{"tags", "[AI, 프랑스]"});
  CHECK(r->other[1] == std::pair<std::string, std::string>{"categories", "[경제, 국제]"});
  CHECK(r->other[2] == std::pair<std::string, std::string>{"author", "{name: 김희정, email: k@example.com}"});
  CHECK(r->other[3] == std::pair<std::string, std::string>{"summary", "여러 줄 요약\n"});
  CHECK(r->other[4] == std::pair<std::string, std::string>{"draft", "false"});
  CHECK(text.substr(r->body_offset) == "본문\n");
  CHECK(r->body_line == 14);
  for (const char* d : {"date: '2025-02-10'", "date: 2025-02-10 20:30:00 +0900", "date: 2025-02-10T11:30:00Z",
                        "date: \"2025-02-10T23:59:59-05:00\""}) {
    auto q = try_read_front_matter(std::string("---\n") + d + "\n---\n");
    INFO(d);
    REQUIRE(q);
    CHECK(iso(*q) == "2025-02-10");
  }
}

TEST_CASE("front matter: a control character is an error at its place, never a cut key", "[front_matter]") {
  // Found by fuzz_front_matter: a NUL inside a key made yaml-cpp keep a broken string.
  const std::string text = std::string("---\ntitle: a") + '\0' + "b\n---\n본문";
  const auto r = try_read_front_matter(text);
  REQUIRE_FALSE(r);
  CHECK(r.error().message() == "a control character in front matter");
  CHECK(r.error().position().line == 2);
  CHECK(r.error().position().column == 9);
  CHECK(try_read_front_matter("---\ntitle:\ta\n---\n본문"));
}

TEST_CASE("front matter: plain key-value lines read without yaml-cpp give what yaml-cpp gives", "[front_matter]") {
  // Blocks the plain-line reader takes (the first ones) and blocks it leaves to yaml-cpp; the
  // two readers must agree on every one, errors included.
  const std::vector<std::string> blocks{
      "date: 2025-02-10\nsource: 머니투데이\ntitle: 마크롱, AI에 1090억유로 투자\nurl: https://news.example/a?b=1#c\n",
      "date: 2025-02-10T20:30:00+09:00\ntitle: [단독] 삼성\n",
      "title: 163조원 투입 [속보]\nauthor:\ntags: ~\nempty: null\nsection: 경제 / 금융\n",
      "date: 2025-02-30\n",
      "date:   2024-10-08   \r\nsource: 한국경제\r\n",
      "# comment only\n\n",
      "",
      "title: a: b\n",
      "title: x #comment\n",
      "title: 'quoted'\n",
      "title: \"dq \\\"x\\\"\"\n",
      "tags: [AI, 프랑스]\n",
      "title: |\n  block\n",
      "title: one\ntitle: two\n",
      "date: 2025-02-10\n  indented: 1\n",
      "key:value\n",
      "-1: x\n",
      "title: -5\n",
      "title: ends with colon:\n",
      "title: tab\there\n",
      "title: cr\rhere\n",
      "bad key: 1\n",
      "date: tomorrow\n",
      "date: 2025---\nrc-02-10\ndate: 2025-02-11\n",  // found by the fuzz target: a later line decides
      "source: a\nnot a key\n",
      "NULle: 가\nNULL: 2025-02-30\n",  // a null key (fuzz target)
  };
  std::size_t plain_ok = 0;
  for (const std::string& block : blocks) {
    const std::string text = "---\n" + block + "---\n본문\n";
    INFO(block);
    const auto fast = eok::try_read_front_matter(text);
    const auto yaml = eok::detail::try_read_front_matter_yaml(text);
    REQUIRE(fast.has_value() == yaml.has_value());
    if (!fast) {
      CHECK(fast.error().message() == yaml.error().message());
      CHECK(fast.error().offset() == yaml.error().offset());
      continue;
    }
    ++plain_ok;
    CHECK(iso(*fast) == iso(*yaml));
    CHECK(fast->source == yaml->source);
    CHECK(fast->title == yaml->title);
    CHECK(fast->url == yaml->url);
    CHECK(fast->other == yaml->other);
    CHECK(fast->body_offset == yaml->body_offset);
    CHECK(fast->body_line == yaml->body_line);
  }
  CHECK(plain_ok >= 15);
  // The first block, read by the plain-line reader, as written.
  const auto fm = eok::try_read_front_matter("---\n" + blocks[0] + "---\n");
  REQUIRE(fm);
  CHECK(iso(*fm) == "2025-02-10");
  CHECK(fm->title.value() == "마크롱, AI에 1090억유로 투자");
  CHECK(fm->url.value() == "https://news.example/a?b=1#c");
}
