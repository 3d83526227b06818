package org.sibcalc.properties;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Theories;

/** Invariants of child days and care days (docs/rules.md, "Days"). */
class DayCountingPropertiesTest {

    @Test
    void careDaysAreBetweenZeroAndChildDays() {
        Theories.qt(200).forAll(Scenarios.scenarios()).checkAssert(s -> {
            for (ParticipantExplanation e : s.calculation().explain(s.asOf()).toList()) {
                assertThat(e.careDays()).as("care days of %s", e.id()).isBetween(0L, e.childDays());
                assertThat(e.childDays()).as("child days of %s", e.id()).isNotNegative();
            }
            Statement statement = s.statement();
            assertBetweenZeroAndChildDays("programme", statement.programme());
            for (CohortMeasurement cohort : statement.cohorts()) {
                assertBetweenZeroAndChildDays("cohort " + cohort.cohort(), cohort.measurement());
            }
            for (Payment payment : statement.payments()) {
                assertBetweenZeroAndChildDays("programme at " + payment.date(), payment.programme());
            }
        });
    }

    @Test
    void resultsAreUnchangedBySplittingAnEpisodeIntoTouchingPieces() {
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger split = new AtomicInteger();
        Theories.qt(200)
                .forAll(Scenarios.scenarios(), lists().of(integers().between(0, 100_000)).ofSize(4))
                .checkAssert((s, cuts) -> {
                    Scenario once = splitEpisode(s, cuts.get(0), cuts.get(1));
                    Scenario twice = splitEpisode(once, cuts.get(2), cuts.get(3));
                    tried.incrementAndGet();
                    if (twice.episodes().size() > s.episodes().size()) {
                        split.incrementAndGet();
                    }
                    assertSameResults(twice, s);
                });
        assertThat(split.get()).as("scenarios in which an episode was split").isGreaterThan(tried.get() / 2);
    }

    @Test
    void resultsAreUnchangedByDuplicatingAnEpisode() {
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger duplicated = new AtomicInteger();
        Theories.qt(200)
                .forAll(Scenarios.scenarios(), integers().between(0, 1000), integers().between(0, 1000))
                .checkAssert((s, which, where) -> {
                    tried.incrementAndGet();
                    if (s.episodes().isEmpty()) {
                        return;
                    }
                    duplicated.incrementAndGet();
                    List<CareEpisode> episodes = new ArrayList<>(s.episodes());
                    episodes.add(where % (episodes.size() + 1), episodes.get(which % episodes.size()));
                    assertSameResults(s.withEpisodes(episodes), s);
                });
        assertThat(duplicated.get()).as("scenarios with an episode to duplicate").isGreaterThan(tried.get() / 2);
    }

    @Test
    void childDaysAndCareDaysNeverDecreaseAsTheReportingDateMovesLater() {
        Theories.qt(150)
                .forAll(Scenarios.scenarios(), integers().between(1, 900))
                .checkAssert((s, later) -> {
                    Scenario after = s.withAsOf(s.asOf().plusDays(later));
                    Map<String, ParticipantExplanation> before = byId(s.calculation().explain(s.asOf()).toList());
                    for (ParticipantExplanation e : after.calculation().explain(after.asOf()).toList()) {
                        ParticipantExplanation earlier = before.get(e.id());
                        assertThat(e.childDays()).as("child days of %s", e.id()).isGreaterThanOrEqualTo(earlier.childDays());
                        assertThat(e.careDays()).as("care days of %s", e.id()).isGreaterThanOrEqualTo(earlier.careDays());
                        assertThat(e.expectedCareDays().orElseThrow()).as("expected care days of %s", e.id())
                                .isGreaterThanOrEqualTo(earlier.expectedCareDays().orElseThrow());
                    }
                    Statement first = s.statement();
                    Statement second = after.statement();
                    assertNotLess("programme", second.programme(), first.programme());
                    Map<String, Measurement> laterCohorts = second.cohorts().stream()
                            .collect(Collectors.toMap(CohortMeasurement::cohort, CohortMeasurement::measurement));
                    for (CohortMeasurement cohort : first.cohorts()) {
                        assertThat(laterCohorts).as("cohorts at %s", after.asOf()).containsKey(cohort.cohort());
                        assertNotLess("cohort " + cohort.cohort(), laterCohorts.get(cohort.cohort()), cohort.measurement());
                    }
                });
    }

