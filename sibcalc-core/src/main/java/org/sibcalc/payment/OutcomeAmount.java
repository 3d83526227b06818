package org.sibcalc.payment;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What one outcome of the contract adds up to at a measurement date (docs/rules.md, "Payments", and
  * docs/statement-json.md).
 *
 * <p>For {@code CARE_DAYS_AVOIDED} the units are Σ max(0, care days avoided) over the netting units and the
 * amount is what they are due (after any cap per cohort); for a participant outcome the units are the sum
 * of every participant's units (days, blocks or milestones) and the amount is units × price × (1 −
 * deadweight), before any cap per participant. Both are exact, before rounding.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name   the outcome's name, not null
 * @param type   the outcome's type, such as {@code BLOCKS}, not null
 * @param units  the units at the date, exact, zero or more, not null
 * @param amount the amount at the date, exact (not rounded to the minor unit), not null
 */
public record OutcomeAmount(String name, String type, BigDecimal units, MonetaryAmount amount) {

    /**
     * Checks that every field is present.
     *
     * @param name the {@link #name() name} record component
     * @param type the {@link #type() type} record component
     * @param units the {@link #units() units} record component
     * @param amount the {@link #amount() amount} record component
     */
    public OutcomeAmount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(amount, "amount");
    }
}
