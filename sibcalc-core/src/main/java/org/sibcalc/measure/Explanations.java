package org.sibcalc.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.State;
import org.sibcalc.data.CareData;
import org.threeten.extra.LocalDateRange;

/**
 * Each participant's days at a reporting date, counted one participant at a time straight from the rules
 * (docs/rules.md, "Days" and "Measurement"): the audit trail of a statement. Summed over a cohort, the explanations
 * give exactly that cohort's {@link Measurement}: its child days, care days, expected care days and care days
 * avoided. Each explanation also says why the young person's window ends and lists, for care and for every
 * state of the contract, the merged spans the days were counted from.
 */
public final class Explanations {

    private Explanations() {
    }

    /**
     * Returns the explanation of every participant, in the order of the data, at reporting date {@code asOf}.
     * A participant starting after {@code asOf} has an empty window and no days.
     *
     * <p>The stream is lazy and evaluated in order: it holds one participant at a time.
     */
    public static Stream<ParticipantExplanation> of(ContractTerms terms, CareData data, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ParticipantRules rules = new ParticipantRules(Objects.requireNonNull(terms, "terms"),
                Objects.requireNonNull(data, "data"));
        ParticipantOutcomes outcomes = new ParticipantOutcomes(terms, data, rules);
        BigDecimal cap = terms.caps().perParticipant() == null ? null
                : terms.caps().perParticipant().getNumber().numberValue(BigDecimal.class);
        List<BigDecimal> baseline = terms.baseline() == null ? null : terms.baseline().byMonth();
        int lastDay = Math.toIntExact(asOf.toEpochDay());
        Spliterator<ParticipantExplanation> participants = new Spliterators.AbstractSpliterator<>(
                data.participantCount(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED) {
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super ParticipantExplanation> action) {
                if (next >= data.participantCount()) {
                    return false;
                }
                action.accept(explain(rules, outcomes, cap, baseline, data, next++, lastDay));
                return true;
            }
        };
        return StreamSupport.stream(participants, false);
    }

    private static ParticipantExplanation explain(ParticipantRules rules, ParticipantOutcomes outcomes, BigDecimal cap,
            List<BigDecimal> baseline, CareData data, int i, int lastDay) {
        int start = data.startDay(i);
        int end = Math.max(start, Math.min(rules.windowEnd(i), lastDay + 1));

        long careDays = 0;
        int spans = rules.mergeCare(i, start, end, null);
        List<LocalDateRange> careSpans = new ArrayList<>(spans);
        for (int s = 0; s < spans; s++) {
            careDays += rules.spanTo(s) - rules.spanFrom(s);
            careSpans.add(range(rules.spanFrom(s), rules.spanTo(s)));
        }

        // The outcomes from the window cut at the reporting date: every unit they give is earned by then.
        List<Long> units = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        if (outcomes.count() > 0) {
            outcomes.compute(i, start, end, rules.cohort(i), spans);
            long[] counted = outcomes.units().unitsUpTo(lastDay);
            BigDecimal[] amountPerUnit = new BigDecimal[outcomes.count()];
            for (int o = 0; o < counted.length; o++) {
                units.add(counted[o]);
                amountPerUnit[o] = outcomes.amountPerUnit(o);
            }
            total = outcomes.units().total(lastDay, amountPerUnit);
            if (cap != null) {
                total = total.min(cap);
            }
        }

        // Care as counted above; every other state of the contract merged the same way, inside the same window.
        Map<String, List<LocalDateRange>> spansByState = new LinkedHashMap<>();
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

        BigDecimal expected = baseline == null ? null : BigDecimal.ZERO;
        for (int k = 0; baseline != null && k < baseline.size(); k++) {
            int monthFrom = rules.monthStart(start, k);
            if (monthFrom >= end) {
                break;
            }
            int days = rules.monthEnd(start, k, end) - monthFrom;
            expected = expected.add(baseline.get(k).multiply(BigDecimal.valueOf(days)));
        }

        return new ParticipantExplanation(data.id(i), rules.cohort(i), start <= lastDay, range(start, end),
                rules.windowEndReason(i, lastDay), end - start, careDays, expected, spansByState, units, total);
    }

    private static LocalDateRange range(int from, int to) {
        LocalDate first = LocalDate.ofEpochDay(from);
        return LocalDateRange.of(first, first.plusDays(to - from));
    }
}
