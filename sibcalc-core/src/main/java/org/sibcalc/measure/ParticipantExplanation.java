package org.sibcalc.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sibcalc.contract.State;
import org.threeten.extra.LocalDateRange;

/**
 * How one participant's days at a reporting date were counted: the audit trail behind every sum.
 *
 * <p>Example: tracked from 2019-01-01 for {@code P30M}, with a flat baseline of 0.5, in care from 2019-02-01 to
 * 2019-03-01 (exclusive); at 2019-03-31 the window is 2019-01-01 to 2019-03-31 inclusive (90 days), it ends
 * at the {@link WindowEnd#REPORTING_DATE}, the care spans are {@code [2019-02-01, 2019-03-01)} (28 days), the
 * expected care days 90 × 0.5 = 45.0 and the care days avoided 45.0 − 28 = 17.0.
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
 * @param windowEnd        why the window ends where it does, not null; {@link WindowEnd#NOT_STARTED} exactly
 *                         when not {@code counted}
 * @param childDays        the length of the window in days
 * @param careDays         the days of the window in counted care, each counted once: the total length of the
 *                         care spans
 * @param expectedCareDays the baseline care days of the window, exact; empty when the contract has no baseline
 * @param spans            for {@value State#CARE} first and then each state of the contract, in contract order,
 *                         the participant's episodes of that state merged into disjoint spans (overlapping and
 *                         touching episodes become one) and cut to the window: half-open, in date order, none
 *                         empty; a state with no day in the window has an empty list. Not null
 * @param outcomeUnits     the participant's units of each participant outcome at the reporting date, in the
 *                         order of the contract's participant outcomes (0 for an outcome whose cohorts leave
 *                         the participant out); empty when the contract has none
 * @param outcomeTotal     the participant's total of its participant outcomes' amounts at the reporting date,
 *                         exact, after the cap per participant; zero when the contract has none; not null
 */
public record ParticipantExplanation(String id, String cohort, boolean counted, LocalDateRange window,
        WindowEnd windowEnd, long childDays, long careDays, Optional<BigDecimal> expectedCareDays,
        Map<String, List<LocalDateRange>> spans, List<Long> outcomeUnits, BigDecimal outcomeTotal) {

    /**
     * Checks the fields and copies the lists.
     *
     * @param id the {@link #id() id} record component
     * @param cohort the {@link #cohort() cohort} record component
     * @param counted the {@link #counted() counted} record component
     * @param window the {@link #window() window} record component
     * @param windowEnd the {@link #windowEnd() windowEnd} record component
     * @param childDays the {@link #childDays() childDays} record component
     * @param careDays the {@link #careDays() careDays} record component
     * @param expectedCareDays the {@link #expectedCareDays() expectedCareDays} record component
     * @param spans the {@link #spans() spans} record component
     * @param outcomeUnits the {@link #outcomeUnits() outcomeUnits} record component
     * @param outcomeTotal the {@link #outcomeTotal() outcomeTotal} record component
     */
    public ParticipantExplanation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(expectedCareDays, "expectedCareDays (an Optional)");
        if (counted == (windowEnd == WindowEnd.NOT_STARTED)) {
            throw new IllegalArgumentException("windowEnd is NOT_STARTED exactly when the participant is not counted, but "
                    + id + " is " + (counted ? "counted" : "not counted") + " with windowEnd " + windowEnd);
        }
        Map<String, List<LocalDateRange>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(spans, "spans").forEach((state, ranges) -> copy.put(Objects.requireNonNull(state, "state"),
                List.copyOf(ranges)));
        spans = Collections.unmodifiableMap(copy);
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

    /**
     * {@return expected care days − care days, exact: this young person's part of the care days avoided of
     * their cohort and of the programme (the floor at zero is the netting unit's, not the young person's);
     * negative when they spent more days in care than the baseline expects; empty without a baseline}
     */
    public Optional<BigDecimal> careDaysAvoided() {
        return expectedCareDays.map(expected -> expected.subtract(BigDecimal.valueOf(careDays)));
    }

    /** {@return the merged spans of {@value State#CARE} in the window, in date order; never null} */
    public List<LocalDateRange> careSpans() {
        return spansOf(State.CARE);
    }

    /**
     * {@return the merged spans of a state in the window, in date order}
     *
     * @param state the state's name
     * @throws IllegalArgumentException when the contract has no state of that name
     */
    public List<LocalDateRange> spansOf(String state) {
        List<LocalDateRange> ranges = spans.get(state);
        if (ranges == null) {
            throw new IllegalArgumentException("The contract has no state '" + state + "': its states are "
                    + new ArrayList<>(spans.keySet()));
        }
        return ranges;
    }

    /**
     * {@return the days of a state in the window: the total length of its spans}
     *
     * @param state the state's name
     */
    public long daysIn(String state) {
        long days = 0;
        for (LocalDateRange range : spansOf(state)) {
            days += range.lengthInDays();
        }
        return days;
    }
}
