// eok/ratio.hpp: moved to <eok/core/ratio.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_RATIO_HPP_FORWARD
#define EOK_RATIO_HPP_FORWARD
#include <eok/core/ratio.hpp>
#endif
