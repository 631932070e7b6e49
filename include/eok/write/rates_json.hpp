// eok/write/rates_json.hpp: rates and amounts as JSON members, the same in every command.
//
// `eok convert --json`, `eok scan --convert-to` and `eok rates show --json` write a rate with
// its provenance; these write those members through one `json_writer` so the commands cannot
// drift apart: `"value"`/`"currency"` for an amount, `"rate"`, `"rate_date"`, `"source"`,
// `"path"` for the rate a conversion used.
#ifndef EOK_WRITE_RATES_JSON_HPP
#define EOK_WRITE_RATES_JSON_HPP

#include <eok/core/money.hpp>
#include <eok/rates/rates.hpp>
#include <eok/write/format.hpp>
#include <eok/write/json.hpp>

#include <vector>

namespace eok {

/// `"value": "163152290000000", "currency": "KRW"` inside the current object.
void write_money_members(json_writer& w, const money& m);

/// `["USD", "EUR", "KRW"]`: a rate's path of currency codes.
void write_currency_path(json_writer& w, const std::vector<currency>& path);

/// `"rate": ..., "rate_exact": "748405/516", "rate_places": 30, "rate_date": "2025-02-10",
/// "source": "ecb", "path": [...]` inside the current object. No machine field is rounded
/// without saying so: `rate` is the exact decimal when the rate has one (`rate_places` null),
/// else the rate rounded half-even to `rate_places` (30, `rate_places_data`) places, never with
/// an ellipsis; `rate_exact` is always the exact rate (a decimal, or a fraction `p/q`).
void write_rate_members(json_writer& w, const rate_quote& q);

}  // namespace eok

#endif  // EOK_WRITE_RATES_JSON_HPP
