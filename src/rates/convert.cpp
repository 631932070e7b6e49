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

namespace {

/// The rate of a period's mean, as `convert_with` takes it: dated on the last day in the mean.
rate_quote quote_of(const average_quote& avg) { return rate_quote{avg.from, avg.to, avg.rate, avg.last, avg.source, avg.path}; }

figure_conversion convert_figure_at(const figure& f, const rate_quote& rate, rounding mode,
                                    const std::optional<average_quote>& average) {
  if (!f.cur.valid()) {
    throw error(errc::invalid_argument, "cannot convert '" + f.text + "': it has no currency", text_position{});
  }
  const auto one = [&](const std::optional<decimal>& amount) -> std::optional<conversion> {
    if (!amount) return std::nullopt;
    conversion c = convert_with(money(*amount, f.cur), rate, mode);
    c.average = average;
    return c;
  };
  figure_conversion out;
  out.from = f;
  out.value = one(f.value);
  out.low = one(f.low);
  out.high = one(f.high);
  // A band or vague magnitude is [low, high); mirrored when negative (figure.hpp). A range's
  // ends are both inclusive.
  if ((f.band || f.vague) && f.low && f.high) {
    (f.low->is_negative() ? out.low_open : out.high_open) = true;
  }
  return out;
}

}  // namespace

conversion convert_average(const money& amount, currency to, const date_range& period, const rate_store& rates,
                           std::string_view source, rounding mode) {
  average_quote avg = rates.get_average(amount.cur(), to, period.first, period.last, source);
  conversion c = convert_with(amount, quote_of(avg), mode);
  c.average = std::move(avg);
  return c;
}

figure_conversion convert_figure(const figure& f, const rate_quote& rate, rounding mode) {
  return convert_figure_at(f, rate, mode, std::nullopt);
}

figure_conversion convert_figure(const figure& f, const average_quote& average, rounding mode) {
  return convert_figure_at(f, quote_of(average), mode, average);
}

}  // namespace eok
