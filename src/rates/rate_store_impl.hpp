// How a rate_store keeps a source: compact arrays, shared by the loader, the bundled tables and
// the generator. Private to the library (not installed).
//
// One series is three parallel arrays: day numbers (days since 1970-01-01, int32, strictly
// ascending), value coefficients (int64) and value scales (uint8), so 1496.81 on 2025-02-10 is
// (20129, 149681, 2). The arrays either belong to the source (`storage`, for tables read from
// files or built in code) or are the static arrays compiled into the library (bundled tables).
#ifndef EOK_SRC_RATE_STORE_IMPL_HPP
#define EOK_SRC_RATE_STORE_IMPL_HPP

#include <eok/rates/rates.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eok::detail {

/// One series, viewed as three parallel arrays.
struct series_entry {
  currency base;
  currency quote;
  std::int64_t per = 1;
  std::string series_id;
  const std::int32_t* days = nullptr;
  const std::int64_t* coefficients = nullptr;
  const std::uint8_t* scales = nullptr;
  std::size_t size = 0;
  std::uint64_t slope = 0;  ///< (size - 1) / (last day - first day) in 32.32 fixed point, for the search
};

/// The order of series in a source: by base, then quote (currency order is code order).
[[nodiscard]] inline bool series_before(const series_entry& s, currency base, currency quote) noexcept {
  return s.base < base || (s.base == base && s.quote < quote);
}

/// The hash-table key of a pair: the two currencies' table rows.
[[nodiscard]] inline std::uint64_t pair_key(currency base, currency quote) noexcept {
  return (std::uint64_t{currency_access::id(base)} << 16) | currency_access::id(quote);
}

/// One source: its description, its hub currency and its series sorted by (base, quote).
struct source_entry {
  source_info info;
  currency hub;                         ///< the currency that appears in most series
  std::vector<series_entry> series;     ///< sorted by (base, quote)
  std::vector<std::uint64_t> keys;      ///< pair_key of each series, in series order
  /// Open addressing over `keys`: a power of two at least four times the number of series;
  /// a slot holds a series index + 1, or 0 when empty. A probe starts at `key_slot`.
  std::vector<std::uint32_t> slots;
  unsigned slot_shift = 64;             ///< 64 - log2(slots.size())
  std::shared_ptr<const void> storage;  ///< owns the arrays; null for compiled-in tables
};

/// Where the probe for a pair key starts in a table of 2^(64 - shift) slots (Fibonacci hashing).
[[nodiscard]] inline std::size_t key_slot(std::uint64_t key, unsigned shift) noexcept {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift);
}

/// Builds a source from series views: sorts the series and picks the hub. Throws
/// `error(errc::invalid_rate_file)` if a pair appears twice.
[[nodiscard]] std::shared_ptr<const source_entry> make_source_entry(source_info info, std::vector<series_entry> series,
                                                                    std::shared_ptr<const void> storage);

/// Validates a table and copies it into compact storage.
[[nodiscard]] std::shared_ptr<const source_entry> make_source_entry(const rate_table& table);

/// Day number of a date and back.
[[nodiscard]] inline std::int32_t day_number(date_type d) noexcept {
  return static_cast<std::int32_t>(d.time_since_epoch().count());
}
[[nodiscard]] inline date_type from_day_number(std::int32_t n) noexcept { return date_type(date::days(n)); }

}  // namespace eok::detail

#endif  // EOK_SRC_RATE_STORE_IMPL_HPP
