// bundled_rates(): the compiled-in ECB and FRED tables, wrapped as a rate_store on first use.
//
// Nothing is copied: each series of the store points into the static arrays that the build
// generated from rates/*.yaml (see bundled_rates.hpp), so the first call costs a few dozen small
// allocations for the series descriptions, and no parsing at all.
#include "bundled_rates.hpp"
#include "rate_store_impl.hpp"

#include <eok/rates/rates.hpp>

#include <vector>

namespace eok {

const rate_store& bundled_rates() {
  static const rate_store store = [] {
    namespace b = detail::bundled;
    rate_store s;
    for (std::size_t i = 0; i < b::source_count; ++i) {
      const b::source_row& src = b::source_rows[i];
      std::vector<detail::series_entry> series;
      for (std::uint32_t k = 0; k < src.series_count; ++k) {
        const b::series_row& row = b::series_rows[src.first_series + k];
        detail::series_entry e;
        // The generator wrote only codes that the loader accepted, so these are known.
        e.base = currency::from_code(row.base).value_or(currency());
        e.quote = currency::from_code(row.quote).value_or(currency());
        e.per = row.per;
        e.series_id = row.series_id;
        e.days = b::days + row.offset;
        e.coefficients = b::coefficients + row.offset;
        e.scales = b::scales + row.offset;
        e.size = row.count;
        series.push_back(std::move(e));
      }
      s.add_entry(detail::make_source_entry(source_info{src.id, src.name, src.publisher, src.citation, src.url},
                                            std::move(series), nullptr));
    }
    return s;
  }();
  return store;
}

}  // namespace eok
