package org.sibcalc.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The special purpose vehicle's cash, day by day, and what it gives back to the investors (README, "Investors' returns").
 *
 * <p>On each date up to the reporting date, in this order:
 * <ol>
 *   <li>drawdowns come in, each shared among the investors pro rata to commitment;</li>
 *   <li>receipts come in: the outcome payment of measurement date D arrives on {@code D + receiptLag}
 *       (a payment received after the reporting date is not counted; a zero payment is nothing);</li>
 *   <li>costs go out, then clawbacks (negative outcome payments, paid back on {@code D + receiptLag}); a
 *       balance below zero now is an error ({@link SpvShortfallException});</li>
 *   <li>on a date with a receipt, a distribution: {@code max(0, balance − reserve)}, where the reserve is
 *       {@code max(0, costs after the date − drawdowns after the date)} with {@code reserveForCosts}
 *       (counting every cost and drawdown of the terms, also those after the reporting date), else zero.
 *       It goes down the {@link Waterfall}: capital, then return within the {@link ReturnCap}, then the
 *       surplus, of which the investors' share goes to them and the rest is retained for the commissioner
 *       and leaves the SPV. The investors' part is shared among them as one amount ({@link ProRata}).</li>
 * </ol>
 * Amounts are exact decimals in whole minor units; every rounding is down to the minor unit, as the return rules (README, "Investors' returns")
 * says, so that nothing is paid out that the SPV does not hold.
 */
public final class Spv {

    private Spv() {
    }

