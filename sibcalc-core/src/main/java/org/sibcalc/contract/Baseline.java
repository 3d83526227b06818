package org.sibcalc.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sibcalc.basics.InvalidValueException;

/**
 * The proportion of child days a young person would have spent in care without the intervention.
 *
 * <p>Month <i>k</i> = 1, 2, ... of a participant's window is {@code [start.plusMonths(k − 1),
 * start.plusMonths(k))}; the proportion for a month past the last one listed is the last one listed.
 */
public sealed interface Baseline permits Baseline.Flat, Baseline.Monthly {

    /**
     * Returns a baseline with one proportion for every month.
     *
     * @param proportion the expected care proportion, in [0, 1]
     * @return the flat baseline
     */
    static Flat flat(BigDecimal proportion) {
        return new Flat(proportion);
    }

    /**
     * Returns a baseline with a proportion for month 1, 2, ...; the last continues for later months.
     *
     * @param proportions the expected care proportion of each month of the window, each in [0, 1]; not empty
     * @return the monthly baseline
     */
    static Monthly monthly(List<BigDecimal> proportions) {
        return new Monthly(proportions);
    }

    /**
     * Returns the proportions for month 1, 2, ..., n; month n's continues for every later month. Never
     * empty; each is in [0, 1].
     *
     * @return the proportion of each month, from month 1
     */
    List<BigDecimal> byMonth();

    /**
     * {@return the proportion expected in month {@code k} (1-based) of a participant's window}
     *
     * @param k the month of the window, from 1
     */
    default BigDecimal inMonth(int k) {
        List<BigDecimal> byMonth = byMonth();
        return byMonth.get(Math.min(Math.max(k, 1), byMonth.size()) - 1);
    }

    /**
     * A flat baseline.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param proportion the expected care proportion, in [0, 1], not null
     */
    record Flat(BigDecimal proportion) implements Baseline {

        /**
         * Validates the proportion.
         *
         * @param proportion the {@link #proportion() proportion} record component
         */
        public Flat {
            checkProportion("baseline.proportion", proportion);
        }

        @Override
        public List<BigDecimal> byMonth() {
            return List.of(proportion);
        }
    }

    /**
     * A baseline that varies by month of the window.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param proportions the expected care proportion of month 1, 2, ...; at least one, each in [0, 1]
     */
    record Monthly(List<BigDecimal> proportions) implements Baseline {

        /**
         * Validates the proportions.
         *
         * @param proportions the {@link #proportions() proportions} record component
         */
        public Monthly {
            if (proportions == null || proportions.isEmpty()) {
                throw new InvalidValueException("baseline.monthly", "must list at least one proportion");
            }
            List<BigDecimal> copy = new ArrayList<>(proportions.size());
            for (int k = 0; k < proportions.size(); k++) {
                copy.add(checkProportion("baseline.monthly[" + k + "]", proportions.get(k)));
            }
            proportions = List.copyOf(copy);
        }

        @Override
        public List<BigDecimal> byMonth() {
            return proportions;
        }
    }

    private static BigDecimal checkProportion(String field, BigDecimal proportion) {
        if (proportion == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (proportion.signum() < 0 || proportion.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(field, proportion.toPlainString() + " is not a proportion from 0 to 1");
        }
        return proportion;
    }
}
