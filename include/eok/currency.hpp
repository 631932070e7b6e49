// eok/currency.hpp: moved to <eok/core/currency.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_CURRENCY_HPP_FORWARD
#define EOK_CURRENCY_HPP_FORWARD
#include <eok/core/currency.hpp>
#include <eok/lexicon/currency_names.hpp>
#endif
