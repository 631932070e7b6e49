// Fuzzes the front matter reader: try_read_front_matter never throws, an error points inside
// the input at the line and column position_at gives, and what it reads is consistent: the
// body starts inside the input on the line it says, every string it keeps is valid UTF-8, and
// a date is a real calendar day that survives a round trip through its ISO form; and the reader
// of plain `key: value` lines gives what yaml-cpp gives.
#include "json_check.hpp"

#include <eok/read/front_matter.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void broken(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "front_matter invariant broken: %s %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

void check_string(const std::string& s) {
  if (!eok::test::is_valid_utf8(s)) broken("a kept string is not UTF-8", s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const eok::result<eok::front_matter> r = eok::try_read_front_matter(text);
  // The reader of plain `key: value` lines and yaml-cpp agree wherever the first one reads.
  const eok::result<eok::front_matter> y = eok::detail::try_read_front_matter_yaml(text);
  if (r.has_value() != y.has_value()) broken("the plain-line reader and yaml-cpp disagree on success");
  if (!r && (r.error().message() != y.error().message() || r.error().offset() != y.error().offset())) {
    broken("the plain-line reader and yaml-cpp give different errors", r.error().message());
  }
  if (r) {
    const eok::front_matter& a = r.value();
    const eok::front_matter& b = y.value();
    if (a.present != b.present || a.date != b.date || a.source != b.source || a.title != b.title || a.url != b.url ||
        a.other != b.other || a.body_offset != b.body_offset || a.body_line != b.body_line) {
      broken("the plain-line reader and yaml-cpp read different front matter");
    }
  }
  if (!r) {
    const eok::error& e = r.error();
    if (e.offset() > size) broken("error offset past the input");
    if (!e.position().known()) broken("error without a position", e.what());
    if (e.position() != eok::position_at(text, e.offset())) broken("error line/column disagree with offset");
    if (e.message().empty()) broken("empty error message");
    return 0;
  }
  const eok::front_matter& fm = r.value();
  if (fm.body_offset > size) broken("body starts past the input");
  const auto newlines = static_cast<std::size_t>(
      std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(fm.body_offset), '\n'));
  if (!fm.present) {
    if (fm.body_offset != 0 && fm.body_offset != 3) broken("no front matter but the body does not start at 0");
    if (fm.date || fm.source || fm.title || fm.url || !fm.other.empty()) broken("values without front matter");
  } else if (fm.body_line != 1 + newlines && !(fm.body_offset == size && fm.body_line == 2 + newlines)) {
    broken("body_line disagrees with body_offset");
  }
  if (fm.date) {
    if (!fm.date->ok()) broken("a date that does not exist");
    const std::string iso = eok::to_iso_string(*fm.date);
    const auto back = eok::try_parse_iso_date(iso);
    if (!back || back.value() != *fm.date) broken("date does not survive its ISO form", iso);
  }
  for (const auto* s : {&fm.source, &fm.title, &fm.url}) {
    if (*s) check_string(**s);
  }
  for (const auto& kv : fm.other) {
    check_string(kv.first);
    check_string(kv.second);
  }
  return 0;
}
