// The one reader of subcommand arguments: every `eok` subcommand takes its options this way.
//
// The grammar, the same for every subcommand:
// - `--name value` and `--name=value` for an option with a value; `--flag` for one without;
// - `-h` and `--help` anywhere (before `--`) print the subcommand's help, whatever else is wrong;
// - `--` ends the options: everything after it is an operand, even `-h` or `-3억원`;
// - `-` alone is an operand (standard input, for the commands that read input), and so is an
//   argument that starts with `-` and a digit (a negative figure such as `-3억원`);
// - any other argument starting with `-` is an option, and an unknown one is an error;
// - an option given twice is an error (`--to given twice`) unless it may repeat (`--rates`), and
//   so are two options of one group of alternatives (`--json conflicts with --jsonl`).
// Errors are `usage_error`s: main.cpp prints "eok COMMAND: message" and exits 2.
#ifndef EOK_TOOLS_OPTIONS_HPP
#define EOK_TOOLS_OPTIONS_HPP

#include "cli.hpp"

#include <eok/text/date.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eok::cli {

/// One option a subcommand takes.
struct option_spec {
  std::string_view name;    ///< "--to"
  bool takes_value = false; ///< `--to KRW` / `--to=KRW`
  bool repeats = false;     ///< may be given more than once; every value is kept, in order
  int group = 0;            ///< options sharing a nonzero group exclude each other
};

/// A flag (no value); `group` nonzero makes it one of a set of alternatives.
[[nodiscard]] constexpr option_spec flag(std::string_view name, int group = 0) { return {name, false, false, group}; }
/// An option with one value, given at most once.
[[nodiscard]] constexpr option_spec valued(std::string_view name, int group = 0) { return {name, true, false, group}; }
/// An option with a value that may be given several times.
[[nodiscard]] constexpr option_spec repeated(std::string_view name, int group = 0) { return {name, true, true, group}; }

/// What a command line said.
struct parsed_args {
  bool help = false;  ///< -h or --help was given: print the help and do nothing else
  std::vector<std::pair<std::string_view, std::string_view>> given;  ///< (name, value), in order
  args operands;      ///< everything that is not an option, in order

  [[nodiscard]] bool has(std::string_view name) const;
  /// The value of a once-only option, if given.
  [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const;
  /// Every value of a repeating option, in order.
  [[nodiscard]] std::vector<std::string> values(std::string_view name) const;
};

/// Reads `a` by the grammar above against `spec`. Throws `usage_error` on the first mistake,
/// unless -h/--help is among the arguments.
[[nodiscard]] parsed_args read_args(const args& a, const std::vector<option_spec>& spec);

/// The date `text` given for `option` (YYYY-MM-DD), read by the one date reader; a bad date is a
/// usage error "OPTION: reason".
[[nodiscard]] date_type date_option(std::string_view option, std::string_view text);

/// The whole number `text` given for `option`, from `lo` to `hi`; anything else (a sign, a
/// fraction, trailing bytes, out of range) is a usage error "OPTION: reason".
[[nodiscard]] unsigned count_option(std::string_view option, std::string_view text, unsigned lo, unsigned hi);

/// The period `text` given for `option` (as --average takes it); errors as `date_option`.
[[nodiscard]] date_range period_option(std::string_view option, std::string_view text);

/// The options every command that loads rates takes, with the same meaning everywhere:
/// `--rates PATH` adds tables to the bundled ones (a table whose source id is already loaded
/// replaces that source); `--only-rates PATH` loads only the tables in PATH. Both may repeat;
/// they cannot be combined.
inline constexpr option_spec rates_spec = repeated("--rates", 90);
inline constexpr option_spec only_rates_spec = repeated("--only-rates", 90);

/// The help lines for `--rates` and `--only-rates`, the same in every command (a macro, so
/// that each command's help stays one string literal).
#define EOK_CLI_RATES_HELP                                                                      \
  "  --rates PATH        add the rate tables in PATH (a YAML file or a directory of them) to\n" \
  "                      the bundled ECB and FRED tables; a table with an existing source\n"  \
  "                      id replaces that source; may repeat\n"                               \
  "  --only-rates PATH   use only the rate tables in PATH, not the bundled ones; may repeat\n"

/// Prints "eok COMMAND: file:line:column: reason" for an error in a file, then the file's line
/// with a caret under the column (when the error has a position).
void print_file_error(std::ostream& err, std::string_view command, const error& e);

/// The rate store the command line asks for: the bundled tables plus `--rates`, or only the
/// `--only-rates` tables. On a bad table, prints "eok COMMAND: file:line:column: reason" and the
/// line with a caret, and returns nothing.
[[nodiscard]] std::optional<rate_store> rates_from(const parsed_args& p, std::string_view command, std::ostream& err);

}  // namespace eok::cli

#endif  // EOK_TOOLS_OPTIONS_HPP
