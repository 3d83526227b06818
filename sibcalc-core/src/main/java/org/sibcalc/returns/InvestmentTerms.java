package org.sibcalc.returns;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.sibcalc.basics.InvalidValueException;

/**
 * The special purpose vehicle (SPV) between the commissioner and the investors (README, "Investors' returns"): who invested
 * how much, when capital was drawn, what the SPV pays out to run the programme, how long an outcome payment
 * takes to arrive, and how distributions are split.
 *
 * <p>Field names in messages are those of the investment file, list positions counted from 0:
 * {@code investors[1].name}, {@code drawdowns[0].amount}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name            the investment's name, shown on the returns; not blank
 * @param currency        the currency of every amount, which must be the contract's; not null
 * @param investors       at least one investor, names unique; the order is the order of every table
 *                        and breaks ties in {@link ProRata allocation}
 * @param drawdowns       capital called, in any order (same-day drawdowns in list order); all of them
 *                        together at most the commitments
 * @param costs           what the SPV pays out, in any order; empty for none
 * @param receiptLag      how long after its measurement date an outcome payment reaches the SPV; no
 *                        negative component; {@link Period#ZERO} for none
 * @param reserveForCosts whether a distribution holds back what later costs need beyond later drawdowns
 * @param waterfall       how each distribution is split, not null
 */
