// Text that yaml-cpp hands back, as UTF-8. Private to the library; header-only, so the rate core
// stays free of other parts. Used by every reader of YAML (front matter, claims, rate files)
// for every string it keeps.
//
// yaml-cpp 0.7 decodes two of YAML's escapes in double-quoted scalars to a single raw byte
// instead of their UTF-8 form: `\_` (U+00A0, no-break space) becomes 0xA0 and `\N` (U+0085,
// next line) becomes 0x85; its other escapes (`\L`, `\P`, `\xNN`, `\uNNNN`) are right. A lone
// 0xA0 or 0x85, which is never UTF-8 by itself, is therefore written back as the code point it
// stands for (docs/robustness.md, finding 26; the front_matter fuzz target found it). Every
// other byte is kept as it is: the readers check their input as UTF-8 themselves.
#ifndef EOK_SRC_YAML_TEXT_HPP
#define EOK_SRC_YAML_TEXT_HPP

#include <eok/text/text.hpp>

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace eok::detail {

/// `s` with yaml-cpp's one-byte escapes (a lone 0xA0 or 0x85) as UTF-8.
[[nodiscard]] inline std::string mend_yaml_escapes(std::string s) {
  std::size_t i = 0;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  if (i == s.size()) return s;  // ASCII: nothing to mend
  std::string out = s.substr(0, i);
  out.reserve(s.size() + 8);
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b == 0xA0 || b == 0x85) && utf8::invalid_at(s, i)) {
      utf8::append(out, b);
      ++i;
      continue;
    }
    const std::size_t n = b < 0x80 ? 1 : utf8::next(s, i).len;
    out.append(s, i, n);
    i += n;
  }
  return out;
}

/// The text of a scalar node, as UTF-8.
[[nodiscard]] inline std::string yaml_text(const YAML::Node& n) { return mend_yaml_escapes(n.Scalar()); }

}  // namespace eok::detail

#endif  // EOK_SRC_YAML_TEXT_HPP
