// The command-line program's shared pieces: how a subcommand is called and how it reports.
//
// Each subcommand lives in its own cmd_*.cpp and is a plain function from its arguments and
// streams to an exit status, so the golden-file tests and the examples see exactly what a user
// sees. Exit status: 0 success, 1 "the input is not what was asked" (not a figure, an
// inconsistency), 2 usage or environment errors.
#ifndef EOK_TOOLS_CLI_HPP
#define EOK_TOOLS_CLI_HPP

#include <eok/core/error.hpp>
#include <eok/rates/rates.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eok::cli {

struct streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

using args = std::vector<std::string_view>;

/// A usage error: the message is printed with a hint to run `eok help COMMAND`; exit status 2.
struct usage_error {
  std::string message;
};

/// Prints `text` with a caret under byte `offset`, padded by display width (Hangul is two
/// columns in a terminal; see <eok/text/width.hpp>), like ledger's line context:
///   1..2억원
///    ^
/// Bytes that are not UTF-8 are shown as `\xNN`.
void print_caret(std::ostream& err, std::string_view text, std::size_t offset);

/// `print_caret` under the 1-based `column` (counted in code points, as error positions are).
void print_caret_at_column(std::ostream& err, std::string_view line, std::size_t column);

// The subcommands. Each returns the process's exit status.
// (added by the subcommands as they land)
/// `eok scan`: every figure in articles (cmd_scan.cpp).
int run_scan(const args& a, streams& io);
/// `eok reconcile`: check that reported figures add up (cmd_reconcile.cpp).
int run_reconcile(const args& a, streams& io);

/// `eok parse [--json] TEXT...` and `eok parse --jsonl` (cmd_parse.cpp).
int run_parse(const args& a, streams& io);

/// `eok convert AMOUNT --to CUR [--on DATE | --average PERIOD] ...` (cmd_convert.cpp).
int run_convert(const args& a, streams& io);

/// `eok rates` and `eok rates show FROM TO` (cmd_rates.cpp).
int run_rates(const args& a, streams& io);

/// Throws a usage error naming the loaded sources unless `store` has `source`.
void require_source(const rate_store& store, const std::string& source);

}  // namespace eok::cli

#endif  // EOK_TOOLS_CLI_HPP
