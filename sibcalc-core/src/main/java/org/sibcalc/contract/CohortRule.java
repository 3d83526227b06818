package org.sibcalc.contract;

import java.time.LocalDate;

/** How a cohort label is derived from a participant's start when the data gives none. */
public enum CohortRule {

    /** Calendar quarter: {@code 2013-Q2}. */
    QUARTER,
    /** Calendar month: {@code 2013-04}. */
    MONTH,
    /** Calendar year: {@code 2013}. */
    YEAR,
    /** UK financial year, April to March: {@code 2013/14}. */
    FINANCIAL_YEAR;

    /**
     * {@return the cohort label of a participant starting on {@code start}, never null}
     *
     * @param start the participant's first day of tracking, not null
     */
    public String label(LocalDate start) {
        int year = start.getYear();
        int month = start.getMonthValue();
        return switch (this) {
            case QUARTER -> year + "-Q" + ((month + 2) / 3);
            case MONTH -> year + "-" + (month < 10 ? "0" : "") + month;
            case YEAR -> Integer.toString(year);
            case FINANCIAL_YEAR -> {
                int first = month >= 4 ? year : year - 1;
                int next = Math.floorMod(first + 1, 100);
                yield first + "/" + (next < 10 ? "0" : "") + next;
            }
        };
    }
}
