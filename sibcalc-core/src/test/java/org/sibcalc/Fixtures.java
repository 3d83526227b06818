package org.sibcalc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * What the hand-worked rule tests share: short ways to write dates, amounts, participants and episodes,
 * and one default contract whose numbers are easy to work by hand.
 */
public final class Fixtures {

    public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    private Fixtures() {
    }

    public static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    public static BigDecimal dec(String decimal) {
        return new BigDecimal(decimal);
    }

    public static MonetaryAmount gbp(String amount) {
        return Money.of(new BigDecimal(amount), GBP);
    }

    /**
     * Returns the default terms, to be changed as each test needs: GBP, tracking {@code P30M} without
     * age-out, QUARTER cohorts, quarterly measurement from 2019-03-31 to 2021-12-31, a flat baseline of 0.5,
     * £1.00 a care day avoided, and otherwise the contract defaults (EXCLUSIVE ends, every type counts,
     * PROGRAMME netting, no caps, HALF_UP, no clawback).
     */
    public static ContractTerms.Builder terms() {
        return ContractTerms.builder("Rule test terms", GBP, Tracking.of(Period.ofMonths(30)),
                MeasurementDates.every(MeasurementDates.Frequency.QUARTER, date("2019-03-31"), date("2021-12-31")),
                Baseline.flat(dec("0.5")), Outcome.careDaysAvoided(gbp("1.00")));
    }

    public static Participant participant(String id, String start) {
        return Participant.of(id, date(start));
    }

    /** An episode of type CARE; {@code end} as recorded (how it is read is up to the contract). */
    public static CareEpisode episode(String id, String start, String end) {
        return CareEpisode.of(id, date(start), date(end));
    }

    public static CareEpisode openEpisode(String id, String start) {
        return CareEpisode.open(id, date(start));
    }

    public static CareData data(List<Participant> participants, List<CareEpisode> episodes) {
        return CareData.of(participants, episodes);
    }

    /**
     * Returns the statement at {@code asOf}, having first checked that the per-participant explanations (a
     * separate code path, one participant at a time) add up to the statement's programme and to each of its
     * cohorts.
     */
    public static Statement checkedStatement(ContractTerms terms, CareData data, String asOf) {
        Calculation calculation = Calculation.of(terms, data);
        Statement statement = calculation.statement(date(asOf));
        assertExplanationsAddUp(calculation, statement);
        return statement;
    }

    /**
     * Checks that the explanations at the statement's date sum to its programme and to each cohort, and that
     * the explanations at each payment's date sum to the programme measured for that payment.
     */
    public static void assertExplanationsAddUp(Calculation calculation, Statement statement) {
        LocalDate asOf = statement.asOf();
        // no one yet: without a baseline, nothing expected (null), not 0 expected care days
        Measurement none = calculation.terms().baseline().isEmpty() ? Measurement.NONE_WITHOUT_BASELINE : Measurement.NONE;
        Map<String, Measurement> cohorts = new TreeMap<>();
        for (ParticipantExplanation p : calculation.explain(asOf).toList()) {
            if (!p.counted()) {
                assertThat(p.childDays()).as("child days of %s, who starts after %s", p.id(), asOf).isZero();
                continue;
            }
            cohorts.merge(p.cohort(), new Measurement(1, p.childDays(), p.careDays(), p.expectedCareDays()),
                    Measurement::plus);
        }
        assertSameMeasurement(statement.programme(), cohorts.values().stream().reduce(none, Measurement::plus));
        assertThat(statement.cohorts()).extracting(CohortMeasurement::cohort)
                .containsExactlyInAnyOrderElementsOf(cohorts.keySet());
        for (CohortMeasurement cohort : statement.cohorts()) {
            assertSameMeasurement(cohort.measurement(), cohorts.get(cohort.cohort()));
        }
        for (Payment payment : statement.payments()) {
            assertOutcomeUnitsAddUp(calculation, payment);
            Measurement explained = calculation.explain(payment.date())
                    .filter(p -> !p.window().getStart().isAfter(payment.date()))
                    .map(p -> new Measurement(1, p.childDays(), p.careDays(), p.expectedCareDays()))
                    .reduce(none, Measurement::plus);
            assertSameMeasurement(payment.programme(), explained);
        }
    }

