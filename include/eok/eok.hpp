// eok/eok.hpp: everything eok offers, in one include.
#ifndef EOK_EOK_HPP
#define EOK_EOK_HPP

#include <eok/rates/convert.hpp>
#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/error.hpp>
#include <eok/core/figure.hpp>
#include <eok/read/front_matter.hpp>
#include <eok/write/json.hpp>
#include <eok/write/format.hpp>
#include <eok/write/rates_json.hpp>
#include <eok/core/money.hpp>
#include <eok/read/parse.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/lexicon/scales.hpp>
#include <eok/rates/rates.hpp>
#include <eok/rates/rates_file.hpp>
#include <eok/core/ratio.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>
#include <eok/read/scan.hpp>
#include <eok/text/text.hpp>
#include <eok/core/version.hpp>

#endif  // EOK_EOK_HPP
