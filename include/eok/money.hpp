// eok/money.hpp: moved to <eok/core/money.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_MONEY_HPP_FORWARD
#define EOK_MONEY_HPP_FORWARD
#include <eok/core/money.hpp>
#endif
