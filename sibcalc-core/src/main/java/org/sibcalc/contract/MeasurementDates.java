package org.sibcalc.contract;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sibcalc.basics.InvalidValueException;

/** The dates at which care days avoided are measured and payments fall due. */
public sealed interface MeasurementDates permits MeasurementDates.Every, MeasurementDates.Listed {

    /** How often a regular schedule measures. */
    enum Frequency {
        /** Every calendar quarter end: 31 March, 30 June, 30 September, 31 December. */
        QUARTER,
        /** Every calendar month end. */
        MONTH
    }

    /**
     * Returns every quarter or month end from {@code from} to {@code to}, both inclusive.
     *
     * @param frequency quarter or month ends, not null
     * @param from the first day a date can be, not null
     * @param to the last day a date can be, not null
     * @return the measurement dates
     */
    static Every every(Frequency frequency, LocalDate from, LocalDate to) {
        return new Every(from, to, frequency);
    }

    /**
     * Returns the dates listed, in any order.
     *
     * @param dates the dates, at least one, none twice; not null
     * @return the measurement dates
     */
    static Listed of(List<LocalDate> dates) {
        return new Listed(dates);
    }

    /** {@return the measurement dates in ascending order, never empty} */
    List<LocalDate> dates();

    /**
     * Every quarter or month end from {@code from} to {@code to}, both inclusive; neither needs to be a
     * period end.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param from  the earliest date a measurement may fall on, not null
     * @param to    the latest date a measurement may fall on, not before {@code from}, not null
     * @param every how often, not null
     */
    record Every(LocalDate from, LocalDate to, Frequency every) implements MeasurementDates {

        /**
         * Validates the fields; at least one period end must fall between the dates.
         *
         * @param from the {@link #from() from} record component
         * @param to the {@link #to() to} record component
         * @param every the {@link #every() every} record component
         */
        public Every {
            if (from == null) {
                throw new InvalidValueException("measurement.from", "is required");
            }
            if (to == null) {
                throw new InvalidValueException("measurement.to", "is required");
            }
            if (every == null) {
                throw new InvalidValueException("measurement.every", "is required");
            }
            if (to.isBefore(from)) {
                throw new InvalidValueException("measurement.to", to + " is before from " + from);
            }
            if (periodEnd(from, every).isAfter(to)) {
                throw new InvalidValueException("measurement", "no " + every.name().toLowerCase()
                        + " end falls from " + from + " to " + to);
            }
        }

        @Override
        public List<LocalDate> dates() {
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate date = periodEnd(from, every); !date.isAfter(to);
                    date = periodEnd(date.plusDays(1), every)) {
                dates.add(date);
            }
            return dates;
        }

        /** The last day of the quarter or month containing {@code date}. */
        private static LocalDate periodEnd(LocalDate date, Frequency every) {
            LocalDate monthEnd = date.with(TemporalAdjusters.lastDayOfMonth());
            return every == Frequency.MONTH ? monthEnd
                    : monthEnd.plusMonths((3 - date.getMonthValue() % 3) % 3).with(TemporalAdjusters.lastDayOfMonth());
        }
    }

    /**
     * Dates listed one by one.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param dates the measurement dates, at least one, no duplicates; kept in ascending order
     */
    record Listed(List<LocalDate> dates) implements MeasurementDates {

        /**
         * Validates and sorts the dates.
         *
         * @param dates the {@link #dates() dates} record component
         */
        public Listed {
            if (dates == null || dates.isEmpty()) {
                throw new InvalidValueException("measurement.dates", "must list at least one date");
            }
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                if (date == null) {
                    throw new InvalidValueException("measurement.dates[" + i + "]", "is required");
                }
                if (!seen.add(date)) {
                    throw new InvalidValueException("measurement.dates[" + i + "]", date + " is a duplicate");
                }
            }
            dates = dates.stream().sorted().toList();
        }
    }
}