    @Test
    void childDaysNeverExceedTheTrackingPeriodAndStayInsideTheWindow() {
        Theories.qt(300).forAll(Scenarios.scenarios()).checkAssert(s -> {
            List<ParticipantExplanation> explanations = s.calculation().explain(s.asOf()).toList();
            for (int i = 0; i < explanations.size(); i++) {
                Participant p = s.participants().get(i);
                ParticipantExplanation e = explanations.get(i);
                LocalDate periodEnd = p.start().plus(s.terms().tracking().period());
                assertThat(e.childDays()).as("child days of %s", p.id())
                        .isLessThanOrEqualTo(DAYS.between(p.start(), periodEnd))
                        .isEqualTo(e.window().lengthInDays());
                if (e.childDays() > 0) {
                    assertThat(e.window().getStart()).isEqualTo(p.start());
                    assertThat(e.window().getEnd()).isBeforeOrEqualTo(periodEnd).isBeforeOrEqualTo(s.asOf().plusDays(1));
                    if (p.exitDate().isPresent()) {
                        assertThat(e.window().getEnd()).isBeforeOrEqualTo(p.exitDate().orElseThrow());
                    }
                    if (p.birthDate().isPresent() && s.terms().tracking().ageOutAt().isPresent()) {

                        assertThat(e.window().getEnd())
                                .isBeforeOrEqualTo(p.birthDate().orElseThrow().plusYears(s.terms().tracking().ageOutAt().getAsInt()));
                    }
                }
            }
        });
    }

    /** The oracle visits every day of every window; kept to small scenarios. */
    @Test
    void daysAgreeWithADayByDayCount() {
        Theories.qt(150).forAll(Scenarios.scenarios(6)).checkAssert(s -> {
            List<Oracle.Ledger> ledgers = Oracle.ledgers(s);
            List<ParticipantExplanation> explanations = s.calculation().explain(s.asOf()).toList();
            assertThat(explanations).hasSameSizeAs(ledgers);
            for (int i = 0; i < ledgers.size(); i++) {
                Oracle.Days expected = ledgers.get(i).at(s.asOf());
                ParticipantExplanation actual = explanations.get(i);
                assertThat(actual.id()).isEqualTo(expected.id());
                assertThat(actual.cohort()).as("cohort of %s", actual.id()).isEqualTo(expected.cohort());
                assertThat(actual.childDays()).as("child days of %s", actual.id()).isEqualTo(expected.childDays());
                assertThat(actual.careDays()).as("care days of %s", actual.id()).isEqualTo(expected.careDays());
                assertThat(actual.expectedCareDays().orElse(null)).as("expected care days of %s", actual.id())
                        .isEqualByComparingTo(expected.expectedCareDays());
            }
            Statement statement = s.statement();
            assertThat(Summaries.of(statement.programme())).as("programme")
                    .isEqualTo(Summaries.of(Oracle.programme(s.terms(), ledgers, s.asOf())));
            assertThat(Summaries.ofCohorts(statement.cohorts())).as("cohorts")
                    .isEqualTo(Oracle.cohorts(ledgers, s.asOf()).entrySet().stream()
                            .map(c -> "cohort '" + c.getKey() + "' " + Summaries.of(c.getValue())).toList());
        });
    }

