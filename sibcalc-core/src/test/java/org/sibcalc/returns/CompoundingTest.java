package org.sibcalc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.dec;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** README, "Investors' returns": powers (1 + R)^x are worked out to at least 34 significant digits (here: 60, to be sure of 34). */
class CompoundingTest {

    /** Agreement to 50 significant digits. */
    private static void assertClose(BigDecimal actual, String expected) {
        BigDecimal exact = new BigDecimal(expected);
        assertThat(actual.subtract(exact).abs()).as("%s vs %s", actual, expected)
                .isLessThanOrEqualTo(exact.abs().movePointLeft(50));
    }

    /** The digits are those of Python's decimal module at 62 digits ({@code Decimal(10).ln()}). */
    @Test
    void lnAndExpAgreeWithAnIndependentCalculation() {
        assertClose(Compounding.ln(dec("2")), "0.693147180559945309417232121458176568075500134360255254120680");
        assertClose(Compounding.ln(dec("10")), "2.3025850929940456840179914546843642076011014886287729760333279");
        assertClose(Compounding.ln(dec("0.01")), "-4.6051701859880913680359829093687284152022029772575459520666558");
        assertClose(Compounding.exp(BigDecimal.ONE), "2.718281828459045235360287471352662497757247093699959574966968");
        assertClose(Compounding.exp(dec("-40")), "4.2483542552915889953292347828586580178795655541664462880508189E-18");
        assertThat(Compounding.ln(BigDecimal.ONE)).isEqualByComparingTo("0");
        assertThat(Compounding.exp(BigDecimal.ZERO)).isEqualByComparingTo("1");
    }

    @Test
    void aYearOfDailyDiscountsIsOneOverOnePlusTheRate() {
        // ((1 + r)^(−1/365))^365 = 1 / (1 + r), for r from −0.99 to 100.
        for (String rate : new String[] {"-0.99", "-0.5", "0", "0.0833", "0.1", "1", "100"}) {
            BigDecimal year = Compounding.dailyDiscount(dec(rate)).pow(365, Compounding.CONTEXT);
            BigDecimal expected = BigDecimal.ONE.divide(BigDecimal.ONE.add(dec(rate)), new MathContext(70));
            assertThat(year.subtract(expected).abs()).as(rate).isLessThanOrEqualTo(expected.movePointLeft(50));
        }
    }

    @Test
    void powersForRisingDaysAreThoseWorkedOutOneByOne() {
        BigDecimal factor = Compounding.dailyDiscount(dec("0.08"));
        Compounding.Powers powers = new Compounding.Powers(factor);
        for (int days : new int[] {0, 0, 91, 182, 273, 365, 3653, 36525, 365250}) {
            BigDecimal direct = factor.pow(days, new MathContext(80));
            assertThat(powers.at(days).subtract(direct).abs()).as("%d days", days)
                    .isLessThanOrEqualTo(direct.movePointLeft(48));
        }
    }
}
