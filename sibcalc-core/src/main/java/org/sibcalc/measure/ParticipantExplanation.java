package org.sibcalc.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * How one participant's days at a reporting date were counted: the audit trail behind every sum.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id               the participant's id, not null
 * @param cohort           the participant's cohort, given or derived, not null
 * @param counted          true when the participant started on or before the reporting date, and so is one of
 *                         the participants of the statement (possibly with no days, after an exit on the first
 *                         day); false when the participant starts later and is left out
 * @param window           the tracking window at the reporting date, half-open {@code [start, end)}; empty
 *                         when the participant starts after the reporting date or leaves on the first day
 * @param childDays        the length of the window in days
 * @param careDays         the days of the window in counted care, each counted once
 * @param expectedCareDays the baseline care days of the window, exact; null when the contract has no baseline
 * @param outcomeUnits     the participant's units of each participant outcome at the reporting date, in the
 *                         order of the contract's participant outcomes (0 for an outcome whose cohorts leave
 *                         the participant out); empty when the contract has none
 * @param outcomeTotal     the participant's total of its participant outcomes' amounts at the reporting date,
 *                         exact, after the cap per participant; zero when the contract has none; not null
 */
public record ParticipantExplanation(String id, String cohort, boolean counted, LocalDateRange window, long childDays,
        long careDays, BigDecimal expectedCareDays, List<Long> outcomeUnits, BigDecimal outcomeTotal) {

    /**
     * Checks the fields.
     *
     * @param id the {@link #id() id} record component
     * @param cohort the {@link #cohort() cohort} record component
     * @param counted the {@link #counted() counted} record component
     * @param window the {@link #window() window} record component
     * @param childDays the {@link #childDays() childDays} record component
     * @param careDays the {@link #careDays() careDays} record component
     * @param expectedCareDays the {@link #expectedCareDays() expectedCareDays} record component
     * @param outcomeUnits the {@link #outcomeUnits() outcomeUnits} record component
     * @param outcomeTotal the {@link #outcomeTotal() outcomeTotal} record component
     */
    public ParticipantExplanation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(window, "window");
        outcomeUnits = List.copyOf(outcomeUnits);
        Objects.requireNonNull(outcomeTotal, "outcomeTotal");
    }

    /** {@return the first day counted, or empty when the window is empty} */
    public Optional<LocalDate> firstDay() {
        return window.isEmpty() ? Optional.empty() : Optional.of(window.getStart());
    }

    /** {@return the last day counted (inclusive), or empty when the window is empty} */
    public Optional<LocalDate> lastDay() {
        return window.isEmpty() ? Optional.empty() : Optional.of(window.getEndInclusive());
    }
}
