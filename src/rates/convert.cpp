// Conversion: exact product of amount and rate, rounded once.
#include <eok/rates/convert.hpp>

#include <utility>

namespace eok {

conversion convert_with(const money& amount, const rate_quote& rate, rounding mode) {
  if (amount.cur() != rate.from) {
    throw currency_mismatch(errc::currency_mismatch, "cannot convert " + std::string(amount.cur().code()) +
                                                         " with a rate from " + std::string(rate.from.code()));
  }
  conversion c;
  c.from = amount;
  c.exact_ratio = ratio(amount.amount()) * rate.rate;
  if (auto exact = c.exact_ratio.to_exact_decimal()) {
    c.exact = std::move(*exact);
  } else {
    c.exact = c.exact_ratio.to_decimal(exact_scale, rounding::half_even);
    c.exact_terminates = false;
  }
  c.to = money(c.exact_ratio.to_decimal(rate.to.minor_units(), mode), rate.to);
  c.rate = rate;
  c.mode = mode;
  return c;
}

conversion convert(const money& amount, currency to, date_type on, const rate_store& rates,
                   const lookup_policy& policy, std::string_view source, rounding mode) {
  return convert_with(amount, rates.get(amount.cur(), to, on, policy, source), mode);
}

conversion convert_average(const money& amount, currency to, const date_range& period, const rate_store& rates,
                           std::string_view source, rounding mode) {
  average_quote avg = rates.get_average(amount.cur(), to, period.first, period.last, source);
  rate_quote q{avg.from, avg.to, avg.rate, avg.last, avg.source, avg.path};
  conversion c = convert_with(amount, q, mode);
  c.average = std::move(avg);
  return c;
}

}  // namespace eok
