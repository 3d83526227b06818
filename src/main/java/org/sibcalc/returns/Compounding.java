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
 * dates the powers are still right to 48 or more significant digits, well beyond the 34 that SPEC §10 asks.
 */
final class Compounding {

    /** Significant digits of every rounded operation. */
    static final int DIGITS = 60;

    /** The rounding of every operation: {@link #DIGITS} digits, half-even. */
    static final MathContext CONTEXT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** The series are summed for arguments this close to their centre. */
    private static final BigDecimal NEAR = new BigDecimal("0.01");

    private Compounding() {
    }

    /**
     * Returns {@code (1 + rate)^(−1/365)}, the factor that discounts an amount by one day.
     *
     * @param rate a rate above −1, not null
     */
    static BigDecimal dailyDiscount(BigDecimal rate) {
        BigDecimal growth = BigDecimal.ONE.add(rate);
        if (growth.signum() <= 0) {
            throw new ArithmeticException("a rate of " + rate.toPlainString() + " is not above -1");
        }
        return exp(ln(growth).divide(DAYS_PER_YEAR, CONTEXT).negate());
    }

    /**
     * Returns the natural logarithm of a positive number. Square roots bring it within 0.01 of 1 (ln x =
     * 2^k ln x^(1/2^k)), where {@code ln z = 2 (y + y³/3 + y⁵/5 + ...)} with {@code y = (z − 1)/(z + 1)}
     * converges fast (|y| < 0.005).
     */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of " + x.toPlainString() + ", which is not positive");
        }
        MathContext guarded = new MathContext(DIGITS + 10, RoundingMode.HALF_EVEN);
        BigDecimal z = x;
        int roots = 0;
        while (z.subtract(BigDecimal.ONE).abs().compareTo(NEAR) > 0) {
            z = z.sqrt(guarded);
            roots++;
        }
        BigDecimal y = z.subtract(BigDecimal.ONE).divide(z.add(BigDecimal.ONE), guarded);
        BigDecimal ySquared = y.multiply(y, guarded);
        BigDecimal sum = y;
        BigDecimal power = y;
        for (int n = 3; y.signum() != 0; n += 2) {
            power = power.multiply(ySquared, guarded);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), guarded);
            if (negligible(term, sum, guarded)) {
                break;
            }
            sum = sum.add(term, guarded);
        }
        return sum.multiply(TWO.pow(roots + 1)).round(CONTEXT);
    }

    /**
     * Returns {@code e^x}. Halvings bring x within 0.01 of 0, where {@code 1 + x + x²/2! + ...} converges
     * fast; squaring gives back the power, each squaring doubling the relative error, which the guard digits
     * absorb.
     */
    static BigDecimal exp(BigDecimal x) {
        int halvings = 0;
        BigDecimal reduced = x;
        while (reduced.abs().compareTo(NEAR) > 0) {
            reduced = reduced.divide(TWO);
            halvings++;
        }
        MathContext guarded = new MathContext(DIGITS + 10 + (halvings * 3 + 9) / 10, RoundingMode.HALF_EVEN);
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
        return sum.round(CONTEXT);
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
