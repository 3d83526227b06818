/**
 * What an outcomes contract says (docs/contract.md): the episode-end convention, care types, tracking period and
 * age-out, cohort rule, measurement dates, baseline, price per care day avoided, netting, caps, rounding and
 * clawback, gathered in {@link org.sibcalc.contract.ContractTerms}.
 */
package org.sibcalc.contract;
