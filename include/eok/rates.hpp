// eok/rates.hpp: moved to <eok/rates/rates.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_RATES_HPP_FORWARD
#define EOK_RATES_HPP_FORWARD
#include <eok/rates/rates.hpp>
#endif
