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
    /** Which of two extracts compared it is about, or null. */
    private final String extract;

    TooManyCohortsException(int maxCohorts, int dates, int sumsPerCohort) {
        this(String.format(java.util.Locale.ROOT,
                "the young people fall into more than %,d cohorts, the most a calculation of this contract can hold"
                        + " (cohorts × %,d measurement dates × %,d sums per cohort may be at most %,d)",
                maxCohorts, dates, sumsPerCohort, Measurements.MAX_COHORT_CELLS), maxCohorts, null);
    }

    private TooManyCohortsException(String message, int maxCohorts, String extract) {
        super(message);
        this.maxCohorts = maxCohorts;
        this.extract = extract;
    }

    /** {@return the most cohorts the calculation could hold} */
    public int maxCohorts() {
        return maxCohorts;
    }

    /**
     * {@return the same error, saying which of two extracts being compared it is about}
     *
     * @param which the extract, such as {@code "before"} or {@code "after"}, not null
     */
    public TooManyCohortsException inExtract(String which) {
        TooManyCohortsException about = new TooManyCohortsException(getMessage(), maxCohorts,
                java.util.Objects.requireNonNull(which, "which"));
        about.initCause(this);
        return about;
    }

    /** {@return which of two extracts compared the error is about; empty for a calculation of its own} */
    public java.util.Optional<String> extract() {
        return java.util.Optional.ofNullable(extract);
    }
}
