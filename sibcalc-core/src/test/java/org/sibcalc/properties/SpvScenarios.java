package org.sibcalc.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.quicktheories.core.Gen;
import org.sibcalc.returns.Cost;
import org.sibcalc.returns.Drawdown;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.Investor;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.ReturnCap;
import org.sibcalc.returns.Waterfall;
import org.sibcalc.testing.Draw;

/**
 * Random but valid SPVs: up to six investors, a few drawdowns and costs, quarterly outcome payments (some
 * zero, and under clawback some negative), a receipt lag, with or without a reserve, and any waterfall.
 * Counts shrink towards one, amounts towards small, the waterfall towards no cap.
 */
final class SpvScenarios {

    static final LocalDate ORIGIN = LocalDate.of(2020, 1, 1);
    private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    /** One SPV, its outcome payments and a reporting date. */
    record SpvScenario(InvestmentTerms terms, List<OutcomePayment> payments, LocalDate asOf) {
        @Override
        public String toString() {
            return "terms " + terms + "\n  payments " + payments + "\n  as of " + asOf;
        }
    }

    private SpvScenarios() {
    }

    /** Any SPV. */
    static Gen<SpvScenario> spvs() {
        return Draw.gen(draw -> spv(draw, false));
    }

    /** SPVs whose every drawdown is spent on a cost the same day, so that all they pay out came from receipts. */
    static Gen<SpvScenario> spentSpvs() {
        return Draw.gen(draw -> spv(draw, true));
    }

    private static SpvScenario spv(Draw draw, boolean spent) {
        InvestmentTerms.Builder terms = InvestmentTerms.builder("Random SPV", GBP);
        int investors = 1 + draw.upTo(5);
        long committed = 0;
        for (int i = 0; i < investors; i++) {
            long commitment = 100 + draw.upTo(draw.sometimes(20) ? 100 : 10_000_000);
            committed += commitment;
            terms.investor(Investor.of("I" + i, pence(commitment)));
        }
        long left = committed;
        long drawn = 0;
        LocalDate firstDrawdown = null;
        int drawdowns = 1 + draw.upTo(4);
        for (int i = 0; i < drawdowns && left > 0; i++) {
            long amount = 1 + draw.upTo((int) Math.min(Integer.MAX_VALUE - 1, Math.max(0, left / 2 - 1)));
            left -= amount;
            drawn += amount;
            LocalDate date = ORIGIN.plusDays(draw.upTo(900));
            firstDrawdown = firstDrawdown == null || date.isBefore(firstDrawdown) ? date : firstDrawdown;
            terms.drawdown(Drawdown.of(date, pence(amount)));
            if (spent) {
                terms.cost(Cost.of(date, pence(amount), "spent"));
            }
        }
        if (!spent) {
            // Costs from the first drawdown on, each at most a quarter of the capital drawn: a shortfall is
            // possible (a cost before its drawdown, a clawback) but not the rule.
            int costs = draw.upTo(4);
            for (int i = 0; i < costs; i++) {
                terms.cost(Cost.of(firstDrawdown.plusDays(draw.upTo(1500)),
                        pence(1 + draw.upTo((int) Math.min(Integer.MAX_VALUE - 1, drawn / 4)))));
            }
        }
        terms.receiptLag(Period.ofDays(draw.sometimes(50) ? draw.upTo(60) : 0));
        terms.reserveForCosts(!draw.sometimes(30));
        terms.waterfall(waterfall(draw));
        boolean clawback = draw.sometimes(20);
        List<OutcomePayment> payments = new ArrayList<>();
        int dates = draw.upTo(16);
        for (int i = 0; i < dates; i++) {
            LocalDate date = ORIGIN.plusMonths(3L * (i + 1)).withDayOfMonth(1).minusDays(1);
            long amount = draw.sometimes(15) ? 0 : draw.upTo(draw.sometimes(30) ? 20_000_000 : 2_000_000);
            if (clawback && draw.sometimes(25)) {
                amount = -draw.upTo(200_000);
            }
            payments.add(OutcomePayment.of(date, pence(amount)));
        }
        LocalDate asOf = ORIGIN.plusDays(300 + draw.upTo(1800));
        return new SpvScenario(terms.build(), payments, asOf);
    }

    private static Waterfall waterfall(Draw draw) {
        int kind = draw.upTo(2);
        if (kind == 0) {
            return Waterfall.UNCAPPED;
        }
        ReturnCap cap = kind == 1 ? ReturnCap.multiple(BigDecimal.valueOf(100 + draw.upTo(200), 2))
                : ReturnCap.irr(BigDecimal.valueOf(draw.upTo(3000), 4));
        return Waterfall.capped(cap, draw.sometimes(50) ? draw.oneOf(List.of(new BigDecimal("0.25"),
                new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("0.333"))) : BigDecimal.ZERO);
    }

    static MonetaryAmount pence(long pence) {
        return Money.of(BigDecimal.valueOf(pence, 2), GBP);
    }
}
