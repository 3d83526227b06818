package org.sibcalc.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.threeten.extra.LocalDateRange;

/**
 * Every participant's explanation at a reporting date, as columns: the same figures as {@link Explanations},
 * worked out by the same code, kept as arrays of days, counts and exact decimals instead of a record each, so
 * that a million young people's figures can be held and compared (a claim checked, two extracts compared)
 * without an object per figure. Row {@code i} is participant {@code i} of the data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExplanationTable {

    private final ContractTerms terms;
    private final CareData data;
    private final LocalDate asOf;
    private final List<String> outcomeNames;
    private final List<String> cohorts;
    private final int[] cohort; // participant → index in cohorts
    private final int[] windowEnd; // the first day after the window cut at asOf; the window starts on the start day
    private final int[] careDays;
    private final DecimalColumn expected; // every row without a value when the contract has no baseline
    private final long[][] units; // [outcome][participant]
    private final DecimalColumn totals;

    private ExplanationTable(ContractTerms terms, CareData data, LocalDate asOf, List<String> outcomeNames, List<String> cohorts,
            int[] cohort, int[] windowEnd, int[] careDays, DecimalColumn expected, long[][] units, DecimalColumn totals) {
        this.terms = terms;
        this.data = data;
        this.asOf = asOf;
        this.outcomeNames = List.copyOf(outcomeNames);
        this.cohorts = List.copyOf(cohorts);
        this.cohort = cohort;
        this.windowEnd = windowEnd;
        this.careDays = careDays;
        this.expected = expected;
        this.units = units;
        this.totals = totals;
    }

    /**
     * {@return every participant's explanation at reporting date {@code asOf}, in one pass over the data}
     *
     * @param terms the contract's terms
     * @param data the care data
     * @param asOf the reporting date
     */
    public static ExplanationTable of(ContractTerms terms, CareData data, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Explainer explainer = new Explainer(Objects.requireNonNull(terms, "terms"), Objects.requireNonNull(data, "data"),
                asOf);
        int n = data.participantCount();
        int outcomes = explainer.outcomeCount();
        int[] cohort = new int[n];
        int[] windowEnd = new int[n];
        int[] careDays = new int[n];
        long[][] units = new long[outcomes][n];
        DecimalColumn.Builder expected = DecimalColumn.builder(n);
        DecimalColumn.Builder totals = DecimalColumn.builder(outcomes == 0 ? 0 : n);
        List<String> cohorts = new ArrayList<>();
        Map<String, Integer> cohortIndex = new HashMap<>();
        String lastCohort = null;
        int lastIndex = -1;
        for (int i = 0; i < n; i++) {
            explainer.explain(i);
            String label = explainer.cohort(i);
            if (label != lastCohort) { // the same String for every start day of a derived cohort
                lastCohort = label;
                lastIndex = cohortIndex.computeIfAbsent(label, l -> {
                    cohorts.add(l);
                    return cohorts.size() - 1;
                });
            }
            cohort[i] = lastIndex;
            windowEnd[i] = explainer.end;
            careDays[i] = Math.toIntExact(explainer.careDays);
            if (!explainer.hasBaseline()) {
                expected.addNull();
            } else if (explainer.expectedLarge != null) {
                expected.add(explainer.expectedLarge);
            } else {
                expected.add(explainer.expectedUnscaled, explainer.expectedScale);
            }
            for (int o = 0; o < outcomes; o++) {
                units[o][i] = explainer.units[o];
            }
            if (outcomes > 0) {
                totals.add(explainer.total);
            }
        }
        return new ExplanationTable(terms, data, asOf, terms.participantOutcomes().stream().map(Outcome::name).toList(),
                cohorts, cohort, windowEnd, careDays, expected.build(), units,
                outcomes == 0 ? DecimalColumn.zeros(n) : totals.build());
    }

    /** {@return the data explained; row {@code i} is its participant {@code i}} */
    public CareData data() {
        return data;
    }

    /** {@return the reporting date, the last day counted} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return the names of the contract's participant outcomes, in contract order} */
    public List<String> outcomeNames() {
        return outcomeNames;
    }

    /** {@return how many participants there are} */
    public int size() {
        return cohort.length;
    }

    /**
     * {@return participant {@code i}'s id, never null}
     *
     * @param i the participant's position in the data
     */
    public String id(int i) {
        return data.id(i);
    }

    /** {@return the cohorts of the participants, each once, in the order of their first participant} */
    public List<String> cohorts() {
        return cohorts;
    }

    /**
     * {@return the position of participant {@code i}'s cohort, given or derived, in {@link #cohorts()}}
     *
     * @param i the participant's position in the data
     */
    public int cohortIndex(int i) {
        return cohort[i];
    }

    /**
     * {@return participant {@code i}'s cohort, given or derived, never null}
     *
     * @param i the participant's position in the data
     */
    public String cohort(int i) {
        return cohorts.get(cohort[i]);
    }

    /**
     * {@return true when participant {@code i} started on or before the reporting date}
     *
     * @param i the participant's position in the data
     */
    public boolean counted(int i) {
        return data.startDay(i) <= asOf.toEpochDay();
    }

    /**
     * {@return the first day of participant {@code i}'s window (an epoch day), or {@link CareData#NO_DAY} when empty}
     *
     * @param i the participant's position in the data
     */
    public int firstDay(int i) {
        return windowEnd[i] > data.startDay(i) ? data.startDay(i) : CareData.NO_DAY;
    }

    /**
     * {@return the last day of participant {@code i}'s window, inclusive (an epoch day), or {@link CareData#NO_DAY}}
     *
     * @param i the participant's position in the data
     */
    public int lastDay(int i) {
        return windowEnd[i] > data.startDay(i) ? windowEnd[i] - 1 : CareData.NO_DAY;
    }

    /**
     * {@return the length of participant {@code i}'s window in days}
     *
     * @param i the participant's position in the data
     */
    public long childDays(int i) {
        return windowEnd[i] - data.startDay(i);
    }

    /**
     * {@return the days of participant {@code i}'s window in counted care}
     *
     * @param i the participant's position in the data
     */
    public long careDays(int i) {
        return careDays[i];
    }

    /** {@return each participant's expected care days, exact; no value in any row when the contract has no baseline} */
    public DecimalColumn expectedCareDays() {
        return expected;
    }

    /**
     * {@return participant {@code i}'s units of participant outcome {@code o} (in the order of
     * {@link #outcomeNames()})}
     *
     * @param o the outcome's position in {@link #outcomeNames()}
     * @param i the participant's position in the data
     */
    public long outcomeUnits(int o, int i) {
        return units[o][i];
    }

    /**
     * {@return each participant's total of its participant outcomes' amounts, exact, after the cap; zero without any}
     */
    public DecimalColumn outcomeTotals() {
        return totals;
    }

    /**
     * Returns participant {@code i}'s explanation as a record, equal to the one {@link Explanations#of} gives:
     * worked out again for this one participant, with its window's end and spans, which the columns do not hold.
     *
     * @param i the participant's position in the data
     * @return participant {@code i}'s explanation
     */
    public ParticipantExplanation explanation(int i) {
        return new Explainer(terms, data, asOf).explanation(i);
    }
}
