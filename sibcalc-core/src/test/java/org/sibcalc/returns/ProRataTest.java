package org.sibcalc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.gbp;

import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Theories;

/**
 * the README, "Investors' returns": shares pro rata to commitment, each rounded down to the minor unit, and the minor
 * units left over one each to the largest remainders, ties to the investor listed first.
 */
class ProRataTest {

    private static List<String> shares(String amount, String... commitments) {
        List<MonetaryAmount> weights = java.util.Arrays.stream(commitments).map(c -> gbp(c)).toList();
        return ProRata.of(weights).share(gbp(amount)).amounts().stream().map(Spvs::plain).toList();
    }

    @Test
    void oneHundredPoundsAmongThreeEqualInvestorsIs3334And3333And3333() {
        // 10000 pence / 3 = 3333 r 1 each; 10000 − 3 × 3333 = 1 penny left, to the first of the equal remainders.
        assertThat(shares("100.00", "1.00", "1.00", "1.00")).containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void tiesGoToTheInvestorListedFirst() {
        // 2 pence / 3 = 0 r 2 each: both pennies to the first two.
        assertThat(shares("0.02", "5.00", "5.00", "5.00")).containsExactly("0.01", "0.01", "0.00");
    }

    @Test
    void leftOverUnitsGoToTheLargestRemainders() {
        // 1000 pence among 1 : 2 : 4 (sum 7): 1000 × 1 = 142 r 6, 1000 × 2 = 2000 = 285 r 5, 1000 × 4 = 4000 = 571 r 3
        // (all over 7); 142 + 285 + 571 = 998: the 2 pence left go to the remainders 6 and 5.
        assertThat(shares("10.00", "100.00", "200.00", "400.00")).containsExactly("1.43", "2.86", "5.71");
    }

    @Test
    void nothingSharedIsNothingEach() {
        assertThat(shares("0.00", "1.00", "3.00")).containsExactly("0.00", "0.00");
    }

    @Test
    void aCurrencyWithoutMinorUnitsSharesWholeUnits() {
        // 100 yen among three: 33 r 1 each, 1 left over: 34, 33, 33.
        var jpy = Monetary.getCurrency("JPY");
        List<MonetaryAmount> shares = ProRata.of(List.of(Money.of(1, jpy), Money.of(1, jpy), Money.of(1, jpy)))
                .share(Money.of(100, jpy)).amounts();

        assertThat(shares).containsExactly(Money.of(34, jpy), Money.of(33, jpy), Money.of(33, jpy));
    }

    @Test
    void amountsWhoseProductsWithCommitmentsPassALongAreSharedExactly() {
        // 10^16 pence among 10^9 : 2 × 10^9 pence: 10^25 / (3 × 10^9) = 3333333333333333 r 10^9 and
        // 6666666666666666 r 2 × 10^9; 1 penny left over, to the larger remainder.
        assertThat(shares("100000000000000.00", "10000000.00", "20000000.00"))
                .containsExactly("33333333333333.33", "66666666666666.67");
    }

    /** The rule as the README says it, one unit at a time: each to the largest remainder left, the first on a tie. */
    private static long[] oneUnitAtATime(long amount, long[] weights) {
        long total = java.util.Arrays.stream(weights).sum();
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long left = amount;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = amount * weights[i] / total;
            remainders[i] = amount * weights[i] % total;
            left -= shares[i];
        }
        for (long k = 0; k < left; k++) {
            int largest = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = -1;
        }
        return shares;
    }

    @Test
    void theLeftOverUnitsGoAsOneAtATimeToTheLargestRemainderLeft() {
        // Few distinct commitments, so that remainders often tie, and up to 60 investors.
        Theories.qt(500).forAll(Draw.gen(draw -> {
            long[] weights = new long[1 + draw.upTo(59)];
            int kinds = 1 + draw.upTo(draw.sometimes(50) ? 3 : 1000);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 100 + 100L * draw.upTo(kinds);
            }
            long amount = draw.upTo(draw.sometimes(30) ? 200 : 1_000_000_000);
            return new long[][] {weights, {amount}};
        })).checkAssert(c -> {
            List<MonetaryAmount> weights = java.util.Arrays.stream(c[0])
                    .mapToObj(w -> (MonetaryAmount) Money.of(java.math.BigDecimal.valueOf(w, 2), "GBP")).toList();
            assertThat(ProRata.of(weights).shareMinor(c[1][0])).containsExactly(oneUnitAtATime(c[1][0], c[0]));
        });
    }
}
