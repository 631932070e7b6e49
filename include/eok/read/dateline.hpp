// eok/read/dateline.hpp: the publication date a page states in its byline or dateline.
//
// Pages saved from news sites carry no front matter, but they say when they were published, in
// a byline or dateline near the top: `김희정 기자 기사 입력 2025.02.10 20:30`, `파리/정철환 특파원
// 2024. 10. 8. 00:36`, `송고시간 : 2025-02-20 11:30`. `find_dateline` picks that date:
//
// - Dates are read by the one written-date reader (text/date.hpp), so a date needs its year:
//   `9일(현지시간)` or `1월 21일` inside the story is never taken.
// - A date after a publication label (lexicon/dateline_words.hpp: 입력, 기사 입력, 송고시간, 등록,
//   발행, Published) wins over any unlabelled one; a date after `수정` (updated) never counts.
//   Of several labelled dates the earliest is kept: a page republished by a portal shows its own
//   posting date beside the wire's 송고시간, and the original is the earlier one.
// - An unlabelled date counts only on a short line (at most 30 other characters: a byline such
//   as `파리/정철환 특파원`), and then the first such line wins. A labelled one needs a line of
//   at most 100 characters. Sentences of the story are longer.
// - When no date is found, `reason` says why, naming a label that stands without a date
//   (`'입력' on line 1 has no date`).
#ifndef EOK_READ_DATELINE_HPP
#define EOK_READ_DATELINE_HPP

#include <eok/lexicon/dateline_words.hpp>
#include <eok/text/date.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace eok {

/// A publication date read from a page's byline.
struct dateline {
  date_type day;                                 ///< the date written (the local date; a time is not used)
  std::string text;                              ///< the words it was read from: "기사 입력 2025.02.10 20:30"
  std::size_t start = 0;                         ///< byte offset of `text` in the page
  std::size_t end = 0;                           ///< one past its last byte
  std::size_t line = 1;                          ///< 1-based line of `start`
  std::optional<lexicon::dateline_label> label;  ///< the label before (or after) the date, if any
};

/// What the search of a page found: the date, or why there is none.
struct dateline_search {
  std::optional<dateline> found;
  std::string reason;  ///< empty when found
};

/// The publication date of the page `text` (see the header comment), searched from byte
/// `from` (past any front matter) with lines counted from `first_line` there.
[[nodiscard]] dateline_search find_dateline(std::string_view text, std::size_t from = 0, std::size_t first_line = 1);

}  // namespace eok

#endif  // EOK_READ_DATELINE_HPP
