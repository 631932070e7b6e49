// eok/figure.hpp: moved to <eok/core/figure.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_FIGURE_HPP_FORWARD
#define EOK_FIGURE_HPP_FORWARD
#include <eok/core/figure.hpp>
#endif