    /**
     * Checks that the participants' units of each participant outcome at the payment's date, one participant
     * at a time, add up to the payment's units of that outcome.
     */
    private static void assertOutcomeUnitsAddUp(Calculation calculation, Payment payment) {
        List<Outcome.PerParticipant> outcomes = calculation.terms().participantOutcomes();
        long[] explained = new long[outcomes.size()];
        calculation.explain(payment.date()).filter(ParticipantExplanation::counted).forEach(p -> {
            for (int o = 0; o < explained.length; o++) {
                explained[o] += p.outcomeUnits().get(o);
            }
        });
        for (int o = 0; o < explained.length; o++) {
            String name = outcomes.get(o).name();
            BigDecimal units = payment.outcomes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().units();
            assertThat(units).as("units of %s at %s", name, payment.date()).isEqualByComparingTo(BigDecimal.valueOf(explained[o]));
        }
    }

    /** Returns the units of the named outcome in the payment at {@code date}. */
    public static BigDecimal unitsAt(Statement statement, String date, String outcome) {
        return outcomeAt(statement, date, outcome).units();
    }

    /** Returns what the named outcome adds up to in the payment at {@code date}. */
    public static OutcomeAmount outcomeAt(Statement statement, String date, String outcome) {
        Payment payment = statement.payments().stream().filter(p -> p.date().equals(date(date))).findFirst()
                .orElseThrow(() -> new AssertionError("no payment at " + date));
        return payment.outcomes().stream().filter(o -> o.name().equals(outcome)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + outcome + " at " + date));
    }

    /** An episode with a type and a placement; {@code end} null for an open episode. */
    public static CareEpisode placed(String id, String start, String end, String type, String placement) {
        return new CareEpisode(id, date(start), Optional.ofNullable(end == null ? null : date(end)), type, placement);

    }

    /** Returns the measurement dates given. */
    public static MeasurementDates dates(String... dates) {
        return MeasurementDates.of(java.util.Arrays.stream(dates).map(Fixtures::date).toList());
    }

    /** Returns the default terms without the care-days-avoided outcome or a baseline, paying for these outcomes. */
    public static ContractTerms.Builder termsPaying(Outcome... outcomes) {
        return terms().noBaseline().outcomes(List.of(outcomes));
    }

    /** Checks every field of a measurement, comparing decimals by value (so 45.0 equals 45.00). */
    public static void assertSameMeasurement(Measurement actual, Measurement expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    /** Returns the explanation of one participant at {@code asOf}. */
    public static ParticipantExplanation explanation(ContractTerms terms, CareData data, String asOf, String id) {
        return Calculation.of(terms, data).explain(date(asOf))
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Returns an amount as its currency and number at the currency's minor unit, e.g. {@code GBP 0.50}.
     * (Moneta drops trailing zeros, so the scale itself cannot be checked; an amount with a digit beyond the
     * minor unit fails here instead.)
     */
    public static String money(MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode() + " " + plain(amount);
    }

    /**
     * Returns each payment as one line, {@code 2019-03-31: due 45.00, paid before 0.00, payment 45.00}, after
     * checking that every amount is in GBP.
     */
    public static List<String> paymentLines(List<Payment> payments) {
        return payments.stream().map(p -> {
            assertThat(List.of(p.cumulativeDue(), p.paidBefore(), p.payment()))
                    .allSatisfy(amount -> assertThat(amount.getCurrency()).isEqualTo(GBP));
            return p.date() + ": due " + plain(p.cumulativeDue()) + ", paid before " + plain(p.paidBefore())
                    + ", payment " + plain(p.payment());
        }).toList();
    }

    private static String plain(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class)
                .setScale(amount.getCurrency().getDefaultFractionDigits()).toPlainString();
    }
}
