package org.sibcalc.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
 * <p>This class is immutable and thread-safe. {@link #WHOLE}, {@link #from(Period)}, {@link #upTo(Period)} and
 * {@link #between(Period, Period)} make one without writing an {@code Optional}.
 *
 * @param from the period from the start to the window's first day, non-negative ({@code P0D}: the start)
 * @param to   the period from the start to the first day after the window, non-negative and not zero; empty
 *             for the end of the tracking window
 */
public record OutcomeWindow(Period from, Optional<Period> to) {

    /** The whole tracking window. */
    public static final OutcomeWindow WHOLE = new OutcomeWindow(Period.ZERO, Optional.empty());

    /**
     * Validates the periods.
     *
     * @param from the {@link #from() from} record component
     * @param to the {@link #to() to} record component
     */
    public OutcomeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to (an Optional)");
        checkNonNegative("window.from", from);
        if (to.isPresent()) {
            checkNonNegative("window.to", to.get());
            if (to.get().isZero()) {
                throw new InvalidValueException("window.to", to.get() + " is zero: the window would be empty");
            }
        }
    }

    /**
     * {@return the window from the start to {@code start + to}}
     *
     * @param to the window's end, as a period after the start
     */
    public static OutcomeWindow upTo(Period to) {
        return new OutcomeWindow(Period.ZERO, Optional.of(to));
    }

    /**
     * {@return the window from {@code start + from} to the end of the tracking window}
     *
     * @param from the window's first day, as a period after the start
     */
    public static OutcomeWindow from(Period from) {
        return new OutcomeWindow(from, Optional.empty());
    }

    /**
     * {@return the window from {@code start + from} to {@code start + to}}
     *
     * @param from the window's first day, as a period after the start
     * @param to the window's end, as a period after the start
     */
    public static OutcomeWindow between(Period from, Period to) {
        return new OutcomeWindow(from, Optional.of(to));
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
     * the tracking window; empty when the window runs to the end of the tracking window.
     *
     * @param start the participant's first day of tracking
     * @return the day after the window's last day, or empty
     */
    public Optional<LocalDate> endBefore(LocalDate start) {
        return to.map(start::plus);
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
    static void checkPositive(String field, @Nullable Period period) {
        if (period == null) {
            throw new InvalidValueException(field, "is required");
        }
        checkNonNegative(field, period);
        if (period.isZero()) {
            throw new InvalidValueException(field, period + " is zero; it must be a positive period such as P7D");
        }
    }
}
