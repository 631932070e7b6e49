// eok/core/values.hpp: the value types in one include, without the name tables.
//
// `decimal` (an exact number and its rounding modes), `currency` (an ISO 4217 code with its
// minor units), `money` (an exact amount in one currency) and `figure` (one figure as a
// reporter wrote it, made exact). Reading currency names and figures from text is the
// lexicon's and the reader's business (<eok/read/parse.hpp>), exchange rates the rates wing's
// (<eok/rates/rates.hpp>); `ratio` is in <eok/core/ratio.hpp>. Nothing here includes Boost.
#ifndef EOK_VALUES_HPP
#define EOK_VALUES_HPP

#include <eok/core/fwd.hpp>

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/figure.hpp>
#include <eok/core/money.hpp>

#endif  // EOK_VALUES_HPP
