package org.sibcalc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.Outcome;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;
import org.threeten.extra.LocalDateRange;

/**
 * SPEC §9, checking a claim: every number of the claim that differs from the recomputed statement is listed
 * with where it is, both values and claimed − recomputed; nothing else is.
 *
 * <p>The default terms (baseline 0.5, £1.00 a care day avoided, quarterly from 2019-03-31) with a £5.00 a day
 * DAYS outcome out of care; A from 2019-01-01 and B from 2019-04-10, never in care; reported 2019-06-30:
 * <pre>
 *   2019-03-31: A 90 child days → 45 avoided → 45.00, DAYS 90 × 5 = 450.00; cumulative due 495.00
 *   2019-06-30: A 181, B 82 (2019-04-10..06-30) = 263 child days → 131.5 avoided → 131.50; DAYS 263 × 5 = 1,315.00;
 *               cumulative due 1,446.50, paid before 495.00, payment 951.50
 *   cohorts 2019-Q1 (A) and 2019-Q2 (B)
 * </pre>
 */
class ClaimCheckTest {

    private static final Calculation CALCULATION = Calculation.of(
            terms().outcomes(List.of(Outcome.careDaysAvoided(gbp("1.00")),
                    Outcome.days(org.sibcalc.contract.Condition.outOf("care"), gbp("5.00")).withName("days out of care"))).build(),
            data(List.of(participant("A", "2019-01-01"), participant("B", "2019-04-10")), List.of()));
    private static final Statement STATEMENT = CALCULATION.statement(date("2019-06-30"));

    private static ClaimCheck check(Claim claim) {
        return ClaimCheck.of(claim, CALCULATION);
    }

    private static List<String> lines(ClaimCheck check) {
        return check.differences().stream().map(d -> d.place() + ": " + d.field() + ": claimed " + d.claimed()
                + ", recomputed " + d.recomputed() + ", difference " + (d.difference() == null ? "none"
                        : d.difference().toPlainString())).toList();
    }

    private static Statement withPayment(int index, UnaryOperator<Payment> change) {
        List<Payment> payments = new ArrayList<>(STATEMENT.payments());
        payments.set(index, change.apply(payments.get(index)));
        return new Statement(STATEMENT.contract(), STATEMENT.currency(), STATEMENT.asOf(), STATEMENT.programme(),
                STATEMENT.cohorts(), payments, List.of());
    }

    private static Payment withAmounts(Payment p, String cumulativeDue, String payment, List<OutcomeAmount> outcomes) {
        return new Payment(p.date(), gbp(cumulativeDue), p.paidBefore(), gbp(payment), p.programme(), p.nettedCohorts(),
                outcomes);
    }

    @Test
    void aStatementChecksCleanAgainstItself() {
        ClaimCheck check = check(Claim.of(STATEMENT));

        assertThat(check.agrees()).isTrue();
        // asOf; 6 programme figures; 2 cohorts × 6; 2 payments × (3 amounts + 3 ledger + 6 measurement + 2 outcomes × 3).
        assertThat(check.compared()).isEqualTo(1 + 6 + 12 + 2 * (3 + 3 + 6 + 6));
    }

    @Test
    void aDifferentPaymentIsFoundAtItsDateWithBothValuesAndTheDifference() {
        // The claim has 1,466.50 due at 2019-06-30 (20.00 more: it counted 4 more days out of care, 4 × 5 = 20)
        // and so a payment of 971.50.
        Statement claimed = withPayment(1, p -> withAmounts(p, "1466.50", "971.50", List.of(p.outcomes().get(0),
                new OutcomeAmount("days out of care", "DAYS", new BigDecimal("267"), gbp("1335")))));

        assertThat(lines(check(Claim.of(claimed)))).containsExactly(
                "payment 2019-06-30: cumulativeDue: claimed 1466.50, recomputed 1446.50, difference 20.00",
                "payment 2019-06-30: payment: claimed 971.50, recomputed 951.50, difference 20.00",
                "payment 2019-06-30: outcomes[days out of care].units: claimed 267, recomputed 263, difference 4",
                "payment 2019-06-30: outcomes[days out of care].amount: claimed 1335, recomputed 1315, difference 20");
    }