    @Test
    void countingOnlySomeTypesEqualsLeavingOutEpisodesOfOtherTypes() {
        Theories.qt(150)
                .forAll(Scenarios.scenarios(), integers().between(1, 15))
                .checkAssert((s, mask) -> {
                    Set<String> careTypes = new TreeSet<>();
                    for (int t = 0; t < Scenarios.EPISODE_TYPES.size(); t++) {
                        if ((mask & (1 << t)) != 0) {
                            careTypes.add(Scenarios.EPISODE_TYPES.get(t));
                        }
                    }
                    Scenario restricted = s.withTerms(s.terms().toBuilder().careTypes(careTypes).build());
                    Scenario leftOut = s.withTerms(s.terms().toBuilder().everyTypeIsCare().build())
                            .keepingEpisodes(e -> careTypes.contains(e.type()));
                    assertSameResults(restricted, leftOut);
                });
    }

    /**
     * Splits one episode of at least two days into two touching episodes of its type and placement; the second
     * goes last in the list.
     */
    static Scenario splitEpisode(Scenario s, int which, int cut) {
        EpisodeEnd convention = s.terms().episodeEnd();
        List<CareEpisode> splittable = s.episodes().stream().filter(e -> spanLength(e, convention) >= 2).toList();
        if (splittable.isEmpty()) {
            return s;
        }
        CareEpisode episode = splittable.get(which % splittable.size());
        long length = episode.isOpen() ? 400 : spanLength(episode, convention);
        // Half the cuts leave a one-day piece at either end, where off-by-one mistakes show.
        long offset = switch (cut % 4) {
            case 0 -> 1;
            case 1 -> length - 1;
            default -> 1 + (cut / 4) % (length - 1);
        };
        LocalDate secondStart = episode.start().plusDays(offset);
        // EXCLUSIVE: [start, secondStart) then [secondStart, end); INCLUSIVE: [start, secondStart − 1] then [secondStart, end]
        LocalDate firstEnd = convention == EpisodeEnd.EXCLUSIVE ? secondStart : secondStart.minusDays(1);
        List<CareEpisode> episodes = new ArrayList<>(s.episodes());
        episodes.set(episodes.indexOf(episode), new CareEpisode(episode.participantId(), episode.start(), Optional.of(firstEnd),
                episode.type(), episode.placement()));
        episodes.add(new CareEpisode(episode.participantId(), secondStart, episode.end(), episode.type(),
                episode.placement()));
        return s.withEpisodes(episodes);
    }

    /** The number of days in the episode's span; {@code Long.MAX_VALUE} when open. */
    private static long spanLength(CareEpisode e, EpisodeEnd convention) {
        if (e.isOpen()) {
            return Long.MAX_VALUE;
        }
        return DAYS.between(e.start(), e.end().orElseThrow()) + (convention == EpisodeEnd.INCLUSIVE ? 1 : 0);
    }

    /** Same statement (apart from warnings) and the same explanation for every participant. */
    static void assertSameResults(Scenario actual, Scenario expected) {
        assertThat(Summaries.of(actual.statement())).as("statement").isEqualTo(Summaries.of(expected.statement()));
        assertThat(actual.calculation().explain(actual.asOf()).map(Summaries::of).toList()).as("explanations")
                .isEqualTo(expected.calculation().explain(expected.asOf()).map(Summaries::of).toList());
    }

    private static void assertBetweenZeroAndChildDays(String group, Measurement m) {
        assertThat(m.childDays()).as("child days of %s", group).isNotNegative();
        assertThat(m.careDays()).as("care days of %s", group).isBetween(0L, m.childDays());
    }

    private static void assertNotLess(String group, Measurement later, Measurement earlier) {
        assertThat(later.participants()).as("participants of %s", group).isGreaterThanOrEqualTo(earlier.participants());
        assertThat(later.childDays()).as("child days of %s", group).isGreaterThanOrEqualTo(earlier.childDays());
        assertThat(later.careDays()).as("care days of %s", group).isGreaterThanOrEqualTo(earlier.careDays());
        assertThat(later.expectedCareDays().orElseThrow()).as("expected care days of %s", group)
                .isGreaterThanOrEqualTo(earlier.expectedCareDays().orElseThrow());
    }

    private static Map<String, ParticipantExplanation> byId(List<ParticipantExplanation> explanations) {
        return explanations.stream().collect(Collectors.toMap(ParticipantExplanation::id, Function.identity()));
    }
}
