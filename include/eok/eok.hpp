// eok/eok.hpp: everything eok offers, in one include.
#ifndef EOK_EOK_HPP
#define EOK_EOK_HPP

#include <eok/convert.hpp>
#include <eok/currency.hpp>
#include <eok/decimal.hpp>
#include <eok/error.hpp>
#include <eok/money.hpp>
#include <eok/quantity.hpp>
#include <eok/rates.hpp>
#include <eok/rates_file.hpp>
#include <eok/ratio.hpp>
#include <eok/version.hpp>

#endif  // EOK_EOK_HPP
