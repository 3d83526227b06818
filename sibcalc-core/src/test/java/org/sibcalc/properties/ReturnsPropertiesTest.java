package org.sibcalc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sibcalc.returns.Allocation;
import org.sibcalc.returns.CashEvent;
import org.sibcalc.returns.CashFlow;
import org.sibcalc.returns.InvestorReturn;
import org.sibcalc.returns.ProRata;
import org.sibcalc.returns.ReturnCap;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;
import org.sibcalc.returns.SpvShortfallException;
import org.sibcalc.returns.Xirr;
import org.sibcalc.testing.Draw;
import org.sibcalc.testing.Theories;

/** Invariants of the SPV's cash and the investors' returns (README, "Investors' returns"). */
class ReturnsPropertiesTest {

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** The returns of the scenario, or empty when its cash would go below zero (counted). */
    private static Optional<Returns> returnsOf(SpvScenarios.SpvScenario s, AtomicInteger shortfalls) {
        try {
            return Optional.of(Spv.returns(s.terms(), s.payments(), s.asOf()));
        } catch (SpvShortfallException e) {
            shortfalls.incrementAndGet();
            return Optional.empty();
        }
    }

    private static BigDecimal sum(Returns returns, CashEvent.Kind kind) {
        return returns.cash().stream().filter(e -> e.kind() == kind).map(e -> decimal(e.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void allocationsAlwaysAddUpToTheAmountAndEachShareIsWithinAMinorUnitOfItsExactPart() {
        Gen<long[]> cases = Draw.gen(draw -> {
            long[] c = new long[2 + draw.upTo(12)];
            c[0] = draw.sometimes(20) ? draw.upTo(10) : (long) draw.upTo(Integer.MAX_VALUE - 1) * (1 + draw.upTo(1000));
            for (int i = 1; i < c.length; i++) {
                c[i] = 1 + draw.upTo(draw.sometimes(30) ? 3 : 1_000_000_000);
            }
            return c;
        });
        Theories.qt(500).forAll(cases).checkAssert(c -> {
            List<MonetaryAmount> commitments = new ArrayList<>();
            long total = 0;
            for (int i = 1; i < c.length; i++) {
                commitments.add(SpvScenarios.pence(c[i]));
                total += c[i];
            }
            Allocation shares = ProRata.of(commitments).share(SpvScenarios.pence(c[0]));
            long sum = 0;
            for (int i = 0; i < shares.size(); i++) {
                sum += shares.minorUnits(i);
                // floor(amount × cᵢ / C) ≤ share ≤ that + 1
                BigDecimal exact = BigDecimal.valueOf(c[0]).multiply(BigDecimal.valueOf(c[i + 1]))
                        .divide(BigDecimal.valueOf(total), 0, RoundingMode.FLOOR);
                assertThat(BigDecimal.valueOf(shares.minorUnits(i)).subtract(exact)).as("share %d", i).isBetween(
                        BigDecimal.ZERO, BigDecimal.ONE);
            }
            assertThat(sum).isEqualTo(c[0]);
        });
    }

    @Test
    void theSpvPaysOutNoMoreThanCameInAndTheCashAddsUp() {
        AtomicInteger shortfalls = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        Theories.qt(300).forAll(SpvScenarios.spvs()).checkAssert(s -> returnsOf(s, shortfalls).ifPresent(r -> {
            checked.incrementAndGet();
            // drawdowns + receipts + costs (−) + clawbacks (−) + distributions (−) + retained (−) = closing balance ≥ 0
            BigDecimal net = r.cash().stream().map(e -> decimal(e.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(net).isEqualByComparingTo(decimal(r.closingBalance()));
            assertThat(decimal(r.closingBalance())).isNotNegative();
            BigDecimal balance = BigDecimal.ZERO;
            for (CashEvent e : r.cash()) {
                balance = balance.add(decimal(e.amount()));
                assertThat(decimal(e.balance())).as("balance after %s", e).isEqualByComparingTo(balance);
            }
            // The investors' distributions add up over the investors and equal the distribution events.
            BigDecimal byInvestor = r.investors().stream().map(i -> decimal(i.distributed())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(byInvestor).isEqualByComparingTo(decimal(r.allInvestors().distributed()));
            assertThat(sum(r, CashEvent.Kind.DISTRIBUTION).negate()).isEqualByComparingTo(decimal(r.allInvestors().distributed()));
        }));
        assertThat(checked.get()).as("scenarios without a shortfall").isGreaterThan(150);
        assertThat(shortfalls.get()).as("scenarios with a shortfall").isPositive();
    }

    @Test
    void investorsDistributionsNeverExceedTheReceipts() {
        AtomicInteger shortfalls = new AtomicInteger();
        AtomicInteger paid = new AtomicInteger();
        Theories.qt(300).forAll(SpvScenarios.spentSpvs()).checkAssert(s -> returnsOf(s, shortfalls).ifPresent(r -> {
            // Every drawdown is spent the day it comes in: what the investors get can only come from receipts,
            // net of clawbacks, and what is retained comes out of the same money.
            BigDecimal receipts = sum(r, CashEvent.Kind.RECEIPT).add(sum(r, CashEvent.Kind.CLAWBACK));
            BigDecimal distributed = decimal(r.allInvestors().distributed());
            assertThat(distributed).isLessThanOrEqualTo(receipts);
            assertThat(distributed.subtract(sum(r, CashEvent.Kind.RETAINED))).isLessThanOrEqualTo(receipts);
            if (distributed.signum() > 0) {
                paid.incrementAndGet();
            }
        }));
        assertThat(paid.get()).as("scenarios that paid the investors").isGreaterThan(100);
    }

    @Test
    void theMoneyMultipleIsDistributedOverDrawnAndAbsentWhenNothingWasDrawn() {
        AtomicInteger shortfalls = new AtomicInteger();
        Theories.qt(300).forAll(SpvScenarios.spvs()).checkAssert(s -> returnsOf(s, shortfalls).ifPresent(r -> {
            List<InvestorReturn> all = new ArrayList<>(r.investors());
            all.add(r.allInvestors());
            for (InvestorReturn i : all) {
                if (i.drawn().isZero()) {
                    assertThat(i.moneyMultiple()).as(i.investor()).isEmpty();
                } else {
                    assertThat(i.moneyMultiple()).as(i.investor()).contains(decimal(i.distributed())
                            .divide(decimal(i.drawn()), 6, RoundingMode.HALF_EVEN));
                }
            }
        }));
    }

    /**
     * The IRR is given to 6 places: the root of the XNPV lies within half a unit of the sixth place of it
     * (and the 10⁻¹² of the search), so the XNPV changes sign between r − 6 × 10⁻⁷ and r + 6 × 10⁻⁷.
     */
    @Test
    void theXnpvAtTheReportedIrrIsWithinRoundingOfZero() {
        AtomicInteger shortfalls = new AtomicInteger();
        AtomicInteger rates = new AtomicInteger();
        BigDecimal half = new BigDecimal("0.0000006");
        Theories.qt(200).forAll(SpvScenarios.spvs()).checkAssert(s -> returnsOf(s, shortfalls).ifPresent(r -> {
            List<InvestorReturn> all = new ArrayList<>(r.investors());
            all.add(r.allInvestors());
            for (InvestorReturn i : all) {
                if (i.irr().isEmpty()) {
                    continue;
                }
                rates.incrementAndGet();
                List<CashFlow> flows = r.flows(i.investor());
                BigDecimal rate = i.irr().get();
                int below = Xirr.xnpv(rate.subtract(half).max(Xirr.LOWEST), flows).signum();
                int above = Xirr.xnpv(rate.add(half).min(Xirr.HIGHEST), flows).signum();
                assertThat(below * above).as("%s: XNPV signs around %s", i.investor(), rate).isLessThanOrEqualTo(0);
            }
        }));
        assertThat(rates.get()).as("rates found").isGreaterThan(200);
    }

    /** The investors' IRRs are worked out together ({@code IrrSearch}); each must be what Xirr.of gives alone. */
    @Test
    void eachIrrIsTheOneTheBisectionGivesTheInvestorsFlowsAlone() {
        AtomicInteger shortfalls = new AtomicInteger();
        Theories.qt(150).forAll(SpvScenarios.spvs()).checkAssert(s -> returnsOf(s, shortfalls).ifPresent(r -> {
            assertThat(r.allInvestors().irr()).as("all investors").isEqualTo(Xirr.of(r.flows(Returns.ALL_INVESTORS)));
            for (InvestorReturn i : r.investors()) {
                assertThat(i.irr()).as(i.investor()).isEqualTo(Xirr.of(r.flows(i.investor())));
            }
        }));
    }

    @Test
    void underAMultipleCapTheMultipleNeverExceedsTheCap() {
        AtomicInteger shortfalls = new AtomicInteger();
        AtomicInteger capped = new AtomicInteger();
        Theories.qt(400).forAll(SpvScenarios.spvs()).checkAssert(s -> {
            if (!(s.terms().waterfall().returnCap() instanceof ReturnCap.Multiple cap)
                    || s.terms().waterfall().surplusToInvestors().signum() != 0) {
                return;
            }
            returnsOf(s, shortfalls).ifPresent(r -> {
                capped.incrementAndGet();
                BigDecimal m = cap.multiple();
                assertThat(r.allInvestors().moneyMultiple().orElse(BigDecimal.ZERO)).isLessThanOrEqualTo(m);
                assertThat(decimal(r.allInvestors().distributed()))
                        .isLessThanOrEqualTo(m.multiply(decimal(r.allInvestors().drawn())));
                // Each investor's shares are within a penny of its part of every drawdown and distribution.
                long drawdowns = r.cash().stream().filter(e -> e.kind() == CashEvent.Kind.DRAWDOWN).count();
                long distributions = r.cash().stream().filter(e -> e.kind() == CashEvent.Kind.DISTRIBUTION).count();
                BigDecimal slack = m.multiply(BigDecimal.valueOf(drawdowns)).add(BigDecimal.valueOf(distributions))
                        .movePointLeft(2);
                for (InvestorReturn i : r.investors()) {
                    assertThat(decimal(i.distributed())).as(i.investor())
                            .isLessThanOrEqualTo(m.multiply(decimal(i.drawn())).add(slack));
                }
            });
        });
        assertThat(capped.get()).as("scenarios under a multiple cap without a surplus share").isGreaterThan(30);
    }
}
