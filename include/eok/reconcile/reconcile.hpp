// eok/reconcile/reconcile.hpp: do the money figures in the news add up, and if not, why not?
//
// A reported figure is not a number but a claim about an interval: "약 163조원" says the amount
// lies within a rounding unit of 163조, and a conversion "1090억유로(약 163조원)" says that some
// exchange rate in (162.5조 / 1090억, 163.5조 / 1090억) was used. Reconciliation is therefore
// interval arithmetic, done exactly: every bound is a `ratio`, so "does this fit?" never depends
// on a rounding made along the way, and the only rounding anywhere is in what is displayed.
//
// The engine sees rates through one narrow interface, `rate_oracle`, so the verdict and
// diagnosis logic is tested independently of any data file. Articles come in as `article` values
// (figures, the scanner's links, relations), so the same checks run on scanned news text, on a
// claims file, or on figures built by hand.
//
// One header per concept, all included here: interval.hpp (interval arithmetic and figures as
// intervals), article.hpp (the article model and its relations), rate_oracle.hpp (rates),
// claims.hpp (reading articles and claims), checks.hpp (the checks and a whole run).
#ifndef EOK_RECONCILE_HPP
#define EOK_RECONCILE_HPP

#include <eok/reconcile/article.hpp>
#include <eok/reconcile/checks.hpp>
#include <eok/reconcile/claims.hpp>
#include <eok/reconcile/interval.hpp>
#include <eok/reconcile/rate_oracle.hpp>

#endif  // EOK_RECONCILE_HPP
