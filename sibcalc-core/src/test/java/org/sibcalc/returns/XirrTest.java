package org.sibcalc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.dec;
import static org.sibcalc.Fixtures.gbp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * README, "Investors' returns", "Returns": the IRR is the rate r > −1 with Σ cfᵢ × (1 + r)^(−(tᵢ − t₀)/365) = 0, found by
 * bisection on [−0.99, 100] to 10⁻¹² and given to 6 places half-even; none when f(−0.99) and f(100) have
 * the same sign.
 */
class XirrTest {

    private static CashFlow flow(String date, String amount) {
        return CashFlow.of(date(date), gbp(amount));
    }

    @Test
    void minus100ThenPlus110After366DaysIs1Point1ToThePower365Over366LessOne() {
        // −100 + 110 × (1 + r)^(−366/365) = 0 → r = 1.1^(365/366) − 1 = 0.09971358593414... → 0.099714.
        List<CashFlow> flows = List.of(flow("2020-01-01", "-100.00"), flow("2021-01-01", "110.00"));

        assertThat(Xirr.of(flows)).contains(dec("0.099714"));
        assertThat(Xirr.xnpv(new BigDecimal("0.0997135859341412412872169203523870270705281842725"), flows).abs())
                .isLessThan(new BigDecimal("1E-40"));
    }

    @Test
    void aYearOf365DaysGivesTheSimpleRate() {
        // −100 + 110 × (1 + r)^(−365/365) = 0 → r = 0.1 exactly.
        assertThat(Xirr.of(List.of(flow("2021-01-01", "-100.00"), flow("2022-01-01", "110.00")))).contains(dec("0.100000"));
    }

    @Test
    void theFlowsMayComeInAnyOrderAndFlowsOfOneDateAreNetted() {
        List<CashFlow> flows = List.of(flow("2021-01-01", "60.00"), flow("2020-01-01", "-50.00"),
                flow("2021-01-01", "50.00"), flow("2020-01-01", "-50.00"));

        assertThat(Xirr.of(flows)).isEqualTo(Xirr.of(List.of(flow("2020-01-01", "-100.00"), flow("2021-01-01", "110.00"))));
    }

    @Test
    void theFirstDateIsThatOfTheFirstNonZeroFlow() {
        // A zero flow a year earlier changes nothing: t₀ is 2020-01-01 either way (and a rate does not depend on t₀).
        assertThat(Xirr.xnpv(dec("0.1"), List.of(flow("2019-01-01", "0.00"), flow("2020-01-01", "-100.00"),
                flow("2021-01-01", "110.00")))).isEqualByComparingTo(
                        Xirr.xnpv(dec("0.1"), List.of(flow("2020-01-01", "-100.00"), flow("2021-01-01", "110.00"))));
    }

    @Test
    void flowsOfOneSignOrNoFlowsHaveNoRate() {
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100.00"), flow("2021-01-01", "-10.00")))).isEmpty();
        assertThat(Xirr.of(List.of(flow("2020-01-01", "100.00")))).isEmpty();
        assertThat(Xirr.of(List.of(flow("2020-01-01", "0.00")))).isEmpty();
        assertThat(Xirr.of(List.of())).isEmpty();
    }

    @Test
    void aRateOutsideTheSearchIsNone() {
        // −100, then 0.50 a year later: r = −0.995, below −0.99: f(−0.99) = −100 + 0.50 / 0.01 = −50 < 0, and
        // f(100) = −100 + 0.50 / 101 < 0: the same sign.
        assertThat(Xirr.of(List.of(flow("2020-01-01", "-100.00"), flow("2021-01-01", "0.50")))).isEmpty();
        // −1.00, then 200.00 a year later: r = 199, above 100.
        assertThat(Xirr.of(List.of(flow("2021-01-01", "-1.00"), flow("2022-01-01", "200.00")))).isEmpty();
    }

    @Test
    void nothingBackIsALossOfNinetyNinePointNinePercentOrMore() {
        // −100, then 1.00 a year later: r = −0.99 exactly, the lowest rate searched: f(−0.99) = 0.
        assertThat(Xirr.of(List.of(flow("2021-01-01", "-100.00"), flow("2022-01-01", "1.00")))).contains(dec("-0.990000"));
    }

    @Test
    void theSearchTakesFortySevenStepsWhateverTheFlows() {
        // 100.99 / 2^46 = 1.4e−12 > 1e−12 ≥ 100.99 / 2^47 = 7.2e−13: two ends, then 47 midpoints.
        for (BigDecimal root : List.of(dec("-0.5"), dec("0.0833"), dec("99.9"))) {
            AtomicInteger signs = new AtomicInteger();
            Optional<BigDecimal> rate = Xirr.search(new Xirr.Signs() {
                @Override
                public boolean isEmpty() {
                    return false;
                }

                @Override
                public int sign(BigDecimal r, BigDecimal low, BigDecimal high) {
                    signs.incrementAndGet();
                    return root.compareTo(r);
                }
            });
            assertThat(rate).contains(root.setScale(6));
            assertThat(signs.get()).isEqualTo(2 + Xirr.STEPS);
        }
    }
}
