package org.sibcalc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.gbp;
import static org.sibcalc.returns.Spvs.cashLines;
import static org.sibcalc.returns.Spvs.cost;
import static org.sibcalc.returns.Spvs.drawdown;
import static org.sibcalc.returns.Spvs.paid;
import static org.sibcalc.returns.Spvs.returnLines;
import static org.sibcalc.returns.Spvs.returns;
import static org.sibcalc.returns.Spvs.tierLines;

import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * README, "Investors' returns", "Receipts" and "The SPV's cash": on each date drawdowns come in, receipts come in, costs go
 * out, then, on a date with a receipt, a distribution of what is not reserved for later costs. A balance
 * below zero after costs is an error naming the date and the shortfall.
 */
class SpvCashTest {

    /**
     * A reserve for costs holds back what later costs need beyond later drawdowns. A draws 1000.00 on
     * 2020-01-01 and pays 500.00 of costs that day and 500.00 on 2020-12-31; the commissioner pays 300.00
     * on 2020-06-30.
     */
    @Test
    void aReserveHoldsBackCashForLaterCosts() {
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "1000.00"))
                        .cost(cost("2020-01-01", "500.00")).cost(cost("2020-12-31", "500.00")),
                "2020-12-31", paid("2020-06-30", "300.00"));

        // 2020-06-30: balance 1000.00 − 500.00 + 300.00 = 800.00; reserve: costs after 500.00 − drawdowns after
        // 0.00 = 500.00; so 300.00 is distributed (capital), and 500.00 stays for the cost of 2020-12-31.
        assertThat(tierLines(returns)).containsExactly(
                "2020-06-30: 800.00 - reserve 500.00 = capital 300.00 + return 0.00 + surplus 0.00 + retained 0.00; A 300.00");
        assertThat(cashLines(returns)).containsExactly(
                "2020-01-01 DRAWDOWN 1000.00 -> 1000.00",
                "2020-01-01 COST -500.00 -> 500.00",
                "2020-06-30 RECEIPT 300.00 -> 800.00",
                "2020-06-30 DISTRIBUTION -300.00 -> 500.00",
                "2020-12-31 COST -500.00 -> 0.00");
    }

    @Test
    void laterDrawdownsReduceTheReserve() {
        Returns returns = returns(Spvs.terms("A=1200.00").drawdown(drawdown("2020-01-01", "1000.00"))
                        .drawdown(drawdown("2020-09-30", "200.00"))
                        .cost(cost("2020-01-01", "500.00")).cost(cost("2020-12-31", "500.00")),
                "2020-12-31", paid("2020-06-30", "300.00"));

        // 2020-06-30: reserve 500.00 − 200.00 (drawn on 2020-09-30) = 300.00; 800.00 − 300.00 = 500.00 out.
        assertThat(tierLines(returns)).containsExactly(
                "2020-06-30: 800.00 - reserve 300.00 = capital 500.00 + return 0.00 + surplus 0.00 + retained 0.00; A 500.00");
    }

    @Test
    void theReserveCountsCostsAndDrawdownsAfterTheReportingDate() {
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "1000.00"))
                        .cost(cost("2020-01-01", "500.00")).cost(cost("2021-12-31", "500.00")),
                "2020-12-31", paid("2020-06-30", "300.00"));

        // The cost of 2021-12-31 is after the reporting date: not in the cash, but still reserved for.
        assertThat(tierLines(returns)).containsExactly(
                "2020-06-30: 800.00 - reserve 500.00 = capital 300.00 + return 0.00 + surplus 0.00 + retained 0.00; A 300.00");
        assertThat(Spvs.plain(returns.closingBalance())).isEqualTo("500.00");
    }

    @Test
    void withoutAReserveEverythingIsDistributedAndALaterCostMayFindTooLittle() {
        InvestmentTerms.Builder terms = Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "1000.00"))
                .cost(cost("2020-01-01", "500.00")).cost(cost("2020-12-31", "500.00")).reserveForCosts(false);

        // 2020-06-30: all 800.00 distributed; 2020-12-31: 0.00 − 500.00 = −500.00.
        assertThatExceptionOfType(SpvShortfallException.class)
                .isThrownBy(() -> returns(terms, "2020-12-31", paid("2020-06-30", "300.00")))
                .withMessage("on 2020-12-31 the SPV's cash after costs would be GBP -500.00: a shortfall of "
                        + "GBP 500.00 (draw down capital by then, or move the costs later)")
                .satisfies(e -> {
                    assertThat(e.date()).isEqualTo(date("2020-12-31"));
                    assertThat(e.shortfall()).isEqualTo(gbp("500.00"));
                });
    }

    @Test
    void aBalanceBelowZeroAfterCostsIsAnErrorNamingTheDateAndTheShortfall() {
        // 100.00 drawn on 2020-01-01; 150.00 of costs on 2020-02-01: 100.00 − 150.00 = −50.00.
        InvestmentTerms.Builder terms = Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "100.00"))
                .cost(cost("2020-02-01", "150.00"));

        assertThatExceptionOfType(SpvShortfallException.class).isThrownBy(() -> returns(terms, "2020-12-31"))
                .withMessageContaining("on 2020-02-01").withMessageContaining("a shortfall of GBP 50.00");
    }

    @Test
    void theBalanceIsCheckedAfterAllTheDaysCostsAndDrawdownsOfTheSameDayPayThem() {
        // A drawdown and a cost on one day: the drawdown comes in first, whatever the order of the lists.
        Returns returns = returns(Spvs.terms("A=1000.00").cost(cost("2020-01-01", "150.00"))
                .drawdown(drawdown("2020-01-01", "150.00")), "2020-12-31");

        assertThat(cashLines(returns)).containsExactly(
                "2020-01-01 DRAWDOWN 150.00 -> 150.00",
                "2020-01-01 COST -150.00 -> 0.00");
    }

    /**
     * A negative payment (clawback) is paid out of the SPV after the receipt lag, and is no receipt. The
     * payments of ClawbackTest: 45.00 (2019-03-31), −24.50 (2019-06-30), 46.00 (2019-09-30). A draws
     * 100.00 on 2019-01-01 for a cost of 100.00 on 2019-12-31, which the reserve keeps.
     */
    @Test
    void aClawbackIsPaidOutOfTheSpv() {
        Returns returns = returns(Spvs.terms("A=100.00").drawdown(drawdown("2019-01-01", "100.00"))
                        .cost(cost("2019-12-31", "100.00")),
                "2019-12-31", paid("2019-03-31", "45.00"), paid("2019-06-30", "-24.50"), paid("2019-09-30", "46.00"));

        // 2019-03-31: 100.00 + 45.00 = 145.00, reserve 100.00: 45.00 out. 2019-06-30: 100.00 − 24.50 = 75.50, no
        // distribution (no receipt). 2019-09-30: 75.50 + 46.00 = 121.50, reserve 100.00: 21.50 out.
        // The investor gets 45.00 + 21.50 = 66.50 = 45.00 − 24.50 + 46.00, the payments net of the clawback.
        assertThat(cashLines(returns)).containsExactly(
                "2019-01-01 DRAWDOWN 100.00 -> 100.00",
                "2019-03-31 RECEIPT 45.00 -> 145.00",
                "2019-03-31 DISTRIBUTION -45.00 -> 100.00",
                "2019-06-30 CLAWBACK -24.50 -> 75.50",
                "2019-09-30 RECEIPT 46.00 -> 121.50",
                "2019-09-30 DISTRIBUTION -21.50 -> 100.00",
                "2019-12-31 COST -100.00 -> 0.00");
        assertThat(returns.allInvestors().distributed()).isEqualTo(gbp("66.50"));
        assertThat(returns.cash().get(3).measurementDate()).contains(date("2019-06-30"));
    }

    @Test
    void aClawbackTheSpvCannotPayIsAShortfall() {
        // Everything was distributed on 2019-03-31, so the clawback of 24.50 finds 0.00.
        InvestmentTerms.Builder terms = Spvs.terms("A=100.00").drawdown(drawdown("2019-01-01", "100.00"))
                .cost(cost("2019-01-01", "100.00"));

        assertThatExceptionOfType(SpvShortfallException.class)
                .isThrownBy(() -> returns(terms, "2019-12-31", paid("2019-03-31", "45.00"), paid("2019-06-30", "-24.50")))
                .withMessageContaining("on 2019-06-30").withMessageContaining("a shortfall of GBP 24.50");
    }

    @Test
    void aPaymentArrivesAfterTheReceiptLagAndIsNotCountedAfterTheReportingDate() {
        InvestmentTerms.Builder terms = Spvs.terms("A=100.00").drawdown(drawdown("2019-01-01", "100.00"))
                .cost(cost("2019-01-01", "100.00")).receiptLag(Period.ofDays(30));

        // 2019-03-31 + 30 days = 2019-04-30; 2019-06-30 + 30 days = 2019-07-30, after the reporting date.
        Returns returns = returns(terms, "2019-07-29", paid("2019-03-31", "45.00"), paid("2019-06-30", "20.00"));

        assertThat(cashLines(returns)).containsExactly(
                "2019-01-01 DRAWDOWN 100.00 -> 100.00",
                "2019-01-01 COST -100.00 -> 0.00",
                "2019-04-30 RECEIPT 45.00 -> 45.00",
                "2019-04-30 DISTRIBUTION -45.00 -> 0.00");
        assertThat(returns(terms, "2019-07-30", paid("2019-03-31", "45.00"), paid("2019-06-30", "20.00")).cash())
                .hasSize(6);
    }

    @Test
    void aZeroPaymentIsNoReceiptAndMakesNoDistribution() {
        Returns returns = returns(Spvs.terms("A=100.00").drawdown(drawdown("2019-01-01", "100.00")), "2019-12-31",
                paid("2019-03-31", "0.00"));

        assertThat(returns.distributions()).isEmpty();
        assertThat(Spvs.plain(returns.closingBalance())).isEqualTo("100.00");
    }

    @Test
    void nothingAfterTheReportingDateIsInTheCash() {
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "100.00"))
                .drawdown(drawdown("2021-01-01", "100.00")).cost(cost("2021-01-01", "50.00")), "2020-12-31",
                paid("2021-01-01", "10.00"));

        assertThat(cashLines(returns)).containsExactly("2020-01-01 DRAWDOWN 100.00 -> 100.00");
        assertThat(returnLines(returns).get(0)).isEqualTo("All investors: drawn 100.00, distributed 0.00, multiple 0.000000, irr -");
    }

    @Test
    void drawdownsAreSharedAmongInvestorsProRataToCommitment() {
        // 100.00 drawn from three equal commitments: 33.34, 33.33, 33.33.
        Returns returns = returns(Spvs.terms("A=100.00", "B=100.00", "C=100.00").drawdown(drawdown("2020-01-01", "100.00")),
                "2020-12-31");

        assertThat(returns.investors()).extracting(r -> Spvs.plain(r.drawn())).containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void beforeAnyDrawdownThereIsNoMultipleAndNoIrr() {
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2021-01-01", "100.00")), "2020-12-31");

        assertThat(returnLines(returns)).containsExactly(
                "All investors: drawn 0.00, distributed 0.00, multiple -, irr -",
                "A: drawn 0.00, distributed 0.00, multiple -, irr -");
        assertThat(returns.cash()).isEmpty();
    }
}
