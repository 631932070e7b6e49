// The bundled rate tables as compiled-in arrays: the contract between the build-time generator
// (src/generate/make_bundled_rates.cpp), the source it writes (bundled_rates_data.cpp in the build
// tree) and bundled_rates() (src/rates/bundled_rates.cpp). Private to the library.
//
// Every series of every source is a slice [offset, offset + count) of the three arrays, which
// hold all observations of all series back to back: day numbers (days since 1970-01-01), value
// coefficients and value scales. Plain arrays of integers compile quickly and cost nothing at
// run time: no parsing, no allocation, the pages are mapped in when first read.
#ifndef EOK_SRC_BUNDLED_RATES_HPP
#define EOK_SRC_BUNDLED_RATES_HPP

#include <cstddef>
#include <cstdint>

namespace eok::detail::bundled {

/// One series: the slice of the arrays it owns.
struct series_row {
  const char* base;       ///< ISO code, "EUR"
  const char* quote;      ///< ISO code, "KRW"
  std::int64_t per;       ///< values are quote units per `per` base units
  const char* series_id;  ///< the publisher's id, or ""
  std::uint32_t offset;   ///< first index in days/coefficients/scales
  std::uint32_t count;    ///< number of observations
};

/// One source: its description and its series (a slice of series_rows).
struct source_row {
  const char* id;
  const char* name;
  const char* publisher;
  const char* citation;
  const char* url;
  std::uint32_t first_series;
  std::uint32_t series_count;
};

extern const std::int32_t days[];
extern const std::int64_t coefficients[];
extern const std::uint8_t scales[];
extern const series_row series_rows[];
extern const source_row source_rows[];
extern const std::size_t source_count;

}  // namespace eok::detail::bundled

#endif  // EOK_SRC_BUNDLED_RATES_HPP
