package org.sibcalc.measure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.State;
import org.sibcalc.data.CareData;
import org.threeten.extra.LocalDateRange;

/**
 * One participant's days at a reporting date, counted straight from the rules (docs/rules.md, "Days" and
 * "Measurement"), one participant after another into fields reused each time: the one computation behind
 * {@link Explanations} (a record per participant) and {@link ExplanationTable} (columns).
 *
 * <p>Expected care days, Σₖ bₖ × (days of the window in month k), are summed as a long at the scale of the
 * finest proportion, and read at the scale the same {@link BigDecimal} sum would have (the finest scale of the
 * months summed); when a proportion or the sum does not fit in a long, they are summed as {@link BigDecimal}s.
 * Either way the value is exact.
 *
 * <p>Not thread-safe: each pass over the participants makes its own.
 */
final class Explainer {

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L};

    private final CareData data;
    private final ParticipantRules rules;
    private final ParticipantOutcomes outcomes;
    private final BigDecimal cap;
    private final List<BigDecimal> baseline; // null without a baseline
    private final int baselineScale; // the finest scale of the proportions
    private final long[] baselineUnscaled; // each month's proportion at baselineScale; null when one does not fit
    private final int[] monthScale;
    private final BigDecimal[] amountPerUnit;
    private final int lastDay;

    /** The window of the last participant explained: {@code [start, end)}, cut at the reporting date. */
    int start;
    int end;
    /** The days of the window in counted care. */
    long careDays;
    /** Each participant outcome's units at the reporting date. */
    long[] units = new long[0];
    /** The total of the participant outcomes' amounts, after the cap per participant; zero without outcomes. */
    BigDecimal total = BigDecimal.ZERO;
    /** Expected care days, exact: {@code expectedUnscaled × 10^-expectedScale}, unless {@link #expectedLarge}. */
    long expectedUnscaled;
    int expectedScale;
    /** Expected care days when they do not fit in a long; else null. */
    BigDecimal expectedLarge;

    Explainer(ContractTerms terms, CareData data, LocalDate asOf) {
        this.data = data;
        rules = new ParticipantRules(terms, data);
        outcomes = new ParticipantOutcomes(terms, data, rules);
        cap = terms.caps().perParticipant().map(c -> c.getNumber().numberValue(BigDecimal.class)).orElse(null);
        baseline = terms.baseline().map(Baseline::byMonth).orElse(null);
        lastDay = Math.toIntExact(asOf.toEpochDay());
        amountPerUnit = new BigDecimal[outcomes.count()];
        for (int o = 0; o < amountPerUnit.length; o++) {
            amountPerUnit[o] = outcomes.amountPerUnit(o);
        }
        int scale = 0;
        boolean fits = baseline != null;
        for (int k = 0; fits && k < baseline.size(); k++) {
            scale = Math.max(scale, baseline.get(k).scale());
            fits = baseline.get(k).scale() >= 0;
        }
        fits &= scale < POWERS.length;
        long[] unscaled = fits ? new long[baseline.size()] : null;
        int[] scales = baseline == null ? null : new int[baseline.size()];
        for (int k = 0; baseline != null && k < baseline.size(); k++) {
            scales[k] = baseline.get(k).scale();
            if (unscaled != null) {
                BigInteger u = baseline.get(k).setScale(scale).unscaledValue();
                if (u.bitLength() > 62) {
                    unscaled = null;
                } else {
                    unscaled[k] = u.longValue();
                }
            }
        }
        baselineScale = scale;
        baselineUnscaled = unscaled;
        monthScale = scales;
    }

    /** Returns the last day counted: the reporting date. */
    int lastDay() {
        return lastDay;
    }

    /** Returns the cohort of participant {@code i}, given or derived. */
    String cohort(int i) {
        return rules.cohort(i);
    }

    /** Works out participant {@code i}'s figures into the fields. */
    void explain(int i) {
        start = data.startDay(i);
        end = Math.max(start, Math.min(rules.windowEnd(i), lastDay + 1));

        careDays = 0;
        int spans = rules.mergeCare(i, start, end, null);
        for (int s = 0; s < spans; s++) {
            careDays += rules.spanTo(s) - rules.spanFrom(s);
        }

        // The outcomes from the window cut at the reporting date: every unit they give is earned by then.
        if (outcomes.count() > 0) {
            outcomes.compute(i, start, end, rules.cohort(i), spans);
            units = outcomes.units().unitsUpTo(lastDay);
            total = outcomes.units().total(lastDay, amountPerUnit);
            if (cap != null) {
                total = total.min(cap);
            }
        }

        if (baseline != null) {
            expected();
        }
    }

    /** Expected care days of the window [start, end): Σₖ bₖ × (days of the window in month k). */
    private void expected() {
        expectedLarge = null;
        long sum = 0;
        int scale = 0; // the scale of the BigDecimal sum: the finest of the months summed
        boolean fits = baselineUnscaled != null;
        for (int k = 0; k < baseline.size(); k++) {
            int monthFrom = rules.monthStart(start, k);
            if (monthFrom >= end) {
                break;
            }
            int days = rules.monthEnd(start, k, end) - monthFrom;
            scale = Math.max(scale, monthScale[k]);
            if (fits) {
                long high = Math.multiplyHigh(baselineUnscaled[k], days);
                long product = baselineUnscaled[k] * days;
                long next = sum + product;
                fits = high == (product >> 63) && ((sum ^ next) & (product ^ next)) >= 0;
                sum = next;
            }
        }
        if (fits) {
            expectedUnscaled = sum / POWERS[baselineScale - scale]; // exact: every term is a multiple
            expectedScale = scale;
            return;
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (int k = 0; k < baseline.size(); k++) {
            int monthFrom = rules.monthStart(start, k);
            if (monthFrom >= end) {
                break;
            }
            int days = rules.monthEnd(start, k, end) - monthFrom;
            expected = expected.add(baseline.get(k).multiply(BigDecimal.valueOf(days)));
        }
        expectedLarge = expected;
    }

    /** Returns the last participant's expected care days, or null without a baseline. */
    @Nullable BigDecimal expectedCareDays() {
        if (baseline == null) {
            return null;
        }
        return expectedLarge != null ? expectedLarge : BigDecimal.valueOf(expectedUnscaled, expectedScale);
    }

    /** Returns true when the contract has a baseline, and so expected care days. */
    boolean hasBaseline() {
        return baseline != null;
    }

    /** Returns the number of participant outcomes. */
    int outcomeCount() {
        return outcomes.count();
    }

    /** Returns participant {@code i}'s explanation, worked out now. */
    ParticipantExplanation explanation(int i) {
        explain(i);
        List<Long> counted = new ArrayList<>(units.length);
        for (long u : units) {
            counted.add(u);
        }
        // Care merged again as counted above (the outcomes' computation reuses the rules' spans); every other
        // state of the contract merged the same way, inside the same window.
        Map<String, List<LocalDateRange>> spansByState = new LinkedHashMap<>();
        int spans = rules.mergeCare(i, start, end, null);
        List<LocalDateRange> careSpans = new ArrayList<>(spans);
        for (int s = 0; s < spans; s++) {
            careSpans.add(range(rules.spanFrom(s), rules.spanTo(s)));
        }
        spansByState.put(State.CARE, careSpans);
        List<String> states = outcomes.states();
        for (int s = 1; s < states.size(); s++) {
            int count = outcomes.mergeState(i, s, start, end);
            List<LocalDateRange> ranges = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                ranges.add(range(outcomes.spanFrom(s, k), outcomes.spanTo(s, k)));
            }
            spansByState.put(states.get(s), ranges);
        }
        return new ParticipantExplanation(data.id(i), rules.cohort(i), start <= lastDay, range(start, end),
                rules.windowEndReason(i, lastDay), end - start, careDays, Optional.ofNullable(expectedCareDays()), spansByState, counted,
                outcomes.count() > 0 ? total : BigDecimal.ZERO);
    }

    private static LocalDateRange range(int from, int to) {
        LocalDate first = LocalDate.ofEpochDay(from);
        return LocalDateRange.of(first, first.plusDays(to - from));
    }
}
