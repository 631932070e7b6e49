// eok/rates/rates_file.hpp: reading rate tables from YAML files.
//
// The tables a user brings (the Bank of Korea's 매매기준율, a company's booking rates) follow
// the schema in rates/README.md, the same one the bundled ECB and FRED tables use. Reading is
// all-or-nothing: every field, currency, date and value is checked, every error names the file,
// line and column (columns in code points) and the reason, and a store is changed only when
// every file given was read without error. The YAML library stays inside src/; nothing of it
// appears here, so including this header costs a user no YAML dependency.
//
// Things you should know:
// - Rate values must be quoted decimal strings ("1496.81"): a plain 1496.81 is a float to most
//   YAML readers, and eok refuses to be the exception that silently reads it differently.
// - A directory means every `*.yaml` file directly in it (not in subdirectories), in name order;
//   two files with the same `source` id in one load are an error.
// - A table whose `source` id is already in the store (`ecb`, `fred`) replaces that source
//   wholesale; it is not merged series by series.
#ifndef EOK_RATES_FILE_HPP
#define EOK_RATES_FILE_HPP

#include <eok/rates/rates.hpp>

#include <string>
#include <string_view>

#include <cstdint>

namespace eok {

/// How far a pair and its inverse on one date (USD/KRW and KRW/USD) may disagree: the product of
/// the two rates, each for one unit, must be within this many thousandths of 1 (1: 0.1%), or the table does not
/// load. Published pairs and their inverses agree to the rounding of the smaller rate's last
/// digit: 1/1451 is 0.000689..., so a table quoting KRW/USD to 4 places (0.0007) is 1.6% off and
/// refused, while 0.000689 (0.03% off) loads. A table holds one source, so the check is per table.
inline constexpr int inverse_rate_tolerance_per_mille = 1;

/// Reads one table from YAML text; `file_name` is used in error messages ("bok.yaml:12:7: ...").
/// Throws `error` with `errc::invalid_rate_file`.
[[nodiscard]] rate_table parse_rate_table(std::string_view yaml_text, const std::string& file_name);

/// The largest rate file read (64 MiB; the bundled tables are a few hundred KiB).
inline constexpr std::uintmax_t max_rate_file_bytes = 64u * 1024u * 1024u;

/// Reads one table from a file. Throws `error` with `errc::io_error` if the file cannot be read,
/// is not a regular file (a FIFO, a device such as /dev/zero, a socket: each could block or never
/// end) or is larger than `max_rate_file_bytes`; `errc::invalid_rate_file` if it does not follow
/// the schema.
[[nodiscard]] rate_table read_rate_table(const std::string& file);

/// A store holding the tables in `path`: one YAML file, or every `*.yaml` file in a directory.
/// Validates everything before returning; throws on the first error.
[[nodiscard]] rate_store load_rates(const std::string& path);

/// Adds the tables in `path` (a file or a directory) to `store`, replacing sources with the same
/// ids. On error `store` is unchanged.
void add_rates(rate_store& store, const std::string& path);

/// The environment variable naming a directory of rate tables (as `eok rates import` writes
/// them) that `default_rates()` and every `eok` command add to the bundled ones.
inline constexpr const char* rates_environment_variable = "EOK_RATES";

/// The rates eok uses when the caller names none: `bundled_rates()` plus the tables in the
/// directory `$EOK_RATES`, when it is set and not empty (a table whose source id is bundled
/// replaces that source, as `add_rates` does). Loaded once, on first use; a bad table throws
/// `eok::error` naming `file:line:column`, and the next call tries again.
[[nodiscard]] const rate_store& default_rates();

}  // namespace eok

#endif  // EOK_RATES_FILE_HPP