    /**
     * Returns the SPV's cash and the investors' returns at the reporting date.
     *
     * @param terms    the investment, not null
     * @param payments the outcome payment of each measurement date, in any order, in the investment's
     *                 currency (a statement's: {@link OutcomePayment#of(List)}); dates after {@code asOf} are
     *                 not counted
     * @param asOf     the reporting date, the last day counted; not null
     * @return the cash events and returns, never null
     * @throws SpvShortfallException when the cash would go below zero after a date's costs
     * @throws IllegalArgumentException when a payment is in another currency
     */
    public static Returns returns(InvestmentTerms terms, List<OutcomePayment> payments, LocalDate asOf) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(asOf, "asOf");
        return new Walk(terms, asOf).run(payments);
    }

    /** What happens on one date, in the order it happens. */
    private static final class Day {
        final List<Drawdown> drawdowns = new ArrayList<>();
        final List<OutcomePayment> receipts = new ArrayList<>();
        final List<Cost> costs = new ArrayList<>();
        final List<OutcomePayment> clawbacks = new ArrayList<>();
    }

    /** One walk through the SPV's dates. */
    private static final class Walk {
        private final InvestmentTerms terms;
        private final LocalDate asOf;
        private final CurrencyUnit currency;
        private final int digits;
        private final BigDecimal zero;
        private final ProRata proRata;
        private final int investorCount;

        private final List<CashEvent> events = new ArrayList<>();
        private final List<Distribution> distributions = new ArrayList<>();
        /** The dates of the investors' flows, and on each the flow of all of them and of each one. */
        private final Flows flows;
        private final long[] investorDrawn;
        private final long[] investorDistributed;

        private BigDecimal balance;
        private BigDecimal drawn;
        private BigDecimal distributed;
        /** Costs − drawdowns of the dates not yet passed: what a reserve for costs holds back. */
        private BigDecimal laterCostsLessDrawdowns;
        private final IrrCap irrCap;

        Walk(InvestmentTerms terms, LocalDate asOf) {
            this.terms = terms;
            this.asOf = asOf;
            this.currency = terms.currency();
            this.digits = Amounts.digits(currency);
            this.zero = BigDecimal.ZERO.setScale(digits);
            this.proRata = ProRata.of(terms.investors().stream().map(Investor::commitment).toList());
            this.investorCount = terms.investors().size();
            this.flows = new Flows(investorCount);
            this.investorDrawn = new long[investorCount];
            this.investorDistributed = new long[investorCount];
            balance = zero;
            drawn = zero;
            distributed = zero;
            laterCostsLessDrawdowns = zero;
            for (Cost cost : terms.costs()) {
                laterCostsLessDrawdowns = laterCostsLessDrawdowns.add(Amounts.scaled(cost.amount()));
            }
            for (Drawdown drawdown : terms.drawdowns()) {
                laterCostsLessDrawdowns = laterCostsLessDrawdowns.subtract(Amounts.scaled(drawdown.amount()));
            }
            irrCap = terms.waterfall().returnCap() instanceof ReturnCap.Irr irr ? new IrrCap(irr.rate(), digits) : null;
        }

        Returns run(List<OutcomePayment> payments) {
            for (var entry : days(payments).entrySet()) {
                LocalDate date = entry.getKey();
                Day day = entry.getValue();
                for (Drawdown drawdown : day.drawdowns) {
                    drawdown(date, Amounts.scaled(drawdown.amount()));
                }
                for (OutcomePayment receipt : day.receipts) {
                    event(date, CashEvent.Kind.RECEIPT, Amounts.scaled(receipt.amount()), Optional.of(receipt.date()), "",
                            Optional.empty());
                }
                for (Cost cost : day.costs) {
                    BigDecimal amount = Amounts.scaled(cost.amount());
                    laterCostsLessDrawdowns = laterCostsLessDrawdowns.subtract(amount);
                    event(date, CashEvent.Kind.COST, amount.negate(), Optional.empty(), cost.description(), Optional.empty());
                }
                for (OutcomePayment clawback : day.clawbacks) {
                    event(date, CashEvent.Kind.CLAWBACK, Amounts.scaled(clawback.amount()), Optional.of(clawback.date()), "",
                            Optional.empty());
                }
                if (balance.signum() < 0) {
                    throw new SpvShortfallException(date, money(balance.negate()));
                }
                if (!day.receipts.isEmpty()) {
                    distribute(date);
                }
            }
            List<Optional<BigDecimal>> rates = IrrSearch.rates(flows.dates, flows.total(), flows.byInvestor(),
                    proRata.weights());
            List<InvestorReturn> investors = new ArrayList<>(investorCount);
            for (int i = 0; i < investorCount; i++) {
                Investor investor = terms.investors().get(i);
                investors.add(investorReturn(investor.name(), investor.commitment(),
                        BigDecimal.valueOf(investorDrawn[i], digits), BigDecimal.valueOf(investorDistributed[i], digits),
                        rates.get(i + 1)));
            }
            return new Returns(terms.name(), currency, asOf, events, distributions, money(balance),
                    investorReturn(Returns.ALL_INVESTORS, money(terms.committed()), drawn, distributed, rates.get(0)),
                    investors);
        }

        /** The dates up to the reporting date on which something happens. */
        private TreeMap<LocalDate, Day> days(List<OutcomePayment> payments) {
            TreeMap<LocalDate, Day> days = new TreeMap<>();
            for (Drawdown drawdown : terms.drawdowns()) {
                if (!drawdown.date().isAfter(asOf)) {
                    days.computeIfAbsent(drawdown.date(), d -> new Day()).drawdowns.add(drawdown);
                }
            }
            List<OutcomePayment> byMeasurementDate = new ArrayList<>(payments);
            byMeasurementDate.sort((a, b) -> a.date().compareTo(b.date()));
            for (OutcomePayment payment : byMeasurementDate) {
                if (!payment.amount().getCurrency().equals(currency)) {
                    throw new IllegalArgumentException("payments: the payment of " + payment.date() + " is in "
                            + payment.amount().getCurrency().getCurrencyCode() + ", not the investment's "
                            + currency.getCurrencyCode());
                }
                LocalDate received = payment.date().plus(terms.receiptLag());
                if (payment.date().isAfter(asOf) || received.isAfter(asOf) || payment.amount().isZero()) {
                    continue;
                }
                Day day = days.computeIfAbsent(received, d -> new Day());
                (payment.amount().isPositive() ? day.receipts : day.clawbacks).add(payment);
            }
            for (Cost cost : terms.costs()) {
                if (!cost.date().isAfter(asOf)) {
                    days.computeIfAbsent(cost.date(), d -> new Day()).costs.add(cost);
                }
            }
            return days;
        }

        private void drawdown(LocalDate date, BigDecimal amount) {
            laterCostsLessDrawdowns = laterCostsLessDrawdowns.add(amount);
            drawn = drawn.add(amount);
            long[] shares = proRata.shareMinor(amount.unscaledValue().longValueExact());
            for (int i = 0; i < investorCount; i++) {
                investorDrawn[i] = Math.addExact(investorDrawn[i], shares[i]);
            }
            flows.add(date, amount.unscaledValue().longValueExact(), shares, -1);
            event(date, CashEvent.Kind.DRAWDOWN, amount, Optional.empty(), "", Optional.of(Allocation.wrap(currency, shares)));
            if (irrCap != null) {
                irrCap.flow(date, amount.negate());
            }
        }

        private void distribute(LocalDate date) {
            BigDecimal reserve = terms.reserveForCosts() ? laterCostsLessDrawdowns.max(zero) : zero;
            BigDecimal available = balance.subtract(reserve).max(zero);

            BigDecimal capital = available.min(drawn.subtract(distributed).max(zero));
            BigDecimal rest = available.subtract(capital);
            BigDecimal returnOnCapital = returnOnCapital(date, capital, rest);
            BigDecimal surplus = rest.subtract(returnOnCapital);
            BigDecimal surplusToInvestors = surplus.multiply(terms.waterfall().surplusToInvestors())
                    .setScale(digits, RoundingMode.FLOOR);
            BigDecimal retained = surplus.subtract(surplusToInvestors);
            BigDecimal toInvestors = capital.add(returnOnCapital).add(surplusToInvestors);

            long[] shares = proRata.shareMinor(toInvestors.unscaledValue().longValueExact());
            for (int i = 0; i < investorCount; i++) {
                investorDistributed[i] = Math.addExact(investorDistributed[i], shares[i]);
            }
            Allocation byInvestor = Allocation.wrap(currency, shares);
            distributions.add(new Distribution(date, money(balance), money(reserve), money(available), money(capital),
                    money(returnOnCapital), money(surplusToInvestors), money(retained), byInvestor));
            if (toInvestors.signum() > 0) {
                distributed = distributed.add(toInvestors);
                flows.add(date, toInvestors.unscaledValue().longValueExact(), shares, 1);
                event(date, CashEvent.Kind.DISTRIBUTION, toInvestors.negate(), Optional.empty(), "", Optional.of(byInvestor));
                if (irrCap != null) {
                    irrCap.flow(date, toInvestors);
                }
            }
            if (retained.signum() > 0) {
                event(date, CashEvent.Kind.RETAINED, retained.negate(), Optional.empty(), "", Optional.empty());
            }
        }

        /**
         * Tier 2: of {@code rest}, what is left after tier 1 gave {@code capital}, the part the cap allows.
         * With a multiple M, up to M × capital drawn to date (rounded down) less the distributions to date,
         * this one's capital included; with an IRR R, up to A − capital; without a cap, all of it.
         */
        private BigDecimal returnOnCapital(LocalDate date, BigDecimal capital, BigDecimal rest) {
            ReturnCap cap = terms.waterfall().returnCap();
            BigDecimal allowed;
            if (cap instanceof ReturnCap.Multiple multiple) {
                BigDecimal limit = multiple.multiple().multiply(drawn).setScale(digits, RoundingMode.FLOOR);
                allowed = limit.subtract(distributed).subtract(capital);
            } else if (cap instanceof ReturnCap.Irr) {
                allowed = irrCap.amountAt(date).subtract(capital);
            } else {
                return rest;
            }
            return rest.min(allowed.max(zero));
        }

        private void event(LocalDate date, CashEvent.Kind kind, BigDecimal amount, Optional<LocalDate> measurementDate,
                String description, Optional<Allocation> byInvestor) {
            balance = balance.add(amount);
            events.add(new CashEvent(date, kind, money(amount), money(balance), measurementDate, description, byInvestor));
        }

        private InvestorReturn investorReturn(String name, MonetaryAmount commitment, BigDecimal drawn,
                BigDecimal distributed, Optional<BigDecimal> irr) {
            Optional<BigDecimal> multiple = drawn.signum() == 0 ? Optional.empty()
                    : Optional.of(distributed.divide(drawn, Xirr.SCALE, RoundingMode.HALF_EVEN));
            return new InvestorReturn(name, commitment, money(drawn), money(distributed), multiple, irr);
        }

        private MonetaryAmount money(BigDecimal amount) {
            return Amounts.money(amount, currency);
        }
    }

    /**
     * The investors' flows by date, in minor units, as the IRR search takes them: for each date with a
     * drawdown or a distribution, the flow of all investors and of each one (money in negative).
     */
    private static final class Flows {
        final List<LocalDate> dates = new ArrayList<>();
        private final List<long[]> byDate = new ArrayList<>();
        private final List<long[]> totals = new ArrayList<>();
        private final int investors;

        Flows(int investors) {
            this.investors = investors;
        }

        /** Adds an amount and its shares, times {@code sign}: −1 for money in, 1 for money back. */
        void add(LocalDate date, long amount, long[] shares, int sign) {
            if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(date)) {
                dates.add(date);
                byDate.add(new long[investors]);
                totals.add(new long[1]);
            }
            long[] flows = byDate.get(byDate.size() - 1);
            for (int i = 0; i < investors; i++) {
                flows[i] = Math.addExact(flows[i], sign * shares[i]);
            }
            long[] total = totals.get(totals.size() - 1);
            total[0] = Math.addExact(total[0], sign * amount);
        }

        long[] total() {
            return totals.stream().mapToLong(t -> t[0]).toArray();
        }

        /** Each investor's flows, one per date. */
        long[][] byInvestor() {
            long[][] flows = new long[investors][dates.size()];
            for (int d = 0; d < dates.size(); d++) {
                long[] onDate = byDate.get(d);
                for (int i = 0; i < investors; i++) {
                    flows[i][d] = onDate[i];
                }
            }
            return flows;
        }
    }

    /**
     * The IRR cap's amount at a date: the A that makes the investors' IRR exactly R,
     * {@code XNPV_R(drawdowns to date, earlier distributions, A at the date) = 0}. With {@code S} the XNPV of
     * the flows so far at their first date {@code t₀}, {@code A = −S × (1 + R)^((t − t₀)/365)}. S is kept as
     * the flows come, each flow discounted once.
     */
    private static final class IrrCap {
        private final int digits;
        private final Compounding.Powers discount;
        private LocalDate first;
        private BigDecimal presentValue = BigDecimal.ZERO;

        IrrCap(BigDecimal rate, int digits) {
            this.digits = digits;
            this.discount = new Compounding.Powers(Compounding.dailyDiscount(rate));
        }

        /** Adds a flow of the investors: negative for capital in, positive for money back. */
        void flow(LocalDate date, BigDecimal amount) {
            if (first == null) {
                first = date;
            }
            presentValue = presentValue.add(amount.multiply(discount.at(days(date))));
        }

        /** Returns A at the date, rounded down to the minor unit; zero before any flow. */
        BigDecimal amountAt(LocalDate date) {
            if (first == null) {
                return BigDecimal.ZERO;
            }
            BigDecimal a = presentValue.negate().divide(discount.at(days(date)), Compounding.CONTEXT);
            return a.setScale(digits, RoundingMode.FLOOR);
        }

        private int days(LocalDate date) {
            return Math.toIntExact(ChronoUnit.DAYS.between(first, date));
        }
    }
}
