// eok/rates/rates_import.hpp: the publishers' own downloads, turned into eok rate tables.
//
// The bundled tables end on the day they were generated. To check an article published since,
// a user downloads the publisher's file and imports it; nothing else (no script, no network)
// is needed. The readers accept exactly the files the publishers hand out, and refuse anything
// else with the file, line and column of the first problem:
//
// - ECB, `eurofxref-hist.csv` (the whole history) and `eurofxref.csv` (the day's rates):
//   a `Date` column and one column per currency code, units of that currency per 1 EUR;
//   dates `2026-04-13` (history) or `13 April 2026` (daily); `N/A` or empty where a currency
//   is not quoted. Source id `ecb`.
// - FRED series CSV (`DEXKOUS.csv`): header `observation_date,SERIES` or `DATE,SERIES`, or
//   `date,value` with the series id taken from the file name (`fred_DEXKOUS.csv`); `.` or
//   empty where there is no observation. The H.10 series ids eok knows are listed in
//   `fred_series` below. Source id `fred`.
// - Bank of Korea ECOS, 매매기준율 (statistic 731Y001), the rows of the ECOS Open API
//   `StatisticSearch` saved as CSV: a header with at least `ITEM_NAME1`, `TIME` (YYYYMMDD) and
//   `DATA_VALUE`; item names such as `원/미국달러(매매기준율)` or `원/일본엔(100엔)` name the
//   currency (read with the lexicon's currency names) and, in parentheses, a unit of 100.
//   Source id `bok`.
//
// Zipped downloads are not read: unzip them first (`unzip eurofxref-hist.zip`). Values keep
// the publisher's digits; nothing is converted to a number on the way.
#ifndef EOK_RATES_RATES_IMPORT_HPP
#define EOK_RATES_RATES_IMPORT_HPP

#include <string>
#include <string_view>
#include <vector>

namespace eok {

/// One downloaded file: its name (for error messages and, for FRED `date,value` files, the
/// series id) and its bytes.
struct rate_download {
  std::string name;
  std::string text;
};

/// One rate table produced by an import: the source id (`ecb`, `fred`, `bok`) and the table
/// as YAML in the schema of rates/README.md, already checked by the rate-file loader.
struct imported_table {
  std::string source;
  std::string yaml;
};

/// Reads publisher downloads into one table per source, sorted by source id. Files of the same
/// source are merged (history and daily ECB files; several FRED series); a date given twice for
/// a pair must carry the same value. `existing` are tables already on disk (as YAML text, with
/// their file names) whose observations are kept and merged the same way. Throws `eok::error`
/// (`invalid_rate_file`) naming the file, line and column of the first problem.
[[nodiscard]] std::vector<imported_table> import_rates(const std::vector<rate_download>& files,
                                                       const std::vector<rate_download>& existing = {});

}  // namespace eok

#endif  // EOK_RATES_RATES_IMPORT_HPP
