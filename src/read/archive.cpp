// Archive records (read/archive.hpp), read with the one JSON reader (read/json.hpp).
#include <eok/read/archive.hpp>
#include <eok/read/front_matter.hpp>
#include <eok/read/json.hpp>

#include <string>

namespace eok {

archive_record read_archive_line(std::string_view line) {
  const json_value record = read_json(line);
  auto fail = [&](std::size_t at, const std::string& message) -> parse_error {
    return parse_error(errc::invalid_argument, message, position_at(line, at));
  };
  if (!record.is_object()) {
    throw fail(record.offset(), "an archive record is a JSON object {\"id\", \"date\", \"source\", \"title\", \"url\", \"text\"}");
  }
  // A member's string, or nullopt when it is absent or null.
  auto field = [&](const char* key, bool required) -> std::optional<std::string> {
    const json_value* v = record.find(key);
    if (!v || v->is_null()) {
      if (required) throw fail(record.offset(), std::string("a record needs \"") + key + "\"");
      return std::nullopt;
    }
    if (!v->is_string()) {
      throw fail(v->offset(), std::string("\"") + key + "\" must be a string, not " +
                                  std::string(json_value::kind_name(v->kind())));
    }
    return v->text();
  };
  archive_record r;
  r.id = *field("id", true);
  r.text = *field("text", true);
  r.source = field("source", false);
  r.title = field("title", false);
  r.url = field("url", false);
  if (const std::optional<std::string> written = field("date", false); written && !written->empty()) {
    // YYYY-MM-DD, or an ISO 8601 date and time whose local date is taken as written.
    const std::string_view day = std::string_view(*written).substr(0, written->size() > 10 && (*written)[10] == 'T' ? 10 : written->size());
    const auto d = try_parse_iso_date(day);
    if (!d) throw fail(record.find("date")->offset(), "\"date\": " + d.error().message());
    r.date = date::sys_days(*d);
    r.date_text = "\"date\": \"" + *written + "\"";
  }
  return r;
}

}  // namespace eok
