// eok/reconcile_report.hpp: moved to <eok/reconcile/reconcile_report.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_RECONCILE_REPORT_HPP_FORWARD
#define EOK_RECONCILE_REPORT_HPP_FORWARD
#include <eok/reconcile/reconcile_report.hpp>
#endif
