package org.sibcalc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.data;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.episode;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.Fixtures.participant;
import static org.sibcalc.Fixtures.paymentLines;
import static org.sibcalc.Fixtures.terms;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.sibcalc.Calculation;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.payment.Payment;

/**
 * docs/ledger.md, the payment ledger: a payment the ledger reaches is the ledger's amount, with the payment
 * recomputed on today's data beside it; paidBefore is what the ledger paid; so a restated quarter becomes a
 * true-up in the first unpaid payment.
 *
 * <p>The default terms: flat baseline 0.5, £1.00 a care day avoided, quarterly from 2019-03-31. Young
 * person A starts 2019-01-01:
 * <pre>
 *   never in care:                      2019-03-31:  90 child →  45.00;  2019-06-30: 181 → 90.50;  2019-09-30: 273 → 136.50
 *   in care 2019-02-01..2019-02-11:     10 care days: 35.00;  80.50;  126.50
 *   in care 2019-02-01..2019-05-01:     59 care days by 2019-03-31 (28 + 31), 89 by 2019-06-30 (+ 30):
 *                                       45 − 59 < 0 → 0.00;  90.5 − 89 = 1.50;  136.5 − 89 = 47.50
 * </pre>
 */
class PaymentLedgerTest {

    private static final CareData NEVER_IN_CARE = data(List.of(participant("A", "2019-01-01")), List.of());
    private static final CareData TEN_DAYS_IN_FEBRUARY = data(List.of(participant("A", "2019-01-01")),
            List.of(episode("A", "2019-02-01", "2019-02-11")));
    private static final CareData FEBRUARY_TO_APRIL = data(List.of(participant("A", "2019-01-01")),
            List.of(episode("A", "2019-02-01", "2019-05-01")));

