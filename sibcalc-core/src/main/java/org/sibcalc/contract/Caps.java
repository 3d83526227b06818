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
 * @param perParticipant the most that one participant's participant outcomes can earn together at a date, or
 *                       null for no limit; zero or more
 */
public record Caps(MonetaryAmount total, MonetaryAmount perCohort, MonetaryAmount perParticipant) {

    /** No caps. */
    public static final Caps NONE = new Caps(null, null, null);

    /** Validates the amounts. */
    public Caps {
        if (total != null && total.isNegative()) {
            throw new InvalidValueException("caps.total", MoneyText.withCurrency(total) + " is negative");
        }
        if (perCohort != null && perCohort.isNegative()) {
            throw new InvalidValueException("caps.perCohort", MoneyText.withCurrency(perCohort) + " is negative");
        }
        if (perParticipant != null && perParticipant.isNegative()) {
            throw new InvalidValueException("caps.perParticipant", MoneyText.withCurrency(perParticipant) + " is negative");
        }
    }

    /** Returns caps on the total and on each cohort, without a cap per participant. */
    public Caps(MonetaryAmount total, MonetaryAmount perCohort) {
        this(total, perCohort, null);
    }

    /** Returns a cap on the total only. */
    public static Caps total(MonetaryAmount total) {
        return new Caps(total, null);
    }

    /** Returns a cap on each cohort only (for COHORT netting). */
    public static Caps perCohort(MonetaryAmount perCohort) {
        return new Caps(null, perCohort);
    }

    /** Returns a cap on each participant's participant outcomes only. */
    public static Caps perParticipant(MonetaryAmount perParticipant) {
        return new Caps(null, null, perParticipant);
    }

    /** Returns a copy with this cap per participant (null for none). */
    public Caps withPerParticipant(MonetaryAmount value) {
        return new Caps(total, perCohort, value);
    }
}
