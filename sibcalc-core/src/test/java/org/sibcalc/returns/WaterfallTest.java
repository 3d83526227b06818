package org.sibcalc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.returns.Spvs.cashLines;
import static org.sibcalc.returns.Spvs.cost;
import static org.sibcalc.returns.Spvs.drawdown;
import static org.sibcalc.returns.Spvs.paid;
import static org.sibcalc.returns.Spvs.returnLines;
import static org.sibcalc.returns.Spvs.returns;
import static org.sibcalc.returns.Spvs.tierLines;

import org.junit.jupiter.api.Test;

/**
 * README, "Investors' returns", "Distribution": each distribution goes (1) to capital until the investors' distributions to
 * date equal the capital drawn to date, (2) to return within the cap, (3) to the surplus, of which
 * {@code surplusToInvestors} goes to the investors and the rest is retained for the commissioner.
 *
 * <p>The SPV of these tests: A commits 600.00 and B 400.00; 1000.00 is drawn on 2020-01-01 and spent the
 * same day, so the SPV holds nothing but what the commissioner pays, and there is nothing to reserve.
 * Payments, without receipt lag: 800.00 on 2021-01-01, 1500.00 on 2022-01-01, 1000.00 on 2023-01-01.
 */
class WaterfallTest {

    private static InvestmentTerms.Builder spv() {
        return Spvs.terms("A=600.00", "B=400.00")
                .drawdown(drawdown("2020-01-01", "1000.00"))
                .cost(cost("2020-01-01", "1000.00"));
    }

    private static Returns returnsOf(Waterfall waterfall) {
        return returns(spv().waterfall(waterfall), "2023-12-31", paid("2021-01-01", "800.00"),
                paid("2022-01-01", "1500.00"), paid("2023-01-01", "1000.00"));
    }

    @Test
    void capitalThenATwoTimesMultipleCapThenHalfTheSurplusToInvestors() {
        Returns returns = returnsOf(Waterfall.capped(ReturnCap.multiple(dec("2.0")), dec("0.50")));

        // 2021-01-01: 800.00 of the 1000.00 drawn is still capital: all capital. A 60% = 480.00, B 40% = 320.00.
        // 2022-01-01: capital 1000.00 − 800.00 = 200.00; the cap allows 2.0 × 1000.00 = 2000.00 in all, so
        //   return 2000.00 − 800.00 − 200.00 = 1000.00; surplus 1500.00 − 200.00 − 1000.00 = 300.00, half of it
        //   150.00 to investors, 150.00 retained. Investors 200.00 + 1000.00 + 150.00 = 1350.00: A 810.00, B 540.00.
        // 2023-01-01: capital back and the cap reached (2350.00 ≥ 2000.00): all 1000.00 is surplus, 500.00 each.
        assertThat(tierLines(returns)).containsExactly(
                "2021-01-01: 800.00 - reserve 0.00 = capital 800.00 + return 0.00 + surplus 0.00 + retained 0.00; A 480.00, B 320.00",
                "2022-01-01: 1500.00 - reserve 0.00 = capital 200.00 + return 1000.00 + surplus 150.00 + retained 150.00; A 810.00, B 540.00",
                "2023-01-01: 1000.00 - reserve 0.00 = capital 0.00 + return 0.00 + surplus 500.00 + retained 500.00; A 300.00, B 200.00");
        assertThat(cashLines(returns)).containsExactly(
                "2020-01-01 DRAWDOWN 1000.00 -> 1000.00",
                "2020-01-01 COST -1000.00 -> 0.00",
                "2021-01-01 RECEIPT 800.00 -> 800.00",
                "2021-01-01 DISTRIBUTION -800.00 -> 0.00",
                "2022-01-01 RECEIPT 1500.00 -> 1500.00",
                "2022-01-01 DISTRIBUTION -1350.00 -> 150.00",
                "2022-01-01 RETAINED -150.00 -> 0.00",
                "2023-01-01 RECEIPT 1000.00 -> 1000.00",
                "2023-01-01 DISTRIBUTION -500.00 -> 500.00",
                "2023-01-01 RETAINED -500.00 -> 0.00");
        // 800.00 + 1350.00 + 500.00 = 2650.00 of 1000.00: 2.65, above the cap by the surplus share. A: 480.00
        // + 810.00 + 300.00 = 1590.00 of 600.00; B: 320.00 + 540.00 + 200.00 = 1060.00 of 400.00.
        assertThat(returnLines(returns)).extracting(line -> line.substring(0, line.indexOf(", irr"))).containsExactly(
                "All investors: drawn 1000.00, distributed 2650.00, multiple 2.650000",
                "A: drawn 600.00, distributed 1590.00, multiple 2.650000",
                "B: drawn 400.00, distributed 1060.00, multiple 2.650000");
        assertThat(returns.closingBalance().isZero()).isTrue();
        assertThat(Spvs.plain(returns.retained())).isEqualTo("650.00");
    }

