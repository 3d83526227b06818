package org.sibcalc.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Theories;

/**
 * The investors' IRRs worked out together give what {@link Xirr#of} gives each investor's flows alone,
 * whether the flows are pro rata shares of one total (as the SPV's are), unrelated, tiny, one-signed or
 * spread over centuries.
 */
class IrrSearchTest {

    private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    /** Flows on shared dates: a total and parties, with the weights the residuals are taken against. */
    record Case(List<LocalDate> dates, long[] total, long[][] parties, long[] weights) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("dates " + dates + "\n  total " + java.util.Arrays.toString(total));
            for (int j = 0; j < parties.length; j++) {
                text.append("\n  party ").append(weights[j]).append(": ").append(java.util.Arrays.toString(parties[j]));
            }
            return text.toString();
        }
    }

    private static List<CashFlow> flows(List<LocalDate> dates, long[] amounts) {
        List<CashFlow> flows = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            flows.add(CashFlow.of(dates.get(i), Money.of(BigDecimal.valueOf(amounts[i], 2), GBP)));
        }
        return flows;
    }

    private static void assertSameAsAlone(Case c) {
        List<Optional<BigDecimal>> rates = IrrSearch.rates(c.dates(), c.total(), c.parties(), c.weights());
        assertThat(rates.get(0)).as("total").isEqualTo(Xirr.of(flows(c.dates(), c.total())));
        for (int j = 0; j < c.parties().length; j++) {
            assertThat(rates.get(j + 1)).as("party %d", j).isEqualTo(Xirr.of(flows(c.dates(), c.parties()[j])));
        }
    }

    /** Dates from 2020 on, each a few days to a few years after the one before. */
    private static List<LocalDate> dates(Draw draw, int n) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = LocalDate.of(2020, 1, 1);
        int spread = draw.oneOf(List.of(91, 30, 365, 3650));
        for (int i = 0; i < n; i++) {
            dates.add(date);
            date = date.plusDays(1 + draw.upTo(spread));
        }
        return dates;
    }

    private static Gen<Case> proRata() {
        return Draw.gen(draw -> {
            int n = 1 + draw.upTo(40);
            List<LocalDate> dates = dates(draw, n);
            long[] weights = new long[1 + draw.upTo(6)];
            for (int j = 0; j < weights.length; j++) {
                weights[j] = 1 + draw.upTo(draw.sometimes(20) ? 5 : 100_000_000);
            }
            ProRata proRata = ProRata.of(java.util.Arrays.stream(weights)
                    .mapToObj(w -> Money.of(BigDecimal.valueOf(w, 2), GBP)).map(m -> (javax.money.MonetaryAmount) m).toList());
            long[] total = new long[n];
            long[][] parties = new long[weights.length][n];
            for (int i = 0; i < n; i++) {
                // Money in early, money back later, and now and then the other way round.
                boolean in = i < 1 + n / 4 ? !draw.sometimes(10) : draw.sometimes(10);
                long amount = draw.upTo(draw.sometimes(10) ? 100 : 50_000_000);
                long[] shares = proRata.shareMinor(amount);
                total[i] = in ? -amount : amount;
                for (int j = 0; j < weights.length; j++) {
                    parties[j][i] = in ? -shares[j] : shares[j];
                }
            }
            return new Case(dates, total, parties, weights);
        });
    }

    private static Gen<Case> unrelated() {
        return Draw.gen(draw -> {
            int n = 1 + draw.upTo(12);
            List<LocalDate> dates = dates(draw, n);
            long[][] parties = new long[1 + draw.upTo(3)][n];
            long[] weights = new long[parties.length];
            long[] total = new long[n];
            for (int j = 0; j < parties.length; j++) {
                weights[j] = 1 + draw.upTo(1000);
                for (int i = 0; i < n; i++) {
                    parties[j][i] = draw.upTo(2_000_000) - 1_000_000;
                    total[i] += parties[j][i];
                }
            }
            return new Case(dates, total, parties, weights);
        });
    }

    @Test
    void proRataSharesGetTheRateEachWouldGetAlone() {
        Theories.qt(300).forAll(proRata()).checkAssert(IrrSearchTest::assertSameAsAlone);
    }

    @Test
    void unrelatedFlowsGetTheRateEachWouldGetAlone() {
        Theories.qt(200).forAll(unrelated()).checkAssert(IrrSearchTest::assertSameAsAlone);
    }

    @Test
    void quarterlyFlowsOverSixHundredYearsGetTheRateEachWouldGetAlone() {
        // 2,400 quarters: the span that makes the Taylor series start late and the powers range widely.
        int n = 2400;
        List<LocalDate> dates = new ArrayList<>();
        long[] total = new long[n];
        long[][] parties = new long[3][n];
        long[] weights = {300_000_00L, 200_000_00L, 1_000_00L};
        ProRata proRata = ProRata.of(List.of(Money.of(300_000, GBP), Money.of(200_000, GBP), Money.of(1_000, GBP)));
        for (int i = 0; i < n; i++) {
            dates.add(LocalDate.of(2013, 3, 31).plusMonths(3L * i));
            long amount = i < 20 ? 2_000_000_00L : 150_000_00L + 17 * (i % 13);
            long[] shares = proRata.shareMinor(amount);
            int sign = i < 20 ? -1 : 1;
            total[i] = sign * amount;
            for (int j = 0; j < 3; j++) {
                parties[j][i] = sign * shares[j];
            }
        }
        assertSameAsAlone(new Case(dates, total, parties, weights));
    }

    @Test
    void sum128AddsProductsExactly() {
        Gen<long[]> pairs = Draw.gen(draw -> {
            long[] values = new long[2 * (1 + draw.upTo(20))];
            for (int i = 0; i < values.length; i++) {
                long magnitude = draw.sometimes(30) ? Long.MAX_VALUE / 4 : draw.upTo(Integer.MAX_VALUE - 1);
                values[i] = (draw.sometimes(50) ? -1 : 1) * (magnitude - draw.upTo(1000));
            }
            return values;
        });
        Theories.qt(300).forAll(pairs).checkAssert(values -> {
            Sum128 sum = new Sum128();
            BigInteger exact = BigInteger.ZERO;
            for (int i = 0; i < values.length; i += 2) {
                sum.addProduct(values[i], values[i + 1]);
                exact = exact.add(BigInteger.valueOf(values[i]).multiply(BigInteger.valueOf(values[i + 1])));
            }
            assertThat(sum.value()).isEqualTo(exact);
        });
    }
}
