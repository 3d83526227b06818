package org.sibcalc.properties;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sibcalc.properties.Summaries.decimal;
import static org.sibcalc.properties.Summaries.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.State;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Theories;

/**
 * Invariants of the participant outcomes (docs/rules.md, "Days" and §5): DAYS, BLOCKS, MILESTONE and ENGAGEMENT on
 * random contracts of several outcomes, checked against a day-by-day count and against each other.
 */
class ParticipantOutcomePropertiesTest {

    /**
     * The oracle walks every day of every outcome window at every measurement date; the engine makes one
     * pass of spans and events for all dates, and the explanations another, one participant at a time. All
     * three must agree exactly: units of every outcome, participant totals after the cap per participant,
     * each payment's outcomes, cumulative due and payment.
     */
    @Test
    void participantOutcomesAgreeWithADayByDayCountAtEveryMeasurementDate() {
        Map<String, AtomicInteger> seen = new TreeMap<>();
        Theories.qt(300).forAll(Scenarios.withParticipantOutcomes(5)).checkAssert(s -> {
            ContractTerms terms = s.terms();
            List<Outcome.PerParticipant> outcomes = terms.participantOutcomes();
            List<Oracle.Ledger> ledgers = Oracle.ledgers(s);
            TreeSet<LocalDate> dates = new TreeSet<>(terms.measurement().dates());
            dates.add(s.asOf());
            Measurements measurements = Measurements.of(terms, s.data(), dates, null);
            for (LocalDate date : dates) {
                List<Oracle.Earned> earned = ledgers.stream().map(ledger -> ledger.earned(date)).toList();
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                for (int o = 0; o < outcomes.size(); o++) {
                    int at = o;
                    long units = earned.stream().mapToLong(e -> e.units().get(at)).sum();
                    expected.add(outcomes.get(o).name() + " units=" + units);
                    actual.add(outcomes.get(o).name() + " units=" + measurements.units(date, o));
                    if (units > 0) {
                        count(seen, outcomes.get(o).type() + " units");
                    }
                }
                BigDecimal totals = earned.stream().map(Oracle.Earned::total).reduce(BigDecimal.ZERO, BigDecimal::add);
                expected.add("participant totals=" + plain(totals));
                actual.add("participant totals=" + plain(measurements.participantTotals(date)));
                expected.add("programme " + Summaries.of(Oracle.programme(terms, ledgers, date)));
                actual.add("programme " + Summaries.of(measurements.programme(date)));
                assertThat(actual).as("at %s", date).isEqualTo(expected);
                if (earned.stream().anyMatch(e -> capBinds(terms, e))) {
                    count(seen, "cap per participant binding");
                }
            }

            List<Payment> payments = s.statement().payments();
            List<Oracle.OraclePayment> expectedPayments = Oracle.payments(s, ledgers);
            assertThat(payments.stream().map(ParticipantOutcomePropertiesTest::line).toList()).as("payments")
                    .isEqualTo(expectedPayments.stream().map(ParticipantOutcomePropertiesTest::line).toList());

            List<ParticipantExplanation> explanations = s.calculation().explain(s.asOf()).toList();
            List<String> expected = new ArrayList<>();
            for (Oracle.Ledger ledger : ledgers) {
                Oracle.Earned e = ledger.earned(s.asOf());
                expected.add(ledger.participant.id() + " units=" + e.units() + " total=" + plain(e.total()));
            }
            assertThat(explanations.stream().map(e -> e.id() + " units=" + e.outcomeUnits() + " total="
                    + plain(e.outcomeTotal())).toList()).as("explanations at %s", s.asOf()).isEqualTo(expected);

            count(seen, terms.careDaysAvoided().isPresent() ? "with CARE_DAYS_AVOIDED" : "without CARE_DAYS_AVOIDED");
            if (outcomes.stream().anyMatch(o -> !o.cohorts().isEmpty())) {
                count(seen, "cohorts filter");
            }
            if (!terms.states().isEmpty()) {
                count(seen, "named states");
            }
        });
        // The generator reaches every kind of outcome with units, and the cases between them.
        assertThat(seen.keySet()).contains("DAYS units", "BLOCKS units", "MILESTONE units", "ENGAGEMENT units",
                "cap per participant binding", "with CARE_DAYS_AVOIDED", "without CARE_DAYS_AVOIDED", "cohorts filter",
                "named states");
    }