    @Test
    void aDifferentProgrammeOrCohortFigureIsFoundInItsPlace() {
        // The claim has 10 care days for B (cohort 2019-Q2): 10 / 82 = 0.121951; avoided 41 − 10 = 31.
        Measurement b = new Measurement(1, 82, 10, new BigDecimal("41.0"));
        Statement claimed = new Statement(STATEMENT.contract(), STATEMENT.currency(), STATEMENT.asOf(),
                new Measurement(2, 263, 10, new BigDecimal("131.5")),
                List.of(STATEMENT.cohorts().get(0), new CohortMeasurement("2019-Q2", b)), STATEMENT.payments(), List.of());

        assertThat(lines(check(Claim.of(claimed)))).containsExactly(
                "programme: careDays: claimed 10, recomputed 0, difference 10",
                "programme: careProportion: claimed 0.038023, recomputed 0.000000, difference 0.038023",
                "programme: careDaysAvoided: claimed 121.5, recomputed 131.5, difference -10.0",
                "cohort 2019-Q2: careDays: claimed 10, recomputed 0, difference 10",
                "cohort 2019-Q2: careProportion: claimed 0.121951, recomputed 0.000000, difference 0.121951",
                "cohort 2019-Q2: careDaysAvoided: claimed 31.0, recomputed 41.0, difference -10.0");
    }

    @Test
    void aCohortOrPaymentDateOnOneSideOnlyIsOneDifference() {
        Statement claimed = new Statement(STATEMENT.contract(), STATEMENT.currency(), STATEMENT.asOf(),
                STATEMENT.programme(), List.of(STATEMENT.cohorts().get(0), new CohortMeasurement("2019-Q3",
                        STATEMENT.cohorts().get(1).measurement())), STATEMENT.payments().subList(1, 2), List.of());

        assertThat(lines(check(Claim.of(claimed)))).containsExactly(
                "cohort 2019-Q2: cohort: claimed null, recomputed 2019-Q2, difference none",
                "cohort 2019-Q3: cohort: claimed 2019-Q3, recomputed null, difference none",
                "payment 2019-03-31: date: claimed null, recomputed 2019-03-31, difference none");
    }

    @Test
    void partsAClaimDoesNotStateAreNotCompared() {
        // Another system's statement without outcomes or measurements per payment: only SPEC §7's core figures.
        Statement claimed = withPayment(1, p -> new Payment(p.date(), p.cumulativeDue(), p.paidBefore(), p.payment(),
                Measurement.NONE, List.of(), List.of()));

        ClaimCheck check = check(new Claim(claimed, Set.of(), null));

        assertThat(check.agrees()).isTrue();
        assertThat(check.compared()).isEqualTo(1 + 6 + 12 + 2 * 3);
    }

    @Test
    void aYoungPersonsDifferentFigureIsFoundUnderTheirId() {
        // The claim has A with 5 care days and 176 days out of care at 2019-06-30; it leaves B out and has C.
        List<ParticipantExplanation> recomputed = CALCULATION.explain(date("2019-06-30")).toList();
        ParticipantExplanation a = recomputed.get(0);
        List<ParticipantExplanation> claimed = List.of(
                new ParticipantExplanation("A", a.cohort(), true, a.window(), 181, 5, a.expectedCareDays(), List.of(176L),
                        new BigDecimal("880.00")),
                new ParticipantExplanation("C", "2019-Q2", true, LocalDateRange.ofEmpty(date("2019-05-01")), 0, 0,
                        BigDecimal.ZERO, List.of(0L), BigDecimal.ZERO));

        assertThat(lines(check(Claim.of(STATEMENT).withParticipants(claimed)))).containsExactly(
                "participant A: care_days: claimed 5, recomputed 0, difference 5",
                "participant A: days out of care: claimed 176, recomputed 181, difference -5",
                "participant A: outcome_total: claimed 880.00, recomputed 905, difference -25.00",
                "participant B: id: claimed null, recomputed B, difference none",
                "participant C: id: claimed C, recomputed null, difference none");
    }

    @Test
    void theLedgersFiguresAreComparedWhenTheClaimStatesThem() {
        // Recomputed with 495.00 paid for 2019-03-31: paid, recomputed 495.00; true-up 0.00 at 2019-06-30. The
        // claim, made without the ledger, has neither.
        Calculation withLedger = CALCULATION.withLedger(PaymentLedger.of(CALCULATION.terms(),
                List.of(LedgerEntry.of(date("2019-03-31"), gbp("495.00")))));

        assertThat(lines(ClaimCheck.of(Claim.of(STATEMENT), withLedger))).containsExactly(
                "payment 2019-03-31: paid: claimed false, recomputed true, difference none",
                "payment 2019-03-31: recomputedPayment: claimed null, recomputed 495.00, difference none",
                "payment 2019-06-30: trueUp: claimed null, recomputed 0.00, difference none");
    }
}
