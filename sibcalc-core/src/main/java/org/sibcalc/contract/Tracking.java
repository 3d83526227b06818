package org.sibcalc.contract;

import static org.sibcalc.basics.InvalidValueException.required;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.OptionalInt;
import org.sibcalc.basics.InvalidValueException;

/**
 * How long each young person is tracked: a period from the start, cut short at an age.
 *
 * <p>This class is immutable and thread-safe. {@link #of(Period)} and {@link #of(Period, int)} make one without
 * writing an {@code OptionalInt}.
 *
 * @param period   the tracking period from the start, such as {@code P30M}; positive
 * @param ageOutAt the age in whole years at which tracking stops, 1 to 150; empty for no age-out
 */
public record Tracking(Period period, OptionalInt ageOutAt) {

    /**
     * Validates the fields; see the class description.
     *
     * @param period the {@link #period() period} record component
     * @param ageOutAt the {@link #ageOutAt() ageOutAt} record component
     */
    public Tracking {
        required("tracking.period", period);
        if (period.isNegative() || period.isZero() || period.getYears() < 0 || period.getMonths() < 0
                || period.getDays() < 0) {
            throw new InvalidValueException("tracking.period", period + " is not a positive period");
        }
        Objects.requireNonNull(ageOutAt, "tracking.ageOutAt (an OptionalInt)");
        if (ageOutAt.isPresent() && (ageOutAt.getAsInt() < 1 || ageOutAt.getAsInt() > 150)) {
            throw new InvalidValueException("tracking.ageOutAt", ageOutAt.getAsInt() + " is not an age from 1 to 150");
        }
    }

    /**
     * {@return tracking for the period without age-out}
     *
     * @param period how long each participant is tracked from the start
     */
    public static Tracking of(Period period) {
        return new Tracking(period, OptionalInt.empty());
    }

    /**
     * {@return tracking for the period, stopping at the given age}
     *
     * @param period how long each participant is tracked from the start, not null
     * @param ageOutAt the age in whole years at which tracking stops, 1 to 150
     */
    public static Tracking of(Period period, int ageOutAt) {
        return new Tracking(period, OptionalInt.of(ageOutAt));
    }

    /**
     * {@return the first day after the tracking period of someone starting on {@code start}}
     *
     * @param start the participant's first day of tracking, not null
     */
    public LocalDate periodEnd(LocalDate start) {
        return start.plus(period);
    }
}