    /**
     * One young person measured day by day: a unit counted a day early or late, a block end worked out the
     * wrong way, or a cap per participant reached on the wrong day shows here, where measurement dates at
     * month ends may miss it. The oracle's work grows with the square of the days, so every day is measured
     * from the day before the start for 500 days and over the last 40 days of the tracking window, and every
     * tenth day between.
     */
    @Test
    void oneParticipantsUnitsAndTotalAgreeWithADayByDayCountOnEveryDay() {
        Theories.qt(100)
                .forAll(Scenarios.withParticipantOutcomes(1, 1), integers().between(2, 90))
                .checkAssert((given, length) -> {
                    if (given.participants().isEmpty()) {
                        return;
                    }
                    Scenario s = withRunsInEveryState(given, length, false);
                    ContractTerms terms = s.terms();
                    Participant p = s.participants().get(0);
                    Oracle.Ledger ledger = Oracle.ledgers(s).get(0);
                    LocalDate end = ledger.windowEnd();
                    List<LocalDate> days = p.start().minusDays(1).datesUntil(end.plusDays(2))
                            .filter(day -> day.isBefore(p.start().plusDays(500)) || !day.isBefore(end.minusDays(40))
                                    || DAYS.between(p.start(), day) % 10 == 0)
                            .toList();
                    Measurements measurements = Measurements.of(terms, s.data(), days, null);
                    for (LocalDate day : days) {
                        Oracle.Earned earned = ledger.earned(day);
                        List<String> expected = new ArrayList<>();
                        List<String> actual = new ArrayList<>();
                        for (int o = 0; o < terms.participantOutcomes().size(); o++) {
                            String name = terms.participantOutcomes().get(o).name();
                            expected.add(name + " units=" + earned.units().get(o));
                            actual.add(name + " units=" + measurements.units(day, o));
                        }
                        expected.add("total=" + plain(earned.total()));
                        actual.add("total=" + plain(measurements.participantTotals(day)));
                        assertThat(actual).as("%s at %s", p.id(), day).isEqualTo(expected);
                    }
                });
    }

    @Test
    void daysInAStatePlusDaysOutOfItAreTheChildDays() {
        Theories.qt(150).forAll(Scenarios.withParticipantOutcomes(8)).checkAssert(s -> {
            List<String> states = new ArrayList<>(List.of(State.CARE));
            states.addAll(s.terms().states().keySet());
            MonetaryAmount price = Money.of(BigDecimal.ONE, s.terms().currency());
            List<Outcome> outcomes = new ArrayList<>(s.terms().careDaysAvoided().stream().toList());
            for (String state : states) {
                outcomes.add(Outcome.days(Condition.in(state), price).withName("in " + state));
                outcomes.add(Outcome.days(Condition.outOf(state), price).withName("out of " + state));
            }
            Scenario both = s.withTerms(s.terms().toBuilder().outcomes(outcomes).build());

            for (ParticipantExplanation e : both.calculation().explain(s.asOf()).toList()) {
                List<Long> units = e.outcomeUnits();
                for (int k = 0; k < states.size(); k++) {
                    assertThat(units.get(2 * k) + units.get(2 * k + 1)).as("days of %s in and out of %s", e.id(),
                            states.get(k)).isEqualTo(e.childDays());
                }
                assertThat(units.get(0)).as("days of %s in care", e.id()).isEqualTo(e.careDays());
            }
            TreeSet<LocalDate> dates = new TreeSet<>(s.terms().measurement().dates());
            dates.add(s.asOf());
            Measurements measurements = Measurements.of(both.terms(), both.data(), dates, null);
            for (LocalDate date : dates) {
                long childDays = measurements.programme(date).childDays();
                for (int k = 0; k < states.size(); k++) {
                    assertThat(measurements.units(date, 2 * k) + measurements.units(date, 2 * k + 1))
                            .as("days in and out of %s at %s", states.get(k), date).isEqualTo(childDays);
                }
                assertThat(measurements.units(date, 0)).as("days in care at %s", date)
                        .isEqualTo(measurements.programme(date).careDays());
            }
        });
    }

