package org.sibcalc.measure;

/**
 * Thrown by a calculation whose young people fall into more cohorts than it can hold. Each cohort keeps
 * running sums for every measurement date (one per baseline month and per outcome), so the memory a
 * calculation needs grows with cohorts × measurement dates × sums per cohort; that product may be at most
 * {@link Measurements#MAX_COHORT_CELLS}. Real contracts have tens of cohorts: this stops a cohort column
 * with a different value on every row, or a contract measured for centuries, from exhausting the heap.
 */
public final class TooManyCohortsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most cohorts the calculation could hold. */
    private final int maxCohorts;

    TooManyCohortsException(int maxCohorts, int dates, int sumsPerCohort) {
        super(String.format(java.util.Locale.ROOT,
                "the young people fall into more than %,d cohorts, the most a calculation of this contract can hold"
                        + " (cohorts × %,d measurement dates × %,d sums per cohort may be at most %,d)",
                maxCohorts, dates, sumsPerCohort, Measurements.MAX_COHORT_CELLS));
        this.maxCohorts = maxCohorts;
    }

    /** {@return the most cohorts the calculation could hold} */
    public int maxCohorts() {
        return maxCohorts;
    }
}
