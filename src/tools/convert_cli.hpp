// The pieces of `eok convert` that the one-amount command (cmd_convert.cpp) and the batch
// reader (convert_batch.cpp) share: the options, reading an AMOUNT, converting it as the
// options ask, and the JSON object of a conversion.
#ifndef EOK_TOOLS_CONVERT_CLI_HPP
#define EOK_TOOLS_CONVERT_CLI_HPP

#include "cli.hpp"

#include <eok/core/money.hpp>
#include <eok/core/figure.hpp>
#include <eok/rates/convert.hpp>
#include <eok/text/date.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eok::cli {

/// What the command line asked `eok convert` for.
struct convert_options {
  std::string_view amount;
  currency to;
  std::optional<date_type> on;
  std::optional<date_range> average;
  std::string_view average_text;
  lookup_policy policy;
  std::string source = "ecb";
  rounding mode = rounding::half_even;
  bool json = false;
};

/// The settings of a conversion, by name: "to", "on", "average", "policy", "max-gap", "source"
/// and "round" (the command line's --to, --on, ...; an object line's "to", "on", ...).
[[nodiscard]] const std::vector<std::string_view>& conversion_settings();

/// Sets the setting `name` (one of `conversion_settings()`) from its text `value`; `shown` is
/// how the user wrote its name (`--on`, `"on"`), for the usage error that a bad value throws.
/// "on" and "average" replace each other.
void set_conversion_setting(convert_options& o, std::string_view name, std::string_view value, std::string_view shown);

/// AMOUNT as a money figure (one amount, or a range, band or vague amount with both ends), or
/// nothing after writing "eok convert: reason" (and a caret line) to `err`.
[[nodiscard]] std::optional<figure> read_amount(std::string_view text, std::ostream& err);

/// `amount` converted as `o` says: the mean over --average, the rate of --on under the policy,
/// or the latest rate. Throws `rate_not_found` when there is none.
[[nodiscard]] figure_conversion convert_as_asked(const figure& amount, const convert_options& o,
                                                 const rate_store& store);

/// The JSON object of one conversion, on one line (the output of `eok convert --json`).
void print_json(std::ostream& out, const figure_conversion& c);

/// `eok convert --jsonl`: every line of standard input converted (convert_batch.cpp).
int convert_lines(const convert_options& o, const rate_store& store, streams& io);

}  // namespace eok::cli

#endif  // EOK_TOOLS_CONVERT_CLI_HPP