    /**
     * For each outcome with a condition: its blocks (of a number of days) beside the days of its condition,
     * window and cohorts. A run of n days holds n / L complete blocks of L days, and runs add up.
     */
    @Test
    void blocksOfDaysNeverExceedTheDaysInTheConditionOverTheBlockLength() {
        AtomicInteger blocksCounted = new AtomicInteger();
        Theories.qt(150)
                .forAll(Scenarios.withParticipantOutcomes(8), integers().between(1, 60), integers().between(0, 12))
                .checkAssert((s, length, max) -> {
                    List<Outcome.PerParticipant> pairs = new ArrayList<>();
                    for (Outcome.PerParticipant o : s.terms().participantOutcomes()) {
                        if (o.conditionIfAny().isEmpty()) {
                            continue;
                        }
                        Outcome.Blocks blocks = o instanceof Outcome.Blocks b && inDays(b.block()) ? b
                                : new Outcome.Blocks(o.name(), o.conditionIfAny().get(), Period.ofDays(length), o.pricePerUnit(),
                                        max == 0 ? Outcome.Blocks.NO_MAXIMUM : max, o.window(), o.cohorts(),
                                        o.deadweight());
                        pairs.add(blocks);
                        pairs.add(new Outcome.Days(o.name() + " days", o.conditionIfAny().get(), o.pricePerUnit(), o.window(),
                                o.cohorts(), o.deadweight()));
                    }
                    if (pairs.isEmpty()) {
                        return;
                    }
                    Scenario paired = withParticipantOutcomes(s, pairs);
                    for (LocalDate date : List.of(s.asOf(), s.asOf().plusDays(length * 17L))) {
                        for (ParticipantExplanation e : paired.calculation().explain(date).toList()) {
                            for (int k = 0; k < pairs.size(); k += 2) {
                                Outcome.Blocks b = (Outcome.Blocks) pairs.get(k);
                                long blocks = e.outcomeUnits().get(k);
                                long days = e.outcomeUnits().get(k + 1);
                                assertThat(blocks).as("blocks of %s of %s at %s, with %s days", b.block(), e.id(), date,
                                        days).isLessThanOrEqualTo(days / b.block().getDays())
                                        .isLessThanOrEqualTo(b.maxBlocks());
                                if (blocks > 0) {
                                    blocksCounted.incrementAndGet();
                                }
                            }
                        }
                    }
                });
        assertThat(blocksCounted.get()).as("participants with blocks").isPositive();
    }

    @Test
    void unitsAndTotalsNeverFallAsTheReportingDateMovesLater() {
        Theories.qt(150)
                .forAll(Scenarios.withParticipantOutcomes(8), integers().between(1, 900))
                .checkAssert((s, later) -> {
                    List<ParticipantExplanation> before = s.calculation().explain(s.asOf()).toList();
                    List<ParticipantExplanation> after = s.calculation().explain(s.asOf().plusDays(later)).toList();
                    for (int i = 0; i < before.size(); i++) {
                        ParticipantExplanation earlier = before.get(i);
                        ParticipantExplanation e = after.get(i);
                        for (int o = 0; o < e.outcomeUnits().size(); o++) {
                            assertThat(e.outcomeUnits().get(o)).as("units of outcome %s of %s", o, e.id())
                                    .isGreaterThanOrEqualTo(earlier.outcomeUnits().get(o));
                        }
                        assertThat(e.outcomeTotal()).as("participant total of %s", e.id())
                                .isGreaterThanOrEqualTo(earlier.outcomeTotal());
                    }
                    TreeSet<LocalDate> dates = new TreeSet<>(s.terms().measurement().dates());
                    dates.add(s.asOf());
                    dates.add(s.asOf().plusDays(later));
                    Measurements measurements = Measurements.of(s.terms(), s.data(), dates, null);
                    LocalDate previous = null;
                    for (LocalDate date : dates) {
                        if (previous != null) {
                            for (int o = 0; o < s.terms().participantOutcomes().size(); o++) {
                                assertThat(measurements.units(date, o)).as("units of outcome %s at %s", o, date)
                                        .isGreaterThanOrEqualTo(measurements.units(previous, o));
                            }
                            assertThat(measurements.participantTotals(date)).as("participant totals at %s", date)
                                    .isGreaterThanOrEqualTo(measurements.participantTotals(previous));
                        }
                        previous = date;
                    }
                });
    }

