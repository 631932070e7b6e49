// eok/read/archive.hpp: one record of a news archive, a line of JSON.
//
// Newsrooms and researchers keep archives as JSON lines, one article a line:
//
//     {"id": "mt-2025-0210-01", "date": "2025-02-10", "source": "머니투데이", "title": "…",
//      "url": "https://…", "text": "마크롱 대통령은 1090억유로(약 163조원)를 …"}
//
// `eok scan` and `eok reconcile` read such files record by record (`.jsonl`, or `--input
// jsonl`), so an archive of any size is read in the memory of its longest line. This header
// reads the fields of one record; what each command then does with the text is its own.
//
// Things you should know:
// - `id` and `text` are required strings; `date`, `source`, `title` and `url` are strings or
//   null (or absent); any other key is ignored, so records written for other tools are read.
// - `date` is `YYYY-MM-DD`, or an ISO 8601 date and time (`2025-02-10T20:30:00+09:00`) whose
//   date part is taken as written, never shifted by the time zone, as in front matter.
// - The text is the article's text only: it has no front matter, and its offsets and lines are
//   counted in the decoded string (JSON escapes such as `\n` resolved).
// - Errors are `parse_error`s with the position in the line (its column in code points).
#ifndef EOK_READ_ARCHIVE_HPP
#define EOK_READ_ARCHIVE_HPP

#include <eok/text/date.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace eok {

/// The fields of one archive record.
struct archive_record {
  std::string id;                            ///< `"id"`
  std::string text;                          ///< `"text"`, the article's text
  std::optional<date_type> date;             ///< `"date"`, when given
  std::string date_text;                     ///< the member it was read from: `"date": "2025-02-10"`
  std::optional<std::string> source, title, url;  ///< when given (not null)
};

/// The record in `line`, a JSON object. Throws `parse_error` with the position in `line`: for
/// JSON that is not well formed, a line that is not an object, a missing `id` or `text`, a
/// member of the wrong type, or a date that does not exist (`"2025-02-30"`).
[[nodiscard]] archive_record read_archive_line(std::string_view line);

}  // namespace eok

#endif  // EOK_READ_ARCHIVE_HPP
