// eok/eok.hpp: everything eok offers, in one include.
#ifndef EOK_EOK_HPP
#define EOK_EOK_HPP

#include <eok/convert.hpp>
#include <eok/currency.hpp>
#include <eok/decimal.hpp>
#include <eok/error.hpp>
#include <eok/figure.hpp>
#include <eok/front_matter.hpp>
#include <eok/json.hpp>
#include <eok/money.hpp>
#include <eok/parse.hpp>
#include <eok/quantity.hpp>
#include <eok/rates.hpp>
#include <eok/rates_file.hpp>
#include <eok/ratio.hpp>
#include <eok/reconcile.hpp>
#include <eok/reconcile_report.hpp>
#include <eok/scan.hpp>
#include <eok/text.hpp>
#include <eok/version.hpp>

#endif  // EOK_EOK_HPP