    /**
     * For each outcome with a condition: a milestone of its condition, window and cohorts beside the days
     * of the same. Reached, it has a run of at least {@code sustained} (as long as {@code a.plus(sustained)
     * − a} for the run's first day a, which for {@code fromStart} is the window's first day).
     */
    @Test
    void aMilestoneReachedImpliesAtLeastSustainedDaysInTheCondition() {
        AtomicInteger reached = new AtomicInteger();
        Theories.qt(150)
                .forAll(Scenarios.withParticipantOutcomes(8), Draw.gen(Scenarios::sustained), booleans().all())
                .checkAssert((s, sustained, fromStart) -> {
                    List<Outcome.PerParticipant> pairs = new ArrayList<>();
                    for (Outcome.PerParticipant o : s.terms().participantOutcomes()) {
                        if (o.conditionIfAny().isEmpty()) {
                            continue;
                        }
                        pairs.add(o instanceof Outcome.Milestone m ? m
                                : new Outcome.Milestone(o.name(), o.conditionIfAny().get(), sustained, o.pricePerUnit(), fromStart,
                                        o.window(), o.cohorts(), o.deadweight()));
                        pairs.add(new Outcome.Days(o.name() + " days", o.conditionIfAny().get(), o.pricePerUnit(), o.window(),
                                o.cohorts(), o.deadweight()));
                    }
                    if (pairs.isEmpty()) {
                        return;
                    }
                    Scenario paired = withParticipantOutcomes(s, pairs);
                    List<ParticipantExplanation> explanations = paired.calculation().explain(s.asOf()).toList();
                    for (int i = 0; i < explanations.size(); i++) {
                        Participant p = s.participants().get(i);
                        ParticipantExplanation e = explanations.get(i);
                        for (int k = 0; k < pairs.size(); k += 2) {
                            Outcome.Milestone m = (Outcome.Milestone) pairs.get(k);
                            assertThat(e.outcomeUnits().get(k)).as("milestones of %s", e.id()).isBetween(0L, 1L);
                            if (e.outcomeUnits().get(k) == 1) {
                                reached.incrementAndGet();
                                LocalDate first = p.start().plus(m.window().from());
                                long shortest = m.fromStart() ? DAYS.between(first, first.plus(m.sustained()))
                                        : shortestRun(m.sustained(), first, s.asOf());
                                assertThat(e.outcomeUnits().get(k + 1)).as("days of %s in the condition of %s", e.id(),
                                        Scenario.describe(m)).isGreaterThanOrEqualTo(shortest);
                            }
                        }
                    }
                });
        assertThat(reached.get()).as("milestones reached").isPositive();
    }

    /**
     * Touching episodes of a state make one run: beside the contract's own outcomes, blocks and a milestone
     * in every state, which count differently when a run is broken at the cut.
     */
    @Test
    void splittingAnEpisodeIntoTouchingPiecesChangesNoOutcome() {
        Theories.qt(150)
                .forAll(Scenarios.withParticipantOutcomes(8), lists().of(integers().between(0, 100_000)).ofSize(4),
                        integers().between(2, 90))
                .checkAssert((s, cuts, days) -> {
                    Scenario runs = withRunsInEveryState(s, days, true);
                    Scenario once = DayCountingPropertiesTest.splitEpisode(runs, cuts.get(0), cuts.get(1));
                    Scenario twice = DayCountingPropertiesTest.splitEpisode(once, cuts.get(2), cuts.get(3));
                    DayCountingPropertiesTest.assertSameResults(twice, runs);
                });
    }

    @Test
    void shufflingParticipantsAndEpisodesChangesNoOutcome() {
        Theories.qt(150)
                .forAll(Scenarios.withParticipantOutcomes(8), longs().all())
                .checkAssert((s, seed) -> {
                    Random random = new Random(seed);
                    List<Participant> participants = new ArrayList<>(s.participants());
                    List<CareEpisode> episodes = new ArrayList<>(s.episodes());
                    Collections.shuffle(participants, random);
                    Collections.shuffle(episodes, random);
                    Scenario shuffled = s.withParticipants(participants).withEpisodes(episodes);
                    assertThat(Summaries.of(shuffled.statement())).as("statement")
                            .isEqualTo(Summaries.of(s.statement()));
                    assertThat(explanationsById(shuffled)).as("explanations").isEqualTo(explanationsById(s));
                });
    }

    @Test
    void summingParticipantsInChunksEqualsOnePassForEveryOutcome() {
        Theories.qt(150)
                .forAll(Scenarios.withParticipantOutcomes(8), integers().between(1, 5))
                .checkAssert((s, chunk) -> {
                    CareData data = s.data();
                    TreeSet<LocalDate> dates = new TreeSet<>(s.terms().measurement().dates());
                    dates.add(s.asOf());
                    Measurements onePass = Measurements.of(s.terms(), data, dates, null, Integer.MAX_VALUE);
                    Measurements chunked = Measurements.of(s.terms(), data, dates, null, chunk);
                    for (LocalDate date : dates) {
                        assertThat(sums(chunked, s.terms(), date)).as("at %s", date)
                                .isEqualTo(sums(onePass, s.terms(), date));
                    }
                });
    }

