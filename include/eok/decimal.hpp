// eok/decimal.hpp: moved to <eok/core/decimal.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_DECIMAL_HPP_FORWARD
#define EOK_DECIMAL_HPP_FORWARD
#include <eok/core/decimal.hpp>
#endif
