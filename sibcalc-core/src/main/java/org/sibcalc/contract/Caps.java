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

    /**
     * Validates the amounts.
     *
     * @param total the {@link #total() total} record component
     * @param perCohort the {@link #perCohort() perCohort} record component
     * @param perParticipant the {@link #perParticipant() perParticipant} record component
     */
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

    /**
     * Returns caps on the total and on each cohort, without a cap per participant.
     *
     * @param total the {@link #total() total} record component
     * @param perCohort the {@link #perCohort() perCohort} record component
     */
    public Caps(MonetaryAmount total, MonetaryAmount perCohort) {
        this(total, perCohort, null);
    }

    /**
     * Returns a cap on the total only.
     *
     * @param total the cap on the total paid, not null
     * @return the caps
     */
    public static Caps total(MonetaryAmount total) {
        return new Caps(total, null);
    }

    /**
     * Returns a cap on each cohort only (for COHORT netting).
     *
     * @param perCohort the cap on each cohort's payments, not null
     * @return the caps
     */
    public static Caps perCohort(MonetaryAmount perCohort) {
        return new Caps(null, perCohort);
    }

    /**
     * Returns a cap on each participant's participant outcomes only.
     *
     * @param perParticipant the cap on each participant's participant outcomes, not null
     * @return the caps
     */
    public static Caps perParticipant(MonetaryAmount perParticipant) {
        return new Caps(null, null, perParticipant);
    }

    /**
     * Returns a copy with this cap per participant (null for none).
     *
     * @param value the cap per participant, or null for none
     * @return a copy of these caps with {@code value} as the cap per participant
     */
    public Caps withPerParticipant(MonetaryAmount value) {
        return new Caps(total, perCohort, value);
    }
}
