package org.sibcalc.contract;

import javax.money.MonetaryAmount;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/**
 * Limits on what is due.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param total     the most that can be due in total, or null for no limit; zero or more
 * @param perCohort the most that one cohort can earn under COHORT netting, or null for no limit; zero or more
 */
public record Caps(MonetaryAmount total, MonetaryAmount perCohort) {

    /** No caps. */
    public static final Caps NONE = new Caps(null, null);

    /** Validates the amounts. */
    public Caps {
        if (total != null && total.isNegative()) {
            throw new InvalidValueException("caps.total", MoneyText.withCurrency(total) + " is negative");
        }
        if (perCohort != null && perCohort.isNegative()) {
            throw new InvalidValueException("caps.perCohort", MoneyText.withCurrency(perCohort) + " is negative");
        }
    }

    /** Returns a cap on the total only. */
    public static Caps total(MonetaryAmount total) {
        return new Caps(total, null);
    }

    /** Returns a cap on each cohort only (for COHORT netting). */
    public static Caps perCohort(MonetaryAmount perCohort) {
        return new Caps(null, perCohort);
    }
}