public record InvestmentTerms(String name, CurrencyUnit currency, List<Investor> investors,
        List<Drawdown> drawdowns, List<Cost> costs, Period receiptLag, boolean reserveForCosts,
        Waterfall waterfall) {

    /**
     * Validates every field and the combinations; see the class description.
     *
     * @param name the {@link #name() name} record component
     * @param currency the {@link #currency() currency} record component
     * @param investors the {@link #investors() investors} record component
     * @param drawdowns the {@link #drawdowns() drawdowns} record component
     * @param costs the {@link #costs() costs} record component
     * @param receiptLag the {@link #receiptLag() receiptLag} record component
     * @param reserveForCosts the {@link #reserveForCosts() reserveForCosts} record component
     * @param waterfall the {@link #waterfall() waterfall} record component
     */
    public InvestmentTerms {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "is required");
        }
        InvalidValueException.required("currency", currency);
        investors = List.copyOf(InvalidValueException.required("investors", investors));
        drawdowns = List.copyOf(InvalidValueException.required("drawdowns", drawdowns));
        costs = List.copyOf(InvalidValueException.required("costs", costs));
        InvalidValueException.required("receiptLag", receiptLag);
        InvalidValueException.required("waterfall", waterfall);
        if (investors.isEmpty()) {
            throw new InvalidValueException("investors", "must list at least one investor");
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < investors.size(); i++) {
            Investor investor = investors.get(i);
            Amounts.inCurrency("investors[" + i + "].commitment", investor.commitment(), currency);
            Integer first = names.putIfAbsent(investor.name(), i);
            if (first != null) {
                throw new InvalidValueException("investors[" + i + "].name", "'" + investor.name()
                        + "' is already the name of investors[" + first + "]");
            }
        }
        for (int i = 0; i < drawdowns.size(); i++) {
            Amounts.inCurrency("drawdowns[" + i + "].amount", drawdowns.get(i).amount(), currency);
        }
        for (int i = 0; i < costs.size(); i++) {
            Amounts.inCurrency("costs[" + i + "].amount", costs.get(i).amount(), currency);
        }
        checkDrawdowns(investors, drawdowns, currency);
        checkReceiptLag(receiptLag);
    }

    /**
     * Checks that the drawdowns add up to no more than the commitments, as the constructor does.
     *
     * @param investors the investors, not null
     * @param drawdowns the drawdowns, not null
     * @param currency the currency of every amount, not null
     * @throws InvalidValueException naming {@code drawdowns} when they add up to more
     */
    public static void checkDrawdowns(List<Investor> investors, List<Drawdown> drawdowns, CurrencyUnit currency) {
        BigDecimal committed = investors.stream().map(i -> Amounts.scaled(i.commitment()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal drawn = drawdowns.stream().map(d -> Amounts.scaled(d.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (drawn.compareTo(committed) > 0) {
            throw new InvalidValueException("drawdowns", "add up to " + Amounts.text(drawn, currency)
                    + ", more than the " + Amounts.text(committed, currency) + " the investors committed");
        }
    }

    /**
     * Checks that the receipt lag has no negative component ({@code P1M-1D} is not allowed), as the
     * constructor does.
     *
     * @param receiptLag the receipt lag, not null
     * @throws InvalidValueException naming {@code receiptLag} when it has
     */
    public static void checkReceiptLag(Period receiptLag) {
        if (receiptLag.getYears() < 0 || receiptLag.getMonths() < 0 || receiptLag.getDays() < 0) {
            throw new InvalidValueException("receiptLag", receiptLag + " has a negative component");
        }
    }

    /** {@return the sum of the commitments} */
    public BigDecimal committed() {
        return investors.stream().map(i -> Amounts.scaled(i.commitment())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Returns a builder of terms with no investors, drawdowns or costs yet, no receipt lag, a reserve for
     * costs and no cap (the defaults in the README, "Investors' returns").
     *
     * @param name the investment's name, not null or blank
     * @param currency the currency of every amount, not null
     * @return a new builder
     */
    public static Builder builder(String name, CurrencyUnit currency) {
        return new Builder(name, currency);
    }

    /** {@return a builder that starts from these terms} */
    public Builder toBuilder() {
        Builder builder = new Builder(name, currency);
        builder.investors.addAll(investors);
        builder.drawdowns.addAll(drawdowns);
        builder.costs.addAll(costs);
        builder.receiptLag = receiptLag;
        builder.reserveForCosts = reserveForCosts;
        builder.waterfall = waterfall;
        return builder;
    }

    /** Builds investment terms; the terms are validated by {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final CurrencyUnit currency;
        private final List<Investor> investors = new ArrayList<>();
        private final List<Drawdown> drawdowns = new ArrayList<>();
        private final List<Cost> costs = new ArrayList<>();
        private Period receiptLag = Period.ZERO;
        private boolean reserveForCosts = true;
        private Waterfall waterfall = Waterfall.UNCAPPED;

        private Builder(String name, CurrencyUnit currency) {
            this.name = name;
            this.currency = currency;
        }

        /**
         * Adds an investor, after those added before.
         *
         * @param value the investor, not null
         * @return this builder
         */
        public Builder investor(Investor value) {
            investors.add(value);
            return this;
        }

        /**
         * Adds a drawdown.
         *
         * @param value the drawdown, not null
         * @return this builder
         */
        public Builder drawdown(Drawdown value) {
            drawdowns.add(value);
            return this;
        }

        /**
         * Adds a cost.
         *
         * @param value the cost, not null
         * @return this builder
         */
        public Builder cost(Cost value) {
            costs.add(value);
            return this;
        }

        /**
         * Sets the receipt lag (default none).
         *
         * @param value the receipt lag, not null ({@code P0D} for none)
         * @return this builder
         */
        public Builder receiptLag(Period value) {
            receiptLag = value;
            return this;
        }

        /**
         * Sets whether distributions hold back cash for later costs (default true).
         *
         * @param value true to hold back cash for later costs
         * @return this builder
         */
        public Builder reserveForCosts(boolean value) {
            reserveForCosts = value;
            return this;
        }

        /**
         * Sets the waterfall (default {@link Waterfall#UNCAPPED}).
         *
         * @param value the waterfall, not null
         * @return this builder
         */
        public Builder waterfall(Waterfall value) {
            waterfall = value;
            return this;
        }

        /** {@return the terms, validated} */
        public InvestmentTerms build() {
            return new InvestmentTerms(name, currency, investors, drawdowns, costs, receiptLag, reserveForCosts,
                    waterfall);
        }
    }
}
