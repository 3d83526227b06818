package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.State;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.measure.WindowEnd;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Theories;
import org.threeten.extra.LocalDateRange;

/**
 * Invariants of a young person's explanation (docs/rules.md, "The tracking window", "States" and
 * "Measurement"): its spans are its days of each state, its care days their length, its care days avoided add
 * up to the statement's, and its window ends on the day its reason says.
 */
class ExplanationPropertiesTest {

    @Test
    void careDaysAreTheTotalLengthOfTheMergedCareSpansInsideTheWindow() {
        Theories.qt(300).forAll(Scenarios.withParticipantOutcomes(8)).checkAssert(s -> {
            for (ParticipantExplanation e : s.calculation().explain(s.asOf()).toList()) {
                assertThat(e.spans().keySet()).as("states of %s", e.id()).first().isEqualTo(State.CARE);
                long length = 0;
                for (LocalDateRange span : e.careSpans()) {
                    length += span.lengthInDays();
                }
                assertThat(e.careDays()).as("care days of %s", e.id()).isEqualTo(length);
                for (Map.Entry<String, List<LocalDateRange>> state : e.spans().entrySet()) {
                    assertMergedInside(e, state.getKey(), state.getValue());
                }
            }
        });
    }

    /** The oracle visits every day of every window; kept to small scenarios. */
    @Test
    void eachStatesSpansHoldExactlyItsDaysOfTheWindowCountedDayByDay() {
        AtomicInteger statesWithDays = new AtomicInteger();
        Theories.qt(200).forAll(Scenarios.withParticipantOutcomes(5)).checkAssert(s -> {
            List<Oracle.Ledger> ledgers = Oracle.ledgers(s);
            List<ParticipantExplanation> explanations = s.calculation().explain(s.asOf()).toList();
            List<String> states = new ArrayList<>(List.of(State.CARE));
            states.addAll(s.terms().states().keySet());
            for (int i = 0; i < explanations.size(); i++) {
                ParticipantExplanation e = explanations.get(i);
                Oracle.Ledger ledger = ledgers.get(i);
                assertThat(new ArrayList<>(e.spans().keySet())).as("states of %s", e.id()).isEqualTo(states);
                for (String state : states) {
                    boolean[] inState = ledger.inState.get(state);
                    List<LocalDate> expected = new ArrayList<>();
                    for (int n = 0; n < e.childDays(); n++) {
                        if (inState[n]) {
                            expected.add(e.window().getStart().plusDays(n));
                        }
                    }
                    List<LocalDate> covered = new ArrayList<>();
                    e.spansOf(state).forEach(span -> span.stream().forEach(covered::add));
                    assertThat(covered).as("days of %s in %s", e.id(), state).isEqualTo(expected);
                    if (!expected.isEmpty()) {
                        statesWithDays.incrementAndGet();
                    }
                }
            }
        });
        assertThat(statesWithDays.get()).as("young people with days in a state").isGreaterThan(100);
    }

    @Test
    void youngPeoplesCareDaysAvoidedAddUpToTheStatementsAtEveryDate() {
        Theories.qt(200).forAll(Scenarios.withParticipantOutcomes(8)).checkAssert(s -> {
            Calculation calculation = s.calculation();
            Statement statement = s.statement();
            assertAvoidedAddUp(calculation, s.asOf(), statement.programme(), statement.cohorts());
            for (Payment payment : statement.payments()) {
                assertAvoidedAddUp(calculation, payment.date(), payment.programme(), List.of());
            }
        });
    }