    /**
     * The scenario with, after its own outcomes, outcomes that count differently when a run is broken in
     * each state: blocks of {@code days} days, blocks of a month and a milestone of {@code days} days, or
     * (not {@code all}) one of them in each state, in turn.
     */
    private static Scenario withRunsInEveryState(Scenario s, int days, boolean all) {
        List<String> states = new ArrayList<>(List.of(State.CARE));
        states.addAll(s.terms().states().keySet());
        MonetaryAmount price = Money.of(BigDecimal.ONE, s.terms().currency());
        List<Outcome> outcomes = new ArrayList<>(s.terms().outcomes());
        for (int k = 0; k < states.size(); k++) {
            String state = states.get(k);
            Condition in = Condition.in(state);
            if (all || (days + k) % 3 == 0) {
                outcomes.add(Outcome.blocks(in, Period.ofDays(days), price).withName("days in " + state));
            }
            if (all || (days + k) % 3 == 1) {
                outcomes.add(Outcome.blocks(in, Period.ofMonths(1), price).withName("months in " + state));
            }
            if (all || (days + k) % 3 == 2) {
                outcomes.add(Outcome.milestone(in, Period.ofDays(days), price).withName("milestone in " + state));
            }
        }
        return s.withTerms(s.terms().toBuilder().outcomes(outcomes).build());
    }

    /** The scenario with these participant outcomes in place of its own, after its CARE_DAYS_AVOIDED if any. */
    private static Scenario withParticipantOutcomes(Scenario s, List<Outcome.PerParticipant> outcomes) {
        List<Outcome> all = new ArrayList<>(s.terms().careDaysAvoided().stream().toList());
        all.addAll(outcomes);
        return s.withTerms(s.terms().toBuilder().outcomes(all).build());
    }

    /** The fewest days {@code a.plus(sustained) − a} for a first day a from {@code first} to {@code last}. */
    private static long shortestRun(Period sustained, LocalDate first, LocalDate last) {
        long shortest = Long.MAX_VALUE;
        for (LocalDate a = first; !a.isAfter(last); a = a.plusDays(1)) {
            shortest = Math.min(shortest, DAYS.between(a, a.plus(sustained)));
        }
        return shortest;
    }

    private static boolean inDays(Period period) {
        return period.getYears() == 0 && period.getMonths() == 0;
    }

    private static boolean capBinds(ContractTerms terms, Oracle.Earned e) {
        BigDecimal uncapped = e.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return terms.caps().perParticipant().isPresent() && uncapped.compareTo(e.total()) > 0 && e.total().signum() > 0;
    }

    private static void count(Map<String, AtomicInteger> seen, String what) {
        seen.computeIfAbsent(what, w -> new AtomicInteger()).incrementAndGet();
    }

    private static String line(Payment p) {
        return p.date() + " cumulativeDue=" + plain(decimal(p.cumulativeDue())) + " paidBefore="
                + plain(decimal(p.paidBefore())) + " payment=" + plain(decimal(p.payment())) + " outcomes "
                + p.outcomes().stream().map(Summaries::of).toList();
    }

    private static String line(Oracle.OraclePayment p) {
        return p.date() + " cumulativeDue=" + plain(p.cumulativeDue()) + " paidBefore=" + plain(p.paidBefore())
                + " payment=" + plain(p.payment()) + " outcomes " + p.outcomes().stream().map(Summaries::of).toList();
    }

    private static List<String> sums(Measurements m, ContractTerms terms, LocalDate date) {
        List<String> lines = new ArrayList<>();
        lines.add("programme " + Summaries.of(m.programme(date)));
        lines.add("cohorts " + Summaries.ofCohorts(m.cohorts(date)));
        for (int o = 0; o < terms.participantOutcomes().size(); o++) {
            lines.add(terms.participantOutcomes().get(o).name() + " units=" + m.units(date, o));
        }
        lines.add("participant totals=" + plain(m.participantTotals(date)));
        return lines;
    }

    private static Map<String, String> explanationsById(Scenario s) {
        return s.calculation().explain(s.asOf())
                .collect(Collectors.toMap(ParticipantExplanation::id, Summaries::of, (a, b) -> a, TreeMap::new));
    }
}
