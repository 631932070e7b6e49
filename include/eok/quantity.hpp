// eok/quantity.hpp: moved to <eok/lexicon/scales.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_QUANTITY_HPP_FORWARD
#define EOK_QUANTITY_HPP_FORWARD
#include <eok/lexicon/scales.hpp>
#endif