    @Test
    void theWindowEndsOnTheDayItsReasonNames() {
        Map<WindowEnd, Integer> seen = new HashMap<>();
        Theories.qt(300).forAll(Scenarios.scenarios()).checkAssert(s -> {
            List<ParticipantExplanation> explanations = s.calculation().explain(s.asOf()).toList();
            for (int i = 0; i < explanations.size(); i++) {
                Participant p = s.participants().get(i);
                ParticipantExplanation e = explanations.get(i);
                seen.merge(e.windowEnd(), 1, Integer::sum);
                if (p.start().isAfter(s.asOf())) {
                    assertThat(e.windowEnd()).as("%s starts after %s", p.id(), s.asOf()).isEqualTo(WindowEnd.NOT_STARTED);
                    continue;
                }
                // Each end there is, in the order ties are named: the earliest is the window's end, and its reason.
                Map<WindowEnd, LocalDate> ends = new LinkedHashMap<>();
                if (p.exitDate().isPresent()) {
                    ends.put(WindowEnd.EXIT, p.exitDate().get());
                }
                OptionalInt ageOutAt = s.terms().tracking().ageOutAt();
                if (ageOutAt.isPresent() && p.birthDate().isPresent()) {
                    ends.put(WindowEnd.AGE_OUT, p.birthDate().get().plusYears(ageOutAt.getAsInt()));

                }
                ends.put(WindowEnd.TRACKING_PERIOD, p.start().plus(s.terms().tracking().period()));
                ends.put(WindowEnd.REPORTING_DATE, s.asOf().plusDays(1));
                LocalDate earliest = ends.values().stream().min(LocalDate::compareTo).orElseThrow();
                WindowEnd reason = ends.entrySet().stream().filter(end -> end.getValue().equals(earliest))
                        .findFirst().orElseThrow().getKey();
                assertThat(e.windowEnd()).as("why %s's window ends (ends %s)", p.id(), ends).isEqualTo(reason);
                assertThat(e.window().getEnd()).as("end of %s's window", p.id())
                        .isEqualTo(earliest.isAfter(p.start()) ? earliest : p.start());
            }
        });
        assertThat(seen.keySet()).as("reasons seen").containsExactlyInAnyOrder(WindowEnd.values());
    }

    private static void assertAvoidedAddUp(Calculation calculation, LocalDate date, Measurement programme,
            List<CohortMeasurement> cohorts) {
        Map<String, BigDecimal> byCohort = new HashMap<>();
        BigDecimal total = programme.careDaysAvoided().isEmpty() ? null : BigDecimal.ZERO;
        for (ParticipantExplanation e : calculation.explain(date).toList()) {
            if (total == null) {
                assertThat(e.careDaysAvoided()).as("care days avoided of %s without a baseline", e.id()).isEmpty();
                continue;
            }
            if (!e.counted()) {
                assertThat(e.careDaysAvoided().orElseThrow()).as("care days avoided of %s, not started", e.id()).isZero();
            }
            total = total.add(e.careDaysAvoided().orElseThrow());
            byCohort.merge(e.cohort(), e.careDaysAvoided().orElseThrow(), BigDecimal::add);
        }
        if (total == null) {
            return;
        }
        assertThat(total).as("care days avoided at %s", date).isEqualByComparingTo(programme.careDaysAvoided().orElseThrow());
        for (CohortMeasurement cohort : cohorts) {
            assertThat(byCohort.get(cohort.cohort())).as("care days avoided of cohort %s at %s", cohort.cohort(), date)
                    .isEqualByComparingTo(cohort.measurement().careDaysAvoided().orElseThrow());
        }
    }

    private static void assertMergedInside(ParticipantExplanation e, String state, List<LocalDateRange> spans) {
        for (int k = 0; k < spans.size(); k++) {
            LocalDateRange span = spans.get(k);
            assertThat(span.isEmpty()).as("span %s of %s in %s is empty", span, e.id(), state).isFalse();
            assertThat(e.window().encloses(span)).as("span %s of %s in %s is inside %s", span, e.id(), state, e.window())
                    .isTrue();
            if (k > 0) {
                assertThat(span.getStart()).as("span %s of %s in %s starts after the last one ends, with a gap", span,
                        e.id(), state).isAfter(spans.get(k - 1).getEnd());
            }
        }
    }
}
