// eok/reconcile.hpp: moved to <eok/reconcile/reconcile.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_RECONCILE_HPP_FORWARD
#define EOK_RECONCILE_HPP_FORWARD
#include <eok/reconcile/reconcile.hpp>
#endif
