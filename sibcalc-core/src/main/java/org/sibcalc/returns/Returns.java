package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The SPV's cash and the investors' returns at a reporting date (README, "Investors' returns"): every cash event with the
 * balance after it, every distribution split by tier, and what all investors together and each one put
 * in and got back. {@link Spv#returns} works it out.
 *
 * <p>This class is immutable and thread-safe: a value a finance tool can keep and print later.
 *
 * @param investment     the investment's name, not null
 * @param currency       the currency of every amount, not null
 * @param asOf           the reporting date: the last day whose cash is counted, not null
 * @param cash           every movement of the SPV's cash up to {@code asOf}, in date order
 * @param distributions  the distribution on every receipt date up to {@code asOf}, in date order
 * @param closingBalance the SPV's cash at the end of {@code asOf}, not null
 * @param allInvestors   all investors together, named {@link #ALL_INVESTORS}; not null
 * @param investors      each investor, in the order of the terms
 */
public record Returns(String investment, CurrencyUnit currency, LocalDate asOf, List<CashEvent> cash,
        List<Distribution> distributions, MonetaryAmount closingBalance, InvestorReturn allInvestors,
        List<InvestorReturn> investors) {

    /** The schema name of the returns' JSON form. */
    public static final String SCHEMA = "sibcalc.returns/1";

    /** The name of {@link #allInvestors()}. */
    public static final String ALL_INVESTORS = "All investors";

    /**
     * Checks the fields and copies the lists.
     *
     * @param investment the {@link #investment() investment} record component
     * @param currency the {@link #currency() currency} record component
     * @param asOf the {@link #asOf() asOf} record component
     * @param cash the {@link #cash() cash} record component
     * @param distributions the {@link #distributions() distributions} record component
     * @param closingBalance the {@link #closingBalance() closingBalance} record component
     * @param allInvestors the {@link #allInvestors() allInvestors} record component
     * @param investors the {@link #investors() investors} record component
     */
    public Returns {
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        cash = List.copyOf(cash);
        distributions = List.copyOf(distributions);
        Objects.requireNonNull(closingBalance, "closingBalance");
        Objects.requireNonNull(allInvestors, "allInvestors");
        investors = List.copyOf(investors);
    }

    /**
     * Returns the flows of an investor, or of all of them, as its money multiple and IRR see them: each
     * drawdown negative, each distribution positive, in date order, drawdowns first on a date.
     *
     * @param investor an investor's name, or {@link #ALL_INVESTORS}
     * @return the flows, never null
     * @throws IllegalArgumentException when no investor has the name
     */
    public List<CashFlow> flows(String investor) {
        int index = -1;
        for (int i = 0; i < investors.size(); i++) {
            if (investors.get(i).investor().equals(investor)) {
                index = i;
            }
        }
        if (index < 0 && !ALL_INVESTORS.equals(investor)) {
            throw new IllegalArgumentException("investor: '" + investor + "' is not an investor of " + investment);
        }
        List<CashFlow> flows = new ArrayList<>();
        for (CashEvent event : cash) {
            if (event.kind() != CashEvent.Kind.DRAWDOWN && event.kind() != CashEvent.Kind.DISTRIBUTION) {
                continue;
            }
            // A drawdown is money in for the SPV and out for the investors: the sign turns round.
            MonetaryAmount amount = index < 0 ? event.amount().negate()
                    : event.kind() == CashEvent.Kind.DRAWDOWN ? event.byInvestor().orElseThrow().get(index).negate()
                    : event.byInvestor().orElseThrow().get(index);
            if (!amount.isZero()) {
                flows.add(new CashFlow(event.date(), amount));
            }
        }
        return flows;
    }

    /** {@return the sum of the surplus retained for the commissioner, over every distribution} */
    public MonetaryAmount retained() {
        return distributions.stream().map(Distribution::retained).reduce(closingBalance.multiply(0), MonetaryAmount::add);
    }
}
