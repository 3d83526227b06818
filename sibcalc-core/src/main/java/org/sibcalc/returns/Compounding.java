package org.sibcalc.returns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Powers {@code (1 + r)^(d/365)} for a rate {@code r > −1} and whole numbers of days {@code d}, in decimal
 * arithmetic: no binary floating point anywhere.
 *
 * <p>How: the daily factor {@code (1 + r)^(±1/365) = exp(±ln(1 + r) / 365)} is worked out once, from the
 * series of {@code ln} and {@code exp}, to {@link #DIGITS} significant digits; a power of it for {@code d}
 * days is then a product of whole powers ({@link BigDecimal#pow(int, MathContext)}). Every operation rounds
 * to {@link #DIGITS} digits, so an error of one unit in the {@code DIGITS}-th digit can at worst grow with
 * the number of operations and with {@code d}: for any span of up to a million days and a hundred thousand
 * dates the powers are still right to 48 or more significant digits, well beyond the 34 that the return rules ask (README, "Investors' returns").
 */
final class Compounding {

    /** Significant digits of every rounded operation. */
    static final int DIGITS = 60;

    /** The rounding of every operation: {@link #DIGITS} digits, half-even. */
    static final MathContext CONTEXT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** exp's series is summed for arguments this close to 0. */
    private static final BigDecimal NEAR = new BigDecimal("0.01");
    /** ln reduces its argument by powers of two to [LOW_SPLIT, HIGH_SPLIT], about [1/√2, √2]. */
    private static final BigDecimal HIGH_SPLIT = new BigDecimal("1.42");
    private static final BigDecimal LOW_SPLIT = new BigDecimal("0.7");
    /** ln 2 = 2 atanh(1/3), to more digits than any context here asks. */
    private static final int LN2_DIGITS = 100;
    private static final BigDecimal LN2 = twiceAtanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3),
            new MathContext(LN2_DIGITS + 5)), new MathContext(LN2_DIGITS + 5)).round(new MathContext(LN2_DIGITS));

    private Compounding() {
    }

    /**
     * Returns {@code (1 + rate)^(−1/365)}, the factor that discounts an amount by one day.
     *
     * @param rate a rate above −1, not null
     */
    static BigDecimal dailyDiscount(BigDecimal rate) {
        return dailyDiscount(rate, CONTEXT);
    }

    /** Returns {@code (1 + rate)^(−1/365)} to the precision of {@code context}. */
    static BigDecimal dailyDiscount(BigDecimal rate, MathContext context) {
        BigDecimal growth = BigDecimal.ONE.add(rate);
        if (growth.signum() <= 0) {
            throw new ArithmeticException("a rate of " + rate.toPlainString() + " is not above -1");
        }
        return exp(ln(growth, context).divide(DAYS_PER_YEAR, context).negate(), context);
    }

    /**
     * Returns the natural logarithm of a positive number: with {@code x = z × 2^k} and z from 0.7 to 1.42,
     * {@code ln x = k ln 2 + ln z}, where {@code ln z = 2 (y + y³/3 + y⁵/5 + ...)} with
     * {@code y = (z − 1)/(z + 1)}, |y| < 0.18, converges by a factor of 30 a term.
     */
    static BigDecimal ln(BigDecimal x) {
        return ln(x, CONTEXT);
    }

    /** Returns the natural logarithm of a positive number to the precision of {@code context}. */
    static BigDecimal ln(BigDecimal x, MathContext context) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of " + x.toPlainString() + ", which is not positive");
        }
        MathContext guarded = new MathContext(context.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal z = x;
        int twos = 0;
        while (z.compareTo(HIGH_SPLIT) > 0) {
            z = z.divide(TWO); // exact
            twos++;
        }
        while (z.compareTo(LOW_SPLIT) < 0) {
            z = z.multiply(TWO);
            twos--;
        }
        BigDecimal lnZ = twiceAtanh(z.subtract(BigDecimal.ONE).divide(z.add(BigDecimal.ONE), guarded), guarded);
        if (twos == 0) {
            return lnZ.round(context);
        }
        if (context.getPrecision() + 10 > LN2_DIGITS) {
            throw new ArithmeticException("ln to " + context.getPrecision() + " digits needs ln 2 to more than "
                    + LN2_DIGITS);
        }
        return LN2.multiply(BigDecimal.valueOf(twos)).add(lnZ).round(context);
    }

    /** 2 atanh(y) = 2 (y + y³/3 + y⁵/5 + ...) = ln((1 + y)/(1 − y)), for |y| < 1. */
    private static BigDecimal twiceAtanh(BigDecimal y, MathContext context) {
        BigDecimal ySquared = y.multiply(y, context);
        BigDecimal sum = y;
        BigDecimal power = y;
        for (int n = 3; y.signum() != 0; n += 2) {
            power = power.multiply(ySquared, context);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), context);
            if (negligible(term, sum, context)) {
                break;
            }
            sum = sum.add(term, context);
        }
        return sum.multiply(TWO);
    }

    /**
     * Returns {@code e^x}. Halvings bring x within 0.01 of 0, where {@code 1 + x + x²/2! + ...} converges
     * fast; squaring gives back the power, each squaring doubling the relative error, which the guard digits
     * absorb.
     */
    static BigDecimal exp(BigDecimal x) {
        return exp(x, CONTEXT);
    }

    /** Returns {@code e^x} to the precision of {@code context}. */
    static BigDecimal exp(BigDecimal x, MathContext context) {
        int halvings = 0;
        BigDecimal reduced = x;
        while (reduced.abs().compareTo(NEAR) > 0) {
            reduced = reduced.divide(TWO);
            halvings++;
        }
        MathContext guarded = new MathContext(context.getPrecision() + 10 + (halvings * 3 + 9) / 10, RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; reduced.signum() != 0; n++) {
            term = term.multiply(reduced, guarded).divide(BigDecimal.valueOf(n), guarded);
            if (negligible(term, sum, guarded)) {
                break;
            }
            sum = sum.add(term, guarded);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, guarded);
        }
        return sum.round(context);
    }

    /** True when {@code term} cannot change {@code sum} at this precision. */
    private static boolean negligible(BigDecimal term, BigDecimal sum, MathContext context) {
        return term.signum() == 0
                || term.abs().compareTo(sum.abs().movePointLeft(context.getPrecision() + 2)) < 0;
    }

    /**
     * Powers of one factor for a rising number of days: {@code factor^d} for the days asked, in
     * non-decreasing order. Each power is the previous one times the factor's power for the gap, and the
     * power for each distinct gap is worked out once, so quarterly dates cost one multiplication each.
     * Not thread-safe.
     */
    static final class Powers {

        private final BigDecimal factor;
        private final Map<Integer, BigDecimal> gaps = new HashMap<>();
        private int days;
        private BigDecimal power = BigDecimal.ONE;

        /** Powers of {@code factor}, starting from {@code factor^0 = 1}. */
        Powers(BigDecimal factor) {
            this.factor = factor;
        }

        /**
         * Returns {@code factor^d}.
         *
         * @param d days, at least the days of the last call
         */
        BigDecimal at(int d) {
            if (d < days) {
                throw new IllegalArgumentException("days must not fall: " + d + " after " + days);
            }
            if (d > days) {
                int gap = d - days;
                BigDecimal step = gaps.computeIfAbsent(gap, g -> factor.pow(g, CONTEXT));
                power = power.multiply(step, CONTEXT);
                days = d;
            }
            return power;
        }
    }
}
