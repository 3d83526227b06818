/**
 * The entry point: {@link org.sibcalc.Calculation} applies {@link org.sibcalc.contract.ContractTerms} to
 * {@link org.sibcalc.data.CareData} and gives the {@link org.sibcalc.Statement} at a reporting date, and each
 * young person's explanation. A calculation is a pure function of the terms, the data and the date.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc;

import org.jspecify.annotations.NullMarked;
