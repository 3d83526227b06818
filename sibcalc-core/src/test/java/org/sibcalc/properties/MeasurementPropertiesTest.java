package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.Baseline;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.Payment;
import org.sibcalc.testing.Theories;

/** Invariants of measuring groups of participants at reporting dates (docs/rules.md, "Cohorts" and "Measurement"). */
class MeasurementPropertiesTest {

    @Test
    void resultsAreUnchangedByShufflingParticipantsAndEpisodes() {
        Theories.qt(200)
                .forAll(Scenarios.scenarios(), longs().all())
                .checkAssert((s, seed) -> {
                    Random random = new Random(seed);
                    List<Participant> participants = new ArrayList<>(s.participants());
                    List<CareEpisode> episodes = new ArrayList<>(s.episodes());
                    Collections.shuffle(participants, random);
                    Collections.shuffle(episodes, random);
                    Scenario shuffled = s.withParticipants(participants).withEpisodes(episodes);

                    assertThat(Summaries.of(shuffled.statement())).as("statement").isEqualTo(Summaries.of(s.statement()));
                    assertThat(explanationsById(shuffled, s.asOf())).as("explanations")
                            .isEqualTo(explanationsById(s, s.asOf()));
                });
    }

    @Test
    void programmeTotalsAreTheSumOverCohorts() {
        Theories.qt(200).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Statement statement = s.statement();
            assertThat(Summaries.of(statement.programme())).as("programme at %s", s.asOf())
                    .isEqualTo(Summaries.of(sum(statement.cohorts())));
            // and at every measurement date up to the reporting date
            CareData data = s.data();
            List<LocalDate> dates = statement.payments().stream().map(Payment::date).toList();
            if (!dates.isEmpty()) {
                Measurements measurements = Measurements.of(s.terms(), data, dates, null);
                for (LocalDate date : dates) {
                    assertThat(Summaries.of(measurements.programme(date))).as("programme at %s", date)
                            .isEqualTo(Summaries.of(sum(measurements.cohorts(date))));
                }
            }
        });
    }

    @Test
    void aFlatBaselineEqualsAMonthlyBaselineOfTheSameConstant() {
        Theories.qt(150)
                .forAll(Scenarios.scenarios(), integers().between(1, 40))
                .checkAssert((s, months) -> {
                    BigDecimal constant = s.terms().baseline().orElseThrow().byMonth().get(0);
                    Scenario flat = s.withTerms(s.terms().toBuilder().baseline(Baseline.flat(constant)).build());
                    Scenario monthly = s.withTerms(s.terms().toBuilder()
                            .baseline(Baseline.monthly(Collections.nCopies(months, constant))).build());
                    DayCountingPropertiesTest.assertSameResults(monthly, flat);
                });
    }

    @Test
    void repeatingTheLastMonthlyValueChangesNothing() {
        Theories.qt(100)
                .forAll(Scenarios.scenarios(), integers().between(1, 30))
                .checkAssert((s, extra) -> {
                    List<BigDecimal> byMonth = s.terms().baseline().orElseThrow().byMonth();
                    List<BigDecimal> longer = new ArrayList<>(byMonth);
                    longer.addAll(Collections.nCopies(extra, byMonth.get(byMonth.size() - 1)));
                    Scenario extended = s.withTerms(s.terms().toBuilder().baseline(Baseline.monthly(longer)).build());
                    DayCountingPropertiesTest.assertSameResults(extended, s);
                });
    }

    /**
     * The explanations (one participant at a time) and the statement (one pass of event sums over every
     * date) are different code paths; they must agree exactly, at the reporting date and at every
     * measurement date before it.
     */
    @Test
    void explanationsSumExactlyToTheStatementsMeasurements() {
        Theories.qt(250).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Statement statement = s.statement();
            List<ParticipantExplanation> explanations = s.calculation().explain(s.asOf()).toList();
            assertThat(explanations).extracting(ParticipantExplanation::id)
                    .containsExactlyElementsOf(s.participants().stream().map(Participant::id).toList());

            Map<String, Oracle.Group> cohorts = sumByCohort(s, explanations, s.asOf());
            assertThat(Summaries.ofCohorts(statement.cohorts())).as("cohorts at %s", s.asOf())
                    .isEqualTo(cohorts.entrySet().stream()
                            .map(c -> "cohort '" + c.getKey() + "' " + Summaries.of(c.getValue())).toList());
            assertThat(Summaries.of(statement.programme())).as("programme at %s", s.asOf())
                    .isEqualTo(Summaries.of(total(cohorts)));

            for (Payment payment : statement.payments()) {
                List<ParticipantExplanation> then = s.calculation().explain(payment.date()).toList();
                assertThat(Summaries.of(payment.programme())).as("programme at %s", payment.date())
                        .isEqualTo(Summaries.of(total(sumByCohort(s, then, payment.date()))));
            }
        });
    }

    @Test
    void measuringManyDatesInOnePassEqualsMeasuringEachDateAlone() {
        Theories.qt(100)
                .forAll(Scenarios.scenarios(), lists().of(integers().between(-100, 2700)).ofSizeBetween(0, 6))
                .checkAssert((s, offsets) -> {
                    TreeSet<LocalDate> dates = new TreeSet<>(s.terms().measurement().dates());
                    dates.add(s.asOf());
                    offsets.forEach(offset -> dates.add(Scenarios.ORIGIN.plusDays(offset)));
                    CareData data = s.data();
                    Measurements together = Measurements.of(s.terms(), data, new ArrayList<>(dates), null);
                    assertThat(together.dates()).containsExactlyElementsOf(dates);
                    for (LocalDate date : dates) {
                        Measurements alone = Measurements.of(s.terms(), data, List.of(date), null);
                        assertThat(Summaries.of(together.programme(date))).as("programme at %s", date)
                                .isEqualTo(Summaries.of(alone.programme(date)));
                        assertThat(Summaries.ofCohorts(together.cohorts(date))).as("cohorts at %s", date)
                                .isEqualTo(Summaries.ofCohorts(alone.cohorts(date)));
                    }
                });
    }

    @Test
    void summingParticipantsInChunksOnSeveralThreadsEqualsOnePass() {
        Theories.qt(150)
                .forAll(Scenarios.scenarios(), integers().between(1, 5))
                .checkAssert((s, chunk) -> {
                    CareData data = s.data();
                    List<LocalDate> dates = new ArrayList<>(new TreeSet<>(s.terms().measurement().dates()));
                    dates.add(s.asOf());
                    List<DataWarning> onePassWarnings = new ArrayList<>();
                    List<DataWarning> chunkedWarnings = new ArrayList<>();
                    Measurements onePass = Measurements.of(s.terms(), data, dates, onePassWarnings::add, Integer.MAX_VALUE);
                    Measurements chunked = Measurements.of(s.terms(), data, dates, chunkedWarnings::add, chunk);
                    for (LocalDate date : onePass.dates()) {
                        assertThat(Summaries.of(chunked.programme(date))).as("programme at %s", date)
                                .isEqualTo(Summaries.of(onePass.programme(date)));
                        assertThat(Summaries.ofCohorts(chunked.cohorts(date))).as("cohorts at %s", date)
                                .isEqualTo(Summaries.ofCohorts(onePass.cohorts(date)));
                    }
                    assertThat(chunkedWarnings).as("warnings, in order").isEqualTo(onePassWarnings);
                });
    }

    @Test
    void givingEachParticipantItsDerivedCohortExplicitlyChangesNothing() {
        Theories.qt(150).forAll(Scenarios.scenarios()).checkAssert(s -> {
            Scenario explicit = s.withParticipants(s.participants().stream()
                    .map(p -> p.cohort().isPresent() ? p : p.withCohort(Oracle.cohort(s.terms(), p)))
                    .toList());
            DayCountingPropertiesTest.assertSameResults(explicit, s);
        });
    }

    @Test
    void cohortsAreListedOnceEachInCodePointOrder() {
        Theories.qt(200).forAll(Scenarios.scenarios()).checkAssert(s -> {
            List<String> labels = s.statement().cohorts().stream().map(CohortMeasurement::cohort).toList();
            List<String> expected = s.participants().stream()
                    .filter(p -> !p.start().isAfter(s.asOf()))
                    .map(p -> Oracle.cohort(s.terms(), p))
                    .distinct()
                    .sorted(Oracle::compareCodePoints)
                    .toList();
            assertThat(labels).isEqualTo(expected);
        });
    }

    /** Sums the explanations of participants started by {@code asOf}, by cohort in code-point order. */
    private static Map<String, Oracle.Group> sumByCohort(Scenario s, List<ParticipantExplanation> explanations,
            LocalDate asOf) {
        Map<String, Oracle.Group> cohorts = new TreeMap<>(Oracle::compareCodePoints);
        for (int i = 0; i < explanations.size(); i++) {
            ParticipantExplanation e = explanations.get(i);
            if (!s.participants().get(i).start().isAfter(asOf)) {
                cohorts.merge(e.cohort(), Oracle.Group.of(e), Oracle.Group::plus);
            }
        }
        return cohorts;
    }

    /** Adds up the cohorts field by field, without the library's {@code Measurement.plus}. */
    private static Oracle.Group sum(List<CohortMeasurement> cohorts) {
        return cohorts.stream().map(c -> Oracle.Group.of(c.measurement())).reduce(Oracle.Group.NONE, Oracle.Group::plus);
    }

    private static Oracle.Group total(Map<String, Oracle.Group> cohorts) {
        return cohorts.values().stream().reduce(Oracle.Group.NONE, Oracle.Group::plus);
    }

    private static Map<String, String> explanationsById(Scenario s, LocalDate asOf) {
        return s.calculation().explain(asOf)
                .collect(Collectors.toMap(ParticipantExplanation::id, Summaries::of, (a, b) -> a, TreeMap::new));
    }
}
