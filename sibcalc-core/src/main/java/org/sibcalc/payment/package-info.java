/**
 * Outcome payments (docs/rules.md, "Outcomes" and "Payments"): {@link org.sibcalc.payment.PaymentSchedule} turns
  * care days avoided at each
 * measurement date into the cumulative due, the amount paid before and the payment, in exact money.
 *
 * <p>Nothing here is null unless it is typed {@code @Nullable} (docs/api.md).
 */
@NullMarked
package org.sibcalc.payment;

import org.jspecify.annotations.NullMarked;
