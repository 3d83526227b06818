package org.sibcalc.measure;

/**
 * Why a young person's tracking window at a reporting date ends where it does (docs/rules.md, "The tracking
 * window"): the window {@code [start, to)} stops at the earliest of the end of the tracking period, the day
 * after the reporting date, the exit date and the day of age-out.
 *
 * <p>When several of them fall on the same day, the young person's own ends are named first ({@link #EXIT},
 * then {@link #AGE_OUT}), then the contract's {@link #TRACKING_PERIOD}; {@link #REPORTING_DATE} is named only
 * when tracking would have gone on after the reporting date. So a window that ends with the tracking period
 * on the reporting date is complete, and says so.
 *
 * <p>Explanations write these names as they are, such as {@code TRACKING_PERIOD}.
 */
public enum WindowEnd {

    /** The tracking period from the start ran out ({@code tracking.period}): the window is complete. */
    TRACKING_PERIOD,

    /** The young person's {@code exit_date}, the first day no longer tracked. */
    EXIT,

    /** The young person turned {@code tracking.ageOutAt}; the birthday itself is not counted. */
    AGE_OUT,

    /** The reporting date, the last day counted: tracking goes on after it. */
    REPORTING_DATE,

    /** The young person starts after the reporting date: not counted, the window is empty. */
    NOT_STARTED
}
