// eok/convert.hpp: moved to <eok/rates/convert.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_CONVERT_HPP_FORWARD
#define EOK_CONVERT_HPP_FORWARD
#include <eok/rates/convert.hpp>
#endif
