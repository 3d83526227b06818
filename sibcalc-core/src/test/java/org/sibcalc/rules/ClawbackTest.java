package org.sibcalc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.checkedStatement;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.openEpisode;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.paymentLines;
import static org.sibcalc.Fixtures.terms;

import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.payment.Payment;

/**
 * docs/rules.md, "Payments", steps 3–4: paidBefore(D) = Σ payments at earlier measurement dates; payment(D) =
  * cumulativeDue(D)
 * − paidBefore(D), floored at zero unless {@code clawback}. Without clawback a fall in the cumulative due is
 * carried forward against later payments; with clawback it is paid back (a negative payment).
 *
 * <p>Flat baseline 0.5, £1.00 a day, quarterly, reported 2019-09-30:
 * <pre>
 *   A from 2019-01-01, in care from 2019-04-01 (open):
 *     2019-03-31:  90 child,   0 care →  45   − 0   =  45.0 avoided
 *     2019-06-30: 181 child,  91 care →  90.5 − 91  =  −0.5
 *     2019-09-30: 273 child, 183 care → 136.5 − 183 = −46.5
 *   B from 2019-05-20, no care: 2019-06-30: 12 + 30 = 42 child → 21;  2019-09-30: 42 + 92 = 134 → 67
 *   C from 2019-07-01, no care: 2019-09-30: 31 + 31 + 30 = 92 child → 46
 *   cumulative due: 2019-03-31 45.00; 2019-06-30 (−0.5 + 21) = 20.50; 2019-09-30 (−46.5 + 67 + 46) = 66.50
 * </pre>
 */
class ClawbackTest {

    private static final CareData FALL_THEN_RISE = data(
            List.of(participant("A", "2019-01-01"), participant("B", "2019-05-20"), participant("C", "2019-07-01")),
            List.of(openEpisode("A", "2019-04-01")));

    private static Statement statement(ContractTerms terms) {
        return checkedStatement(terms, FALL_THEN_RISE, "2019-09-30");
    }

    @Test
    void withoutClawbackAFallIsCarriedForwardAgainstLaterPayments() {
        // 45.00 − 0.00 = 45.00; 20.50 − 45.00 < 0 → 0.00; 66.50 − 45.00 = 21.50 (not 66.50 − 20.50 = 46.00).
        assertThat(paymentLines(statement(terms().build()).payments())).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 20.50, paid before 45.00, payment 0.00",
                "2019-09-30: due 66.50, paid before 45.00, payment 21.50");
    }

    @Test
    void clawbackIsOffByDefault() {
        assertThat(terms().build().clawback()).isFalse();
    }

    @Test
    void withClawbackAFallIsPaidBack() {
        // 45.00 − 0.00 = 45.00; 20.50 − 45.00 = −24.50; 66.50 − (45.00 − 24.50) = 66.50 − 20.50 = 46.00.
        assertThat(paymentLines(statement(terms().clawback(true).build()).payments())).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 20.50, paid before 45.00, payment -24.50",
                "2019-09-30: due 66.50, paid before 20.50, payment 46.00");
    }

    @Test
    void withClawbackPaymentsAlwaysAddUpToTheCumulativeDue() {
        // 45.00 − 24.50 + 46.00 = 66.50, the last cumulative due.
        List<Payment> payments = statement(terms().clawback(true).build()).payments();

        assertThat(sum(payments)).isEqualTo(gbp("66.50"));
    }

    @Test
    void paidBeforeIsTheSumOfEarlierPayments() {
        for (boolean clawback : new boolean[] {false, true}) {
            List<Payment> payments = statement(terms().clawback(clawback).build()).payments();
            for (int i = 0; i < payments.size(); i++) {
                assertThat(payments.get(i).paidBefore()).as("clawback %s, payment %d", clawback, i)
                        .isEqualTo(sum(payments.subList(0, i)));
            }
        }
    }

    @Test
    void withoutClawbackAFallThatNeverRecoversIsNeverPaidBack() {
        // A alone: 45.00, then −0.5 and −46.5 avoided → due 0.00 and 0.00; paid 45.00 stays paid.
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(openEpisode("A", "2019-04-01")));

        assertThat(paymentLines(checkedStatement(terms().build(), data, "2019-09-30").payments())).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 0.00, paid before 45.00, payment 0.00",
                "2019-09-30: due 0.00, paid before 45.00, payment 0.00");
    }

    @Test
    void withClawbackAFallToZeroPaysEverythingBack() {
        // A alone with clawback: 45.00, then 0.00 − 45.00 = −45.00, then 0.00 − 0.00 = 0.00.
        CareData data = data(List.of(participant("A", "2019-01-01")), List.of(openEpisode("A", "2019-04-01")));

        assertThat(paymentLines(checkedStatement(terms().clawback(true).build(), data, "2019-09-30").payments()))
                .containsExactly(
                        "2019-03-31: due 45.00, paid before 0.00, payment 45.00",
                        "2019-06-30: due 0.00, paid before 45.00, payment -45.00",
                        "2019-09-30: due 0.00, paid before 0.00, payment 0.00");
    }

    @Test
    void totalPaidIsTheSumOfThePayments() {
        // Without clawback 45.00 + 0.00 + 21.50 = 66.50; with it 45.00 − 24.50 + 46.00 = 66.50. Reported at
        // 2019-06-30 without clawback: 45.00 + 0.00 = 45.00, more than the cumulative due of 20.50.
        assertThat(statement(terms().build()).totalPaid()).isEqualTo(gbp("66.50"));
        assertThat(statement(terms().clawback(true).build()).totalPaid()).isEqualTo(gbp("66.50"));
        assertThat(checkedStatement(terms().build(), FALL_THEN_RISE, "2019-06-30").totalPaid()).isEqualTo(gbp("45.00"));
    }

    @Test
    void totalPaidIsZeroBeforeTheFirstMeasurementDate() {
        assertThat(checkedStatement(terms().build(), FALL_THEN_RISE, "2019-03-30").totalPaid()).isEqualTo(gbp("0"));
    }

    @Test
    void paymentAtFindsTheMeasurementDatesPaymentOnly() {
        Statement statement = statement(terms().clawback(true).build());

        assertThat(statement.paymentAt(LocalDate.parse("2019-06-30"))).map(Payment::payment).contains(gbp("-24.50"));
        assertThat(statement.paymentAt(LocalDate.parse("2019-03-31"))).map(Payment::payment).contains(gbp("45.00"));
        assertThat(statement.paymentAt(LocalDate.parse("2019-09-30"))).map(Payment::payment).contains(gbp("46.00"));
        assertThat(statement.paymentAt(LocalDate.parse("2019-07-01"))).isEmpty(); // not a measurement date
        assertThat(statement.paymentAt(LocalDate.parse("2019-12-31"))).isEmpty(); // after the reporting date
    }

    private static MonetaryAmount sum(List<Payment> payments) {
        return payments.stream().map(Payment::payment).reduce(gbp("0.00"), MonetaryAmount::add);
    }
}
