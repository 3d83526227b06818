package org.sibcalc.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The internal rate of return of dated flows, XIRR with Act/365 (README, "Investors' returns"): the rate {@code r > −1} with
 * <pre>
 *   f(r) = Σ cfᵢ × (1 + r)^(−(tᵢ − t₀)/365) = 0
 * </pre>
 * {@code t₀} being the date of the first non-zero flow, money put in negative and money back positive.
 *
 * <p>The rate is found by bisection on [−0.99, 100]: while the interval is wider than 10⁻¹², its midpoint
 * replaces the end where {@code f} has the midpoint's sign. That takes exactly {@value #STEPS} steps
 * whatever the flows (100.99 / 2⁴⁷ ≤ 10⁻¹² &lt; 100.99 / 2⁴⁶), and the answer is the last midpoint rounded
 * half-even to 6 places. There is no rate when {@code f(−0.99)} and {@code f(100)} have the same sign.
 * The midpoints are exact decimals and the powers are worked out to 60 significant digits.
 *
 * <p>Worked example: −100 on 2020-01-01 and +110 on 2021-01-01, 366 days later (2020 is a leap year), give
 * {@code −100 + 110 (1 + r)^(−366/365) = 0}, so {@code r = 1.1^(365/366) − 1 = 0.0997135...}: 0.099714.
 */
public final class Xirr {

    /** The lowest rate searched. */
    public static final BigDecimal LOWEST = new BigDecimal("-0.99");
    /** The highest rate searched. */
    public static final BigDecimal HIGHEST = new BigDecimal("100");
    /** The search stops when the interval is this narrow. */
    public static final BigDecimal TOLERANCE = new BigDecimal("1E-12");
    /** The number of bisection steps, whatever the flows. */
    public static final int STEPS = 47;
    /** The places of the rate given. */
    public static final int SCALE = 6;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Xirr() {
    }

    /**
     * Returns the IRR of the flows, rounded half-even to 6 places: 0.099714 for 9.9714% a year.
     *
     * @param flows the flows, in any order, in one currency
     * @return the rate, or empty when the flows have no rate from −0.99 to 100 (for example, when they are
     *         all of one sign, or there are none)
     */
    public static Optional<BigDecimal> of(List<CashFlow> flows) {
        return search(new Flows(flows));
    }

    /**
     * Returns {@code f(rate) = Σ cfᵢ × (1 + rate)^(−(tᵢ − t₀)/365)}, the net present value of the flows at
     * {@code t₀}, the date of the first non-zero flow; zero when there is no non-zero flow.
     *
     * @param rate a rate above −1
     * @param flows the flows, in any order, not null
     * @return the net present value, never null
     */
    public static BigDecimal xnpv(BigDecimal rate, List<CashFlow> flows) {
        return new Flows(flows).presentValue(rate);
    }

    /** The bisection of the class description, on any function given by its sign. */
    static Optional<BigDecimal> search(Signs f) {
        if (f.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal low = LOWEST;
        BigDecimal high = HIGHEST;
        int atLow = f.sign(low, low, high);
        int atHigh = f.sign(high, low, high);
        if (atLow == 0) {
            return Optional.of(rounded(low));
        }
        if (atHigh == 0) {
            return Optional.of(rounded(high));
        }
        if (atLow == atHigh) {
            return Optional.empty();
        }
        while (high.subtract(low).compareTo(TOLERANCE) > 0) {
            BigDecimal middle = low.add(high).divide(TWO);
            int atMiddle = f.sign(middle, low, high);
            if (atMiddle == 0) {
                return Optional.of(rounded(middle));
            }
            if (atMiddle == atLow) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return Optional.of(rounded(low.add(high).divide(TWO)));
    }

    private static BigDecimal rounded(BigDecimal rate) {
        return rate.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** A function whose roots the bisection looks for, given by its sign at a rate. */
    interface Signs {
        /** True when there is no non-zero flow, and so no rate. */
        boolean isEmpty();

        /**
         * Returns the sign of f at the rate: −1, 0 or 1.
         *
         * @param rate the rate, from {@code low} to {@code high}
         * @param low  the low end of the search's interval when it asks
         * @param high the high end of the search's interval when it asks
         */
        int sign(BigDecimal rate, BigDecimal low, BigDecimal high);
    }

    /** Flows netted by date, as days since the first non-zero flow and exact amounts. */
    private static final class Flows implements Signs {
        private final int[] days;
        private final BigDecimal[] amounts;

        Flows(List<CashFlow> flows) {
            TreeMap<LocalDate, BigDecimal> byDate = new TreeMap<>();
            for (CashFlow flow : flows) {
                byDate.merge(flow.date(), Amounts.number(flow.amount()), BigDecimal::add);
            }
            byDate.values().removeIf(amount -> amount.signum() == 0);
            days = new int[byDate.size()];
            amounts = new BigDecimal[byDate.size()];
            int i = 0;
            LocalDate first = byDate.isEmpty() ? null : byDate.firstKey();
            for (var entry : byDate.entrySet()) {
                days[i] = Math.toIntExact(ChronoUnit.DAYS.between(first, entry.getKey()));
                amounts[i] = entry.getValue();
                i++;
            }
        }

        @Override
        public boolean isEmpty() {
            return days.length == 0;
        }

        @Override
        public int sign(BigDecimal rate, BigDecimal low, BigDecimal high) {
            return presentValue(rate).signum();
        }

        BigDecimal presentValue(BigDecimal rate) {
            Compounding.Powers discount = new Compounding.Powers(Compounding.dailyDiscount(rate));
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < days.length; i++) {
                sum = sum.add(amounts[i].multiply(discount.at(days[i])));
            }
            return sum.round(Compounding.CONTEXT);
        }
    }
}
