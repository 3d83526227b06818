package org.sibcalc.contract;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/**
 * Limits on what is due.
 *
 * <p>This class is immutable and thread-safe. {@link #NONE} and the factories {@link #total(MonetaryAmount)},
 * {@link #perCohort(MonetaryAmount)} and {@link #perParticipant(MonetaryAmount)}, with the {@code with}
 * methods, make caps without writing an {@code Optional}.
 *
 * @param total     the most that can be due in total; empty for no limit; zero or more
 * @param perCohort the most that one cohort can earn under COHORT netting; empty for no limit; zero or more
 * @param perParticipant the most that one participant's participant outcomes can earn together at a date;
 *                       empty for no limit; zero or more
 */
public record Caps(Optional<MonetaryAmount> total, Optional<MonetaryAmount> perCohort,
        Optional<MonetaryAmount> perParticipant) {

    /** No caps. */
    public static final Caps NONE = new Caps(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the amounts.
     *
     * @param total the {@link #total() total} record component
     * @param perCohort the {@link #perCohort() perCohort} record component
     * @param perParticipant the {@link #perParticipant() perParticipant} record component
     */
    public Caps {
        check("caps.total", total);
        check("caps.perCohort", perCohort);
        check("caps.perParticipant", perParticipant);
    }

    /**
     * Returns caps on the total and on each cohort, without a cap per participant.
     *
     * @param total the cap on the total paid
     * @param perCohort the cap on each cohort's payments
     */
    public Caps(MonetaryAmount total, MonetaryAmount perCohort) {
        this(Optional.of(total), Optional.of(perCohort), Optional.empty());
    }

    private static void check(String field, Optional<MonetaryAmount> cap) {
        Objects.requireNonNull(cap, field + " (an Optional)");
        if (cap.isPresent() && cap.get().isNegative()) {
            throw new InvalidValueException(field, MoneyText.withCurrency(cap.get()) + " is negative");
        }
    }

    /**
     * Returns a cap on the total only.
     *
     * @param total the cap on the total paid, not null
     * @return the caps
     */
    public static Caps total(MonetaryAmount total) {
        return NONE.withTotal(total);
    }

    /**
     * Returns a cap on each cohort only (for COHORT netting).
     *
     * @param perCohort the cap on each cohort's payments, not null
     * @return the caps
     */
    public static Caps perCohort(MonetaryAmount perCohort) {
        return NONE.withPerCohort(perCohort);
    }

    /**
     * Returns a cap on each participant's participant outcomes only.
     *
     * @param perParticipant the cap on each participant's participant outcomes, not null
     * @return the caps
     */
    public static Caps perParticipant(MonetaryAmount perParticipant) {
        return NONE.withPerParticipant(perParticipant);
    }

    /**
     * Returns a copy with this cap on the total.
     *
     * @param value the cap on the total paid
     * @return a copy of these caps with {@code value} as the cap on the total
     */
    public Caps withTotal(MonetaryAmount value) {
        return new Caps(Optional.of(value), perCohort, perParticipant);
    }

    /**
     * Returns a copy with this cap per cohort.
     *
     * @param value the cap on each cohort's payments
     * @return a copy of these caps with {@code value} as the cap per cohort
     */
    public Caps withPerCohort(MonetaryAmount value) {
        return new Caps(total, Optional.of(value), perParticipant);
    }

    /**
     * Returns a copy with this cap per participant.
     *
     * @param value the cap per participant
     * @return a copy of these caps with {@code value} as the cap per participant
     */
    public Caps withPerParticipant(MonetaryAmount value) {
        return new Caps(total, perCohort, Optional.of(value));
    }
}
