// Archive records (read/archive.hpp): the fields of one JSON line, and the errors with their
// positions in the line.
#include "../support/catch.hpp"

#include <eok/read/archive.hpp>

#include <string>

using eok::archive_record;
using eok::read_archive_line;

namespace {

// The message and 1-based column of the error `line` gives, as "COLUMN: message".
std::string error_of(const std::string& line) {
  try {
    (void)read_archive_line(line);
  } catch (const eok::parse_error& e) {
    return std::to_string(e.column()) + ": " + e.message();
  }
  return "no error";
}

}  // namespace

TEST_CASE("an archive record's fields, null and absent alike", "[archive]") {
  const archive_record r = read_archive_line(
      R"j({"id": "fr-1", "date": "2025-02-10T20:30:00+09:00", "source": "예시경제", "title": null, "tags": ["x"], "text": "1090억유로\n(약 163조원)"})j");
  CHECK(r.id == "fr-1");
  CHECK(r.text == "1090억유로\n(약 163조원)");
  REQUIRE(r.date);
  CHECK(eok::format_date(*r.date) == "2025-02-10");  // the date as written, not shifted to UTC
  CHECK(r.date_text == R"j("date": "2025-02-10T20:30:00+09:00")j");
  CHECK(r.source == std::optional<std::string>("예시경제"));
  CHECK_FALSE(r.title);
  CHECK_FALSE(r.url);

  const archive_record undated = read_archive_line(R"j({"text": "x", "id": "u", "date": null})j");
  CHECK_FALSE(undated.date);
  CHECK(undated.date_text.empty());
}

TEST_CASE("archive record errors name the column in the line", "[archive]") {
  CHECK(error_of(R"j({"id": "a", "date": "2025-02-30", "text": "x"})j") ==
        "21: \"date\": 2025-02-30 does not exist: February 2025 has 28 days");
  CHECK(error_of(R"j({"id": "a", "date": 20250210, "text": "x"})j") == "21: \"date\" must be a string, not a number");
  CHECK(error_of(R"j({"id": "a"})j") == "1: a record needs \"text\"");
  CHECK(error_of(R"j({"text": "x"})j") == "1: a record needs \"id\"");
  CHECK(error_of(R"j(["id", "text"])j") ==
        "1: an archive record is a JSON object {\"id\", \"date\", \"source\", \"title\", \"url\", \"text\"}");
  CHECK(error_of(R"j({"id": "가나", "text": "x", "id": "b"})j").find("twice") != std::string::npos);
}
