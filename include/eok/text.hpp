// eok/text.hpp: moved to <eok/text/text.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_TEXT_HPP_FORWARD
#define EOK_TEXT_HPP_FORWARD
#include <eok/text/text.hpp>
#endif
