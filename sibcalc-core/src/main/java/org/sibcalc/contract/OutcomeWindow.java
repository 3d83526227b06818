package org.sibcalc.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.sibcalc.basics.InvalidValueException;

/**
 * The part of a participant's tracking window in which a participant outcome is counted: from
 * {@code start + from} to {@code start + to}, cut at the end of the tracking window (and so by the
 * reporting date, the exit and the age-out).
 *
 * <p>For a participant starting on 2020-01-15 with a 30-month tracking window, {@code {"from": "P1M", "to":
 * "P1Y"}} counts the days from 2020-02-15 up to, not including, 2021-01-15; if the young person leaves on
 * 2020-06-01, up to 2020-06-01.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the period from the start to the window's first day, non-negative, not null ({@code P0D}: the start)
 * @param to   the period from the start to the first day after the window, non-negative and not zero, or
 *             null for the end of the tracking window
 */
public record OutcomeWindow(Period from, Period to) {

    /** The whole tracking window. */
    public static final OutcomeWindow WHOLE = new OutcomeWindow(Period.ZERO, null);

    /**
     * Validates the periods.
     *
     * @param from the {@link #from() from} record component
     * @param to the {@link #to() to} record component
     */
    public OutcomeWindow {
        Objects.requireNonNull(from, "from");
        checkNonNegative("window.from", from);
        if (to != null) {
            checkNonNegative("window.to", to);
            if (to.isZero()) {
                throw new InvalidValueException("window.to", to + " is zero: the window would be empty");
            }
        }
    }

    /**
     * {@return the window from the start to {@code start + to}}
     *
     * @param to the window's end, as a period after the start; not null
     */
    public static OutcomeWindow upTo(Period to) {
        return new OutcomeWindow(Period.ZERO, to);
    }

    /**
     * {@return the first day of the window of a participant starting on {@code start}}
     *
     * @param start the participant's first day of tracking, not null
     */
    public LocalDate firstDay(LocalDate start) {
        return start.plus(from);
    }

    /**
     * Returns the first day after the window of a participant starting on {@code start}, before it is cut by
     * the tracking window, or null when the window runs to the end of the tracking window.
     *
     * @param start the participant's first day of tracking, not null
     * @return the day after the window's last day, or null
     */
    public LocalDate endBefore(LocalDate start) {
        return to == null ? null : start.plus(to);
    }

    /**
     * Checks that a period has no negative component ({@code P1M-1D} is not allowed).
     *
     * @throws InvalidValueException naming the field
     */
    static void checkNonNegative(String field, Period period) {
        if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw new InvalidValueException(field, period + " has a negative part; periods here are not negative");
        }
    }

    /**
     * Checks that a period has no negative component and is not zero.
     *
     * @throws InvalidValueException naming the field
     */
    static void checkPositive(String field, Period period) {
        if (period == null) {
            throw new InvalidValueException(field, "is required");
        }
        checkNonNegative(field, period);
        if (period.isZero()) {
            throw new InvalidValueException(field, period + " is zero; it must be a positive period such as P7D");
        }
    }
}