    @Test
    void withoutASurplusShareTheMultipleCapIsTheMostInvestorsGet() {
        Returns returns = returnsOf(Waterfall.capped(ReturnCap.multiple(dec("2.0"))));

        // As above, but the surplus, 300.00 on 2022-01-01 and 1000.00 on 2023-01-01, is all retained:
        // investors get 800.00 + 1200.00 = 2000.00 = 2.0 × 1000.00.
        assertThat(tierLines(returns)).containsExactly(
                "2021-01-01: 800.00 - reserve 0.00 = capital 800.00 + return 0.00 + surplus 0.00 + retained 0.00; A 480.00, B 320.00",
                "2022-01-01: 1500.00 - reserve 0.00 = capital 200.00 + return 1000.00 + surplus 0.00 + retained 300.00; A 720.00, B 480.00",
                "2023-01-01: 1000.00 - reserve 0.00 = capital 0.00 + return 0.00 + surplus 0.00 + retained 1000.00; A 0.00, B 0.00");
        assertThat(returns.allInvestors().moneyMultiple()).contains(dec("2.000000"));
    }

    @Test
    void withoutACapEverythingAfterTheCapitalIsTheInvestorsReturn() {
        Returns returns = returnsOf(Waterfall.UNCAPPED);

        // 2022-01-01: capital 200.00, return 1500.00 − 200.00 = 1300.00; 2023-01-01: return 1000.00.
        assertThat(tierLines(returns)).containsExactly(
                "2021-01-01: 800.00 - reserve 0.00 = capital 800.00 + return 0.00 + surplus 0.00 + retained 0.00; A 480.00, B 320.00",
                "2022-01-01: 1500.00 - reserve 0.00 = capital 200.00 + return 1300.00 + surplus 0.00 + retained 0.00; A 900.00, B 600.00",
                "2023-01-01: 1000.00 - reserve 0.00 = capital 0.00 + return 1000.00 + surplus 0.00 + retained 0.00; A 600.00, B 400.00");
        assertThat(returns.allInvestors().moneyMultiple()).contains(dec("3.300000"));
    }

    @Test
    void theMultipleCapCountsTheCapitalDrawnToDateRoundedDown() {
        // 333.33 drawn × 1.5 = 499.995, rounded down: distributions to date may reach 499.99, not 500.00.
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "333.33"))
                        .cost(cost("2020-01-01", "333.33")).waterfall(Waterfall.capped(ReturnCap.multiple(dec("1.5")))),
                "2021-12-31", paid("2021-01-01", "600.00"));

        // capital 333.33, return 499.99 − 333.33 = 166.66, retained 600.00 − 499.99 = 100.01.
        assertThat(tierLines(returns)).containsExactly(
                "2021-01-01: 600.00 - reserve 0.00 = capital 333.33 + return 166.66 + surplus 0.00 + retained 100.01; A 499.99");
    }

    /**
     * The IRR cap: A is the amount at the date that brings the investors' IRR to exactly R, XNPV_R(drawdowns
     * to date, earlier distributions, A) = 0, rounded down; the return is at most A − the capital of the date.
     * One investor draws 1000.00 on 2020-01-01 and spends it; the commissioner pays 2000.00 on 2021-01-01
     * (366 days later: 2020 is a leap year) and 500.00 on 2022-01-01 (365 days after that). Cap: 10% a year.
     */
    @Test
    void anIrrCapAllowsWhatBringsTheInvestorsIrrToTheCap() {
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "1000.00"))
                        .cost(cost("2020-01-01", "1000.00")).waterfall(Waterfall.capped(ReturnCap.irr(dec("0.10")))),
                "2022-12-31", paid("2021-01-01", "2000.00"), paid("2022-01-01", "500.00"));

        // 2021-01-01: −1000.00 + A × 1.1^(−366/365) = 0, so A = 1000.00 × 1.1^(366/365) = 1100.2872736... → 1100.28:
        //   capital 1000.00, return 100.28, retained 2000.00 − 1100.28 = 899.72.
        // 2022-01-01: A = 1000.00 × 1.1^(731/365) − 1100.28 × 1.1^(365/365) = 1210.3160010... − 1210.3080
        //   = 0.0080010... → 0.00: no return; all 500.00 retained.
        assertThat(tierLines(returns)).containsExactly(
                "2021-01-01: 2000.00 - reserve 0.00 = capital 1000.00 + return 100.28 + surplus 0.00 + retained 899.72; A 1100.28",
                "2022-01-01: 500.00 - reserve 0.00 = capital 0.00 + return 0.00 + surplus 0.00 + retained 500.00; A 0.00");
        // −1000.00, +1100.28 after 366 days: 1.10028^(365/366) − 1 = 0.0999927..., just under the cap, as
        // A was rounded down.
        assertThat(returns.allInvestors().irr()).contains(dec("0.099993"));
    }

    @Test
    void theIrrCapCountsEveryTierPaidToInvestorsAsAnEarlierDistribution() {
        Returns returns = returns(Spvs.terms("A=1000.00").drawdown(drawdown("2020-01-01", "1000.00"))
                        .cost(cost("2020-01-01", "1000.00"))
                        .waterfall(Waterfall.capped(ReturnCap.irr(dec("0.10")), dec("0.50"))),
                "2022-12-31", paid("2021-01-01", "2000.00"), paid("2022-01-01", "500.00"));

        // 2021-01-01: as before A = 1100.28; surplus 899.72, half 449.86 to the investor: 1550.14 in all.
        // 2022-01-01: A = 1210.3160010... − 1550.14 × 1.1 < 0: no return; surplus 500.00, 250.00 each way.
        assertThat(tierLines(returns)).containsExactly(
                "2021-01-01: 2000.00 - reserve 0.00 = capital 1000.00 + return 100.28 + surplus 449.86 + retained 449.86; A 1550.14",
                "2022-01-01: 500.00 - reserve 0.00 = capital 0.00 + return 0.00 + surplus 250.00 + retained 250.00; A 250.00");
    }
}
