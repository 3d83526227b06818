/**
 * What an outcomes contract says (docs/contract.md): the episode-end convention, care types, tracking period and
 * age-out, cohort rule, measurement dates, baseline, price per care day avoided, netting, caps, rounding and
 * clawback, gathered in {@link org.sibcalc.contract.ContractTerms}.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.contract;

import org.jspecify.annotations.NullMarked;
