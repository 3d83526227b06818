/**
 * Operating a contract over time (docs/ledger.md): the {@link org.sibcalc.ledger.PaymentLedger} of payments
 * actually made, the {@link org.sibcalc.ledger.ClaimCheck} of a provider's claim against the recomputed
 * statement, and the {@link org.sibcalc.ledger.Comparison} of two extracts of the data. Each is an immutable
 * value a finance tool can store; each is worked out from statements and explanations the
 * {@link org.sibcalc.Calculation} gives, never by a second engine. No file format is known here.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.ledger;

import org.jspecify.annotations.NullMarked;
