package org.sibcalc.returns;

import static org.sibcalc.Fixtures.GBP;
import static org.sibcalc.Fixtures.date;
import static org.sibcalc.Fixtures.gbp;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/** Investments written the way the hand-worked tests read: investors as {@code "A=600.00"}, amounts in GBP. */
final class Spvs {

    private Spvs() {
    }

    /** Terms named "Test SPV" in GBP with these investors, each {@code name=commitment}, and the defaults. */
    static InvestmentTerms.Builder terms(String... investors) {
        InvestmentTerms.Builder terms = InvestmentTerms.builder("Test SPV", GBP);
        for (String investor : investors) {
            String[] nameAndCommitment = investor.split("=");
            terms.investor(Investor.of(nameAndCommitment[0], gbp(nameAndCommitment[1])));
        }
        return terms;
    }

    static Drawdown drawdown(String date, String amount) {
        return Drawdown.of(date(date), gbp(amount));
    }

    static Cost cost(String date, String amount) {
        return Cost.of(date(date), gbp(amount), "fees");
    }

    /** The outcome payment of a measurement date. */
    static OutcomePayment paid(String date, String amount) {
        return OutcomePayment.of(date(date), gbp(amount));
    }

    static Returns returns(InvestmentTerms.Builder terms, String asOf, OutcomePayment... payments) {
        return Spv.returns(terms.build(), List.of(payments), date(asOf));
    }

    /** Each cash event as {@code 2020-01-01 DRAWDOWN 1000.00 -> 1000.00}. */
    static List<String> cashLines(Returns returns) {
        return returns.cash().stream().map(e -> e.date() + " " + e.kind() + " " + plain(e.amount()) + " -> "
                + plain(e.balance())).toList();
    }

    /**
     * Each distribution as {@code 2020-03-31: 800.00 - reserve 0.00 = capital 800.00 + return 0.00 + surplus
     * 0.00 + retained 0.00; A 480.00, B 320.00}.
     */
    static List<String> tierLines(Returns returns) {
        return returns.distributions().stream().map(d -> d.date() + ": " + plain(d.balance()) + " - reserve "
                + plain(d.reserve()) + " = capital " + plain(d.capital()) + " + return " + plain(d.returnOnCapital())
                + " + surplus " + plain(d.surplusToInvestors()) + " + retained " + plain(d.retained()) + "; "
                + byInvestor(returns, d.byInvestor().amounts())).toList();
    }

    /** Each investor as {@code A: drawn 600.00, distributed 1590.00, multiple 2.650000, irr 0.123456}. */
    static List<String> returnLines(Returns returns) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(returns.allInvestors()),
                returns.investors().stream()).map(r -> r.investor() + ": drawn " + plain(r.drawn()) + ", distributed "
                        + plain(r.distributed()) + ", multiple " + r.moneyMultiple().map(BigDecimal::toPlainString).orElse("-")
                        + ", irr " + r.irr().map(BigDecimal::toPlainString).orElse("-")).toList();
    }

    private static String byInvestor(Returns returns, List<MonetaryAmount> amounts) {
        return java.util.stream.IntStream.range(0, amounts.size())
                .mapToObj(i -> returns.investors().get(i).investor() + " " + plain(amounts.get(i)))
                .collect(Collectors.joining(", "));
    }

    /** The amount's number at the minor unit, as {@code 1000.00} or {@code -24.50}. */
    static String plain(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString();
    }
}