    private static PaymentLedger ledger(ContractTerms terms, String... datesAndAmounts) {
        List<LedgerEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < datesAndAmounts.length; i += 2) {
            entries.add(LedgerEntry.of(date(datesAndAmounts[i]), gbp(datesAndAmounts[i + 1])));
        }
        return PaymentLedger.of(terms, entries);
    }

    private static List<Payment> payments(ContractTerms terms, CareData data, PaymentLedger ledger, String asOf) {
        return Calculation.of(terms, data, ledger).statement(date(asOf)).payments();
    }

    private static List<String> ledgerLines(List<Payment> payments) {
        return payments.stream().map(p -> p.date() + ": " + (p.paid() ? "paid, recomputed " + plain(p.recomputedPayment().orElseThrow())
                : "computed") + (p.trueUp().isEmpty() ? "" : ", true-up " + plain(p.trueUp().get()))
).toList();
    }

    private static String plain(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString();
    }

    @Test
    void aRestatementThatRaisesAnEarlierQuarterIsAPositiveTrueUpInTheNextPayment() {
        ContractTerms terms = terms().build();
        // Last quarter's extract had A in care for 10 days in February: 35.00 was paid for 2019-03-31. Today's
        // data correct that: A was never in care, so 2019-03-31 is due 45.00 and 2019-06-30 90.50.
        // 2019-06-30: 90.50 − 35.00 paid before = 55.50. Without the ledger: 45.00, then 90.50 − 45.00 = 45.50.
        // True-up: 45.00 (what §5 alone pays before 2019-06-30) − 35.00 (what the ledger paid) = 10.00;
        // 55.50 = 45.50 + 10.00.
        List<Payment> payments = payments(terms, NEVER_IN_CARE, ledger(terms, "2019-03-31", "35.00"), "2019-06-30");

        assertThat(paymentLines(payments)).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 35.00",
                "2019-06-30: due 90.50, paid before 35.00, payment 55.50");
        assertThat(ledgerLines(payments)).containsExactly(
                "2019-03-31: paid, recomputed 45.00",
                "2019-06-30: computed, true-up 10.00");
    }

    @Test
    void aRestatementThatLowersAnEarlierQuarterIsPaidBackUnderClawback() {
        ContractTerms terms = terms().clawback(true).build();
        // 45.00 was paid for 2019-03-31; today's data have 10 days of care recorded late: 35.00 was due.
        // 2019-06-30: 80.50 − 45.00 = 35.50; without the ledger 80.50 − 35.00 = 45.50; true-up 35.00 − 45.00 = −10.00.
        List<Payment> payments = payments(terms, TEN_DAYS_IN_FEBRUARY, ledger(terms, "2019-03-31", "45.00"), "2019-06-30");

        assertThat(paymentLines(payments)).containsExactly(
                "2019-03-31: due 35.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 80.50, paid before 45.00, payment 35.50");
        assertThat(ledgerLines(payments)).containsExactly(
                "2019-03-31: paid, recomputed 35.00",
                "2019-06-30: computed, true-up -10.00");
    }

    @Test
    void anOverpaymentLargerThanThePaymentIsANegativePaymentUnderClawback() {
        ContractTerms terms = terms().clawback(true).build();
        // 45.00 was paid for 2019-03-31; today's data have A in care from February to April: 0.00 was due.
        // 2019-06-30: 1.50 − 45.00 = −43.50, paid back; true-up 0.00 − 45.00 = −45.00.
        // 2019-09-30: 47.50 − (45.00 − 43.50) = 46.00, as without the ledger (47.50 − 1.50): the true-up is settled.
        List<Payment> payments = payments(terms, FEBRUARY_TO_APRIL, ledger(terms, "2019-03-31", "45.00"), "2019-09-30");

        assertThat(paymentLines(payments)).containsExactly(
                "2019-03-31: due 0.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 1.50, paid before 45.00, payment -43.50",
                "2019-09-30: due 47.50, paid before 1.50, payment 46.00");
        assertThat(ledgerLines(payments)).containsExactly(
                "2019-03-31: paid, recomputed 0.00",
                "2019-06-30: computed, true-up -45.00",
                "2019-09-30: computed");
    }

    @Test
    void withoutClawbackAnOverpaymentIsCarriedForwardAgainstLaterPayments() {
        ContractTerms terms = terms().build();
        // As above without clawback: 2019-06-30: 1.50 − 45.00 < 0 → 0.00 (not 1.50 as without the ledger);
        // 2019-09-30: 47.50 − 45.00 = 2.50 (not 46.00): the 45.00 overpaid is carried until the due passes it.
        List<Payment> payments = payments(terms, FEBRUARY_TO_APRIL, ledger(terms, "2019-03-31", "45.00"), "2019-09-30");

        assertThat(paymentLines(payments)).containsExactly(
                "2019-03-31: due 0.00, paid before 0.00, payment 45.00",
                "2019-06-30: due 1.50, paid before 45.00, payment 0.00",
                "2019-09-30: due 47.50, paid before 45.00, payment 2.50");
        assertThat(ledgerLines(payments)).containsExactly(
                "2019-03-31: paid, recomputed 0.00",
                "2019-06-30: computed, true-up -45.00",
                "2019-09-30: computed");
    }

    @Test
    void ledgerAmountsAreUsedVerbatimWithThePaymentRecomputedAtEveryLedgerDate() {
        ContractTerms terms = terms().build();
        // Paid 35.00 and 45.50 (last quarter's figures, with 10 days of care); today A was never in care.
        // 2019-03-31: recomputed 45.00 − 0.00 = 45.00. 2019-06-30: recomputed 90.50 − 35.00 = 55.50, paid 45.50.
        // 2019-09-30: 136.50 − 80.50 = 56.00; true-up (45.00 + 45.50) − 80.50 = 10.00; without the ledger 46.00.
        List<Payment> payments = payments(terms, NEVER_IN_CARE,
                ledger(terms, "2019-03-31", "35.00", "2019-06-30", "45.50"), "2019-09-30");

        assertThat(paymentLines(payments)).containsExactly(
                "2019-03-31: due 45.00, paid before 0.00, payment 35.00",
                "2019-06-30: due 90.50, paid before 35.00, payment 45.50",
                "2019-09-30: due 136.50, paid before 80.50, payment 56.00");
        assertThat(ledgerLines(payments)).containsExactly(
                "2019-03-31: paid, recomputed 45.00",
                "2019-06-30: paid, recomputed 55.50",
                "2019-09-30: computed, true-up 10.00");
    }

    @Test
    void aLedgerThatMatchesTheDataChangesOnlyPaidAndRecomputedPayment() {
        ContractTerms terms = terms().build();
        List<Payment> without = payments(terms, NEVER_IN_CARE, PaymentLedger.NONE, "2019-09-30");
        List<Payment> with = payments(terms, NEVER_IN_CARE, ledger(terms, "2019-03-31", "45.00", "2019-06-30", "45.50"),
                "2019-09-30");

        assertThat(paymentLines(with)).isEqualTo(paymentLines(without));
        assertThat(ledgerLines(with)).containsExactly(
                "2019-03-31: paid, recomputed 45.00",
                "2019-06-30: paid, recomputed 45.50",
                "2019-09-30: computed, true-up 0.00");
    }

    @Test
    void aLedgerBeyondTheReportingDatePaysEveryPaymentShownAndHasNoTrueUp() {
        ContractTerms terms = terms().build();
        List<Payment> payments = payments(terms, NEVER_IN_CARE,
                ledger(terms, "2019-03-31", "45.00", "2019-06-30", "45.50"), "2019-06-30");

        assertThat(ledgerLines(payments)).containsExactly(
                "2019-03-31: paid, recomputed 45.00",
                "2019-06-30: paid, recomputed 45.50");
    }

    @Test
    void anEmptyLedgerIsNoLedger() {
        ContractTerms terms = terms().build();
        assertThat(payments(terms, NEVER_IN_CARE, ledger(terms), "2019-09-30"))
                .isEqualTo(payments(terms, NEVER_IN_CARE, PaymentLedger.NONE, "2019-09-30"));
    }

    @Test
    void eachRuleOfTheLedgerIsAProblemOfItsEntry() {
        ContractTerms terms = terms().build();
        List<LedgerEntry> entries = List.of(
                LedgerEntry.of(date("2019-03-31"), gbp("45.00")),
                LedgerEntry.of(date("2019-02-28"), gbp("1.00")),          // not a measurement date
                LedgerEntry.of(date("2019-09-30"), gbp("-1.00")),         // after a gap; negative without clawback
                LedgerEntry.of(date("2019-03-31"), gbp("0.001")),         // twice; too many decimals
                LedgerEntry.of(date("2019-12-31"), Money.of(1, "EUR")));  // another currency

        assertThat(PaymentLedger.problems(terms, entries, i -> "entry " + i)).extracting(LedgerProblem::toString)
                .containsExactly(
                        "date: 2019-02-28 is not a measurement date of the contract (the first is 2019-03-31)",
                        "date: the ledger has no line for 2019-06-30, before 2019-09-30: it lists every measurement date "
                                + "from the contract's first, 2019-03-31, to its own last (0.00 for a date with nothing paid)",
                        "amount: -1.00 is negative, but the contract has no clawback: nothing is paid back",
                        "date: 2019-03-31 is in the ledger twice: it is also on entry 0",
                        "amount: 0.001 has more than 2 decimal places, the minor unit of GBP",
                        "amount: EUR 1.00 is not in the contract's currency GBP");
        assertThat(PaymentLedger.problems(terms.toBuilder().clawback(true).build(),
                List.of(LedgerEntry.of(date("2019-03-31"), gbp("-1.00"))), i -> "entry " + i)).isEmpty();
    }

    @Test
    void aLedgerWithABrokenRuleIsNotMade() {
        ContractTerms terms = terms().build();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ledger(terms, "2019-06-30", "1.00"))
                .withMessage("date: the ledger has no line for 2019-03-31, before 2019-06-30: it lists every measurement "
                        + "date from the contract's first, 2019-03-31, to its own last (0.00 for a date with nothing paid) "
                        + "(entry 0)");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PaymentLedger(List.of(LedgerEntry.of(date("2019-03-31"), gbp("1.00")),
                        LedgerEntry.of(date("2019-03-31"), gbp("2.00")))))
                .withMessage("date: 2019-03-31 is in the ledger twice");
    }
}
