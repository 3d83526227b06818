package org.sibcalc.returns;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IRRs of all investors and of each one, with the answers {@link Xirr#of} gives each, worked out
 * together because every investor's flows are nearly a fixed share of the total: the SPV's drawdowns and
 * distributions shared pro rata to commitment. Each rate is found by the bisection of {@link Xirr}; what
 * this class shares is the work of finding the sign of {@code f} at each midpoint.
 *
 * <p>Alone, each bisection works out the powers of every date at each of its 49 rates: for 50 investors
 * and 2,500 quarterly distributions, six million 60-digit multiplications. Instead, with {@code Xᵢ} the
 * total's flow and {@code cfᵢ} an investor's on date i, {@code c} its commitment and {@code C} all of them,
 * <pre>
 *   C × f(r) = c × F(r) + E(r),   F(r) = Σ Xᵢ vᵢ(r),   E(r) = Σ eᵢ vᵢ(r),   eᵢ = C cfᵢ − c Xᵢ,
 * </pre>
 * where {@code vᵢ(r) = (1 + r)^(−dᵢ/365)} and {@code |eᵢ| < C} (a share is within a minor unit of its
 * exact pro rata part). So:
 * <ol>
 *   <li><b>Far from the rate</b> ({@link QuickPoint}): F, Σ|Xᵢ|vᵢ and Σvᵢ are summed once per rate, in
 *       18-digit arithmetic with a bound on its rounding, and shared by all investors. Where
 *       {@code c |F| > max|eᵢ| × Σvᵢ}, the investor's sign is the total's, at no cost of its own; that
 *       decides the midpoints until the interval is narrow, and where it does not, the investor's own
 *       quick sum over the same 18-digit factors may.</li>
 *   <li><b>Near the rate</b> ({@link Expansion}): once the interval [lo, hi] is so narrow that
 *       {@code d_max (hi − lo) / (365 (1 + lo)) ≤ 0.01}, every later midpoint m is close to the centre
 *       c = (lo + hi)/2 and {@code vᵢ(m) = vᵢ(c) e^(dᵢ x)}, {@code x = −ln((1 + m)/(1 + c))/365}. Then
 *       {@code F(m) = Σₖ Tₖ xᵏ/k!} with the total's moments {@code Tₖ = Σ Xᵢ vᵢ(c) dᵢᵏ} (60 digits, k ≤ 7,
 *       shared) and {@code E(m) = Σₖ Nₖ xᵏ/k!} with the investor's {@code Nₖ = Σ eᵢ vᵢ(c) dᵢᵏ} (k ≤ 4,
 *       exact integer sums over 17-digit factors: E is small, so little precision is needed). Each
 *       series' rest is bounded by its next term's bound, {@code 2|x|ᵏ⁺¹/(k+1)! × Σ|…| dᵢᵏ⁺¹} (as
 *       {@code d|x| ≤ 0.005}, {@code e^(d|x|) < 2}).</li>
 *   <li><b>Otherwise</b>: f summed directly at 60 digits, as {@link Xirr#of} does.</li>
 * </ol>
 * A sign is taken from (1) or (2) only when the value is farther from zero than the bound of everything it
 * left out or rounded (which also allows for the 60-digit powers being off by 10⁻⁴⁵). So every midpoint's
 * sign, and so every rate, is the one {@link Xirr#of} finds, to within what its own 60-digit rounding can
 * tell apart; the property tests check that they agree.
 *
 * <p>One search of one SPV's flows; the investors' searches share its caches from two or more threads.
 */
final class IrrSearch {

    /** What the 60-digit powers may be off by, relative to what they multiply; generous. */
    private static final BigDecimal ROUNDING = new BigDecimal("1E-45");
    /** The daily factor and gap powers the quick factors of (1) are rounded from. */
    private static final MathContext GAP = new MathContext(30, RoundingMode.HALF_EVEN);
    /** The arithmetic of the series of (2): 24 digits, allowed for by {@link #SERIES_ROUNDING}. */
    private static final MathContext SERIES = new MathContext(24, RoundingMode.HALF_EVEN);
    /** What 24-digit sums of a few terms may be off by, relative to the terms' size; generous. */
    private static final BigDecimal SERIES_ROUNDING = new BigDecimal("1E-20");
    /** Bounds need no more than a few digits, rounded up. */
    private static final MathContext BOUND = new MathContext(12, RoundingMode.UP);
    /** The Taylor series of (2) is used once the interval spans at most this much of d × x. */
    private static final BigDecimal SPREAD = new BigDecimal("0.01");
    /** The total's series: x⁰ to x⁷, whose rest is below 2 × 0.005⁸/8! < 10⁻²² of the flows' size. */
    private static final int TOTAL_TERMS = 8;
    /** An investor's residual series: x⁰ to x⁴, whose rest is below 2 × 0.005⁵/5! < 10⁻¹³ of the residuals'. */
    private static final int RESIDUAL_TERMS = 5;
    /** The largest factor of an integer row of (2): 17 digits. */
    private static final BigDecimal LARGEST_FACTOR = new BigDecimal("1E17");
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final int[] days;
    private final int lastDay;
    private final long[] total;
    /** Σ |Xᵢ|. */
    private final BigDecimal totalMagnitude;
    /**
     * ε of (1): each quick sum is within ε × its sum of magnitudes × the largest factor, the sum of the factors
     * within n ε × the largest; (4n + 10) × 10⁻¹⁹ is more than the 1.5 n / 2⁶² that {@link QuickPoint} needs.
     */
    private final BigDecimal quickError;
    /** The largest |eᵢ| of any investor, which sizes the integer rows of (2). */
    private long largestResidual;
    private final Map<BigDecimal, QuickPoint> quickPoints = new ConcurrentHashMap<>();
    private final Map<BigDecimal, Point> points = new ConcurrentHashMap<>();
    private final Map<List<BigDecimal>, Expansion> expansions = new ConcurrentHashMap<>();

    private IrrSearch(List<LocalDate> dates, long[] total) {
        days = new int[dates.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = Math.toIntExact(ChronoUnit.DAYS.between(dates.get(0), dates.get(i)));
        }
        lastDay = days.length == 0 ? 0 : days[days.length - 1];
        this.total = total;
        this.totalMagnitude = BigDecimal.valueOf(magnitude(total));
        this.quickError = BigDecimal.valueOf(4L * days.length + 10).movePointLeft(19);
    }

    /**
     * Returns the IRR of all investors together and of each one.
     *
     * @param dates     the dates of the flows, ascending, distinct
     * @param total     on each date the flow of all investors, in minor units: money in negative
     * @param investors each investor's flow on each date, in minor units, adding up to the total
     * @param weights   each investor's commitment, in minor units: the shares of {@link ProRata}
     * @return the rate of all investors, then each investor's in order
     */
    static List<Optional<BigDecimal>> rates(List<LocalDate> dates, long[] total, long[][] investors, long[] weights) {
        IrrSearch search = new IrrSearch(dates, total);
        long totalWeight = 0;
        for (long weight : weights) {
            totalWeight = Math.addExact(totalWeight, weight);
        }
        List<Party> parties = new ArrayList<>();
        parties.add(search.new Party(total, 1, 1));
        for (int i = 0; i < investors.length; i++) {
            parties.add(search.new Party(investors[i], weights[i], totalWeight));
        }
        // The total first: its search visits the rates every investor's search starts with. The investors'
        // searches are then independent (the caches hold only what any of them would work out alike), so
        // they run side by side.
        List<Optional<BigDecimal>> rates = new ArrayList<>(parties.size());
        rates.add(Xirr.search(parties.get(0)));
        rates.addAll(parties.subList(1, parties.size()).parallelStream().map(Xirr::search).toList());
        return rates;
    }

    private static long magnitude(long[] flows) {
        long sum = 0;
        for (long flow : flows) {
            sum = Math.addExact(sum, Math.abs(flow));
        }
        return sum;
    }

    private QuickPoint quickPoint(BigDecimal rate) {
        return quickPoints.computeIfAbsent(rate.stripTrailingZeros(), key -> new QuickPoint(rate));
    }

    private Point point(BigDecimal rate) {
        return points.computeIfAbsent(rate.stripTrailingZeros(), key -> new Point(rate));
    }

    /**
     * True when the interval is narrow enough for the series of (2): {@code (hi − lo)/(1 + lo)} at most 0.01
     * (so that ln(1 + y) converges fast) and {@code d_max} times that over 365 at most 0.01.
     */
    private boolean narrow(BigDecimal low, BigDecimal high) {
        // Exact, without dividing: 1 + lo > 0, so (hi − lo)/(1 + lo) ≤ s is (hi − lo) ≤ s (1 + lo).
        BigDecimal width = high.subtract(low);
        BigDecimal most = SPREAD.multiply(BigDecimal.ONE.add(low));
        return width.compareTo(most) <= 0 && width.multiply(BigDecimal.valueOf(lastDay)).compareTo(most.multiply(DAYS_PER_YEAR)) <= 0;
    }

    /** The discount factors of every date at one rate, at 60 digits: what (3) sums with. */
    private final class Point {
        final BigDecimal[] discount = new BigDecimal[days.length];

        Point(BigDecimal rate) {
            Compounding.Powers powers = new Compounding.Powers(Compounding.dailyDiscount(rate));
            for (int i = 0; i < days.length; i++) {
                discount[i] = powers.at(days[i]);
            }
        }

        /** Σ cfᵢ vᵢ, exact given the factors. */
        int sign(long[] flows) {
            BigDecimal value = BigDecimal.ZERO;
            for (int i = 0; i < flows.length; i++) {
                if (flows[i] != 0) {
                    value = value.add(discount[i].multiply(BigDecimal.valueOf(flows[i])));
                }
            }
            return value.signum();
        }
    }

    /**
     * The sums of (1) at one rate, in fixed point relative to the largest factor: with {@code M = 2⁶²}, the
     * factors are {@code uᵢ ≈ M vᵢ / max v}, longs, and the sums of their products with the flows are exact
     * 128-bit integers ({@link Sum128}). Every comparison (1) makes is between sums of degree one in the
     * factors, so their common scale {@code M / max v} changes no sign.
     *
     * <p>At a rate of 0 or more the factors fall, the largest is the first, {@code u₀ = M}, and
     * {@code uᵢ = round(uᵢ₋₁ gᵢ / M)} with {@code gᵢ = round(M (1 + r)^(−(dᵢ − dᵢ₋₁)/365))}; below 0 they
     * rise, and the same runs from the last date back, {@code uₙ₋₁ = M}, with the gaps' powers of
     * {@code (1 + r)^(1/365)}. Either way every step multiplies by a {@code g ≤ M}. With the factor in units
     * of M, each {@code g} is within {@code ½ + 10⁻²² M} of M times its exact power (the powers are worked out
     * to 30 digits, for gaps of fewer than 10⁷ days), each product is rounded by at most ½, and what the factor
     * before was off by is multiplied by {@code g/M ≤ 1}: the factor i steps from the first one worked out is
     * within {@code 1.5 i} of {@code M vᵢ / max v}. So a sum of n products with flows Yᵢ is within
     * {@code 1.5 n Σ|Yᵢ|}, and the sum of the factors within {@code 1.5 n²}: as {@code 1.5 / M < 3.3 × 10⁻¹⁹},
     * within {@link #quickError} {@code × Σ|Yᵢ| × M} and {@code n ×} {@link #quickError} {@code × M}. (An
     * exact factor of 1 for g, at a rate of 0, is M itself: nothing is rounded.)
     */
    private final class QuickPoint {
        /** F = Σ Xᵢ uᵢ. */
        final BigDecimal totalValue;
        /** Σ |Xᵢ| × max uᵢ: what the rounding of F is measured against. */
        final BigDecimal totalSize;
        /** A bound of the exact Σ vᵢ in the factors' units: Σ uᵢ and what its rounding may hide. */
        final BigDecimal discountSum;
        /** The factors uᵢ, in date order. */
        private final long[] discount;

        QuickPoint(BigDecimal rate) {
            int n = days.length;
            discount = new long[n];
            boolean falling = rate.signum() >= 0;
            BigDecimal discountPerDay = Compounding.dailyDiscount(rate, GAP);
            BigDecimal daily = falling ? discountPerDay : BigDecimal.ONE.divide(discountPerDay, GAP);
            Map<Integer, Long> gaps = new HashMap<>();
            Sum128 value = new Sum128();
            Sum128 sum = new Sum128();
            for (int step = 0; step < n; step++) {
                int i = falling ? step : n - 1 - step;
                long u;
                if (step == 0) {
                    u = FIXED_ONE;
                } else {
                    int gap = falling ? days[i] - days[i - 1] : days[i + 1] - days[i];
                    long g = gaps.computeIfAbsent(gap, k -> fixed(daily.pow(k, GAP)));
                    u = times(discount[falling ? i - 1 : i + 1], g);
                }
                discount[i] = u;
                sum.addProduct(u, 1);
                value.addProduct(u, total[i]);
            }
            BigDecimal largest = BigDecimal.valueOf(FIXED_ONE);
            totalValue = new BigDecimal(value.value());
            totalSize = totalMagnitude.multiply(largest);
            discountSum = new BigDecimal(sum.value()).add(BigDecimal.valueOf(n).multiply(quickError).multiply(largest));
        }

        /** The sign of a party's own Σ cfᵢ uᵢ, or 0 when the factors' rounding could hide it. */
        int sign(long[] flows, BigDecimal magnitude) {
            Sum128 value = new Sum128();
            for (int i = 0; i < flows.length; i++) {
                value.addProduct(discount[i], flows[i]);
            }
            BigDecimal sum = new BigDecimal(value.value());
            return sum.abs().compareTo(magnitude.multiply(BigDecimal.valueOf(FIXED_ONE)).multiply(quickError)) > 0
                    ? sum.signum() : 0;
        }
    }

    /** M = 2⁶², the largest factor of (1) and the unit of the others. */
    private static final long FIXED_ONE = 1L << 62;
    private static final BigDecimal FIXED_ONE_DECIMAL = BigDecimal.valueOf(FIXED_ONE);

    /** round(M × power), a power from 0 to 1. */
    private static long fixed(BigDecimal power) {
        return Math.min(FIXED_ONE, power.multiply(FIXED_ONE_DECIMAL).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    /** round(u × g / M), half up, for u and g from 0 to M: at most M. */
    private static long times(long u, long g) {
        long high = Math.multiplyHigh(u, g);
        long low = u * g;
        return (high << 2 | low >>> 62) + (low >>> 61 & 1);
    }

    /** What (2) needs at the centre of one narrow interval, shared by every investor whose search is in it. */
    private final class Expansion {
        final BigDecimal low;
        final BigDecimal high;
        final BigDecimal centre;
        final BigDecimal onePlusCentre;
        /** Tₖ = Σ Xᵢ vᵢ(c) dᵢᵏ, k < TOTAL_TERMS. */
        final BigDecimal[] totalMoments = new BigDecimal[TOTAL_TERMS];
        /** Σ |Xᵢ| vᵢ(c) and Σ |Xᵢ| vᵢ(c) dᵢ^TOTAL_TERMS, for the bounds. */
        final BigDecimal totalSize;
        final BigDecimal totalNextSize;
        /** Sₖ = Σ vᵢ(c) dᵢᵏ, k ≤ RESIDUAL_TERMS, for the bounds of E. */
        final BigDecimal[] discountMoments = new BigDecimal[RESIDUAL_TERMS + 1];
        /** vᵢ(c) dᵢᵏ × 10^scaleₖ, rounded to integers, k < RESIDUAL_TERMS: the rows of the Nₖ. */
        final long[][] rows = new long[RESIDUAL_TERMS][];
        final int[] scales = new int[RESIDUAL_TERMS];
        private final Map<BigDecimal, Terms> terms = new ConcurrentHashMap<>();

        Expansion(BigDecimal low, BigDecimal high) {
            this.low = low;
            this.high = high;
            this.centre = low.add(high).divide(TWO);
            this.onePlusCentre = BigDecimal.ONE.add(centre);
            BigDecimal[] discount = point(centre).discount;
            int n = days.length;
            BigDecimal[][] weighted = new BigDecimal[TOTAL_TERMS + 1][n];
            // vᵢ(c) dᵢᵏ, each product rounded to 60 digits (not kept exact, 108 digits at k = 8): off by at most
            // 8 × 10⁻⁵⁹ more of itself, within what ROUNDING allows the 60-digit powers.
            for (int i = 0; i < n; i++) {
                BigDecimal day = BigDecimal.valueOf(days[i]);
                weighted[0][i] = discount[i];
                for (int k = 1; k <= TOTAL_TERMS; k++) {
                    weighted[k][i] = weighted[k - 1][i].multiply(day, Compounding.CONTEXT);
                }
            }
            for (int k = 0; k < TOTAL_TERMS; k++) {
                totalMoments[k] = dot(total, weighted[k], false);
            }
            totalSize = dot(total, weighted[0], true);
            totalNextSize = dot(total, weighted[TOTAL_TERMS], true);
            for (int k = 0; k <= RESIDUAL_TERMS; k++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    sum = sum.add(weighted[k][i]);
                }
                discountMoments[k] = sum;
            }
            // Each integer row is scaled so that its largest factor has at most 17 digits and no sum of n of
            // its products with residuals (each below 2^63) can pass 2^126.
            BigDecimal limit = new BigDecimal(BigInteger.ONE.shiftLeft(125))
                    .divide(BigDecimal.valueOf(Math.max(1, n)).multiply(BigDecimal.valueOf(Math.max(1, largestResidual))),
                            0, RoundingMode.FLOOR).min(LARGEST_FACTOR);
            for (int k = 0; k < RESIDUAL_TERMS; k++) {
                BigDecimal largest = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    largest = largest.max(weighted[k][i]);
                }
                int scale = 0;
                if (largest.signum() > 0) {
                    BigDecimal ratio = limit.divide(largest, new MathContext(20, RoundingMode.FLOOR));
                    scale = ratio.precision() - ratio.scale() - 1; // ⌊log10 ratio⌋
                    while (largest.movePointRight(scale).compareTo(limit) > 0) {
                        scale--;
                    }
                }
                scales[k] = scale;
                rows[k] = new long[n];
                for (int i = 0; i < n; i++) {
                    rows[k][i] = weighted[k][i].movePointRight(scale).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                }
            }
        }

        private BigDecimal dot(long[] flows, BigDecimal[] factors, boolean magnitudes) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < flows.length; i++) {
                if (flows[i] != 0) {
                    sum = sum.add(factors[i].multiply(BigDecimal.valueOf(magnitudes ? Math.abs(flows[i]) : flows[i])));
                }
            }
            return sum;
        }

        boolean covers(BigDecimal rateLow, BigDecimal rateHigh) {
            return rateLow.compareTo(low) >= 0 && rateHigh.compareTo(high) <= 0;
        }

        /**
         * x = −ln((1 + m)/(1 + c))/365, from the series of ln(1 + y), y = (m − c)/(1 + c), |y| ≤ 0.005. An error
         * of a unit in x's 24th digit changes e^(d x) by less than 10⁻²⁴ of itself, within the bounds' allowance.
         */
        BigDecimal exponent(BigDecimal rate) {
            BigDecimal y = rate.subtract(centre).divide(onePlusCentre, SERIES);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal power = BigDecimal.ONE;
            for (int n = 1; y.signum() != 0; n++) {
                power = power.multiply(y, SERIES);
                BigDecimal term = power.divide(BigDecimal.valueOf(n), SERIES);
                if (term.abs().compareTo(y.abs().movePointLeft(SERIES.getPrecision() + 2)) < 0) {
                    break;
                }
                sum = n % 2 == 1 ? sum.add(term, SERIES) : sum.subtract(term, SERIES);
            }
            return sum.negate().divide(DAYS_PER_YEAR, SERIES);
        }

        /** What the series at this rate share among the parties. */
        Terms at(BigDecimal rate) {
            return terms.computeIfAbsent(rate.stripTrailingZeros(), key -> new Terms(exponent(rate)));
        }

        /** The factors xᵏ/k! at one rate, the total's series F and the bounds every party's sign needs. */
        final class Terms {
            /** xᵏ/k!, k < TOTAL_TERMS, 24 digits. */
            final BigDecimal[] powers = new BigDecimal[TOTAL_TERMS];
            /** |x|ᵏ/k!, k < RESIDUAL_TERMS, rounded up. */
            final BigDecimal[] sizes = new BigDecimal[RESIDUAL_TERMS];
            /** F(m) = Σ Tₖ xᵏ/k!. */
            final BigDecimal totalValue;
            /**
             * What F(m) may be off by: the rest of its series, the 60-digit factors' rounding and the 24-digit
             * sums' (relative to the size of their terms, at most Σ|X|vᵢ(c) e^(d|x|) < 2 Σ|X|vᵢ(c)).
             */
            final BigDecimal totalBound;
            /** What E's series leaves out, per unit of max|eᵢ|: its rest and its 24-digit sums' rounding. */
            final BigDecimal residualBound;

            Terms(BigDecimal x) {
                BigDecimal term = BigDecimal.ONE;
                BigDecimal size = BigDecimal.ONE;
                for (int k = 0; k < TOTAL_TERMS; k++) {
                    if (k > 0) {
                        term = term.multiply(x, SERIES).divide(BigDecimal.valueOf(k), SERIES);
                        size = size.multiply(x.abs(), BOUND).divide(BigDecimal.valueOf(k), BOUND);
                    }
                    powers[k] = term;
                    if (k < RESIDUAL_TERMS) {
                        sizes[k] = size;
                    }
                }
                totalValue = series(totalMoments, powers);
                totalBound = rest(x, TOTAL_TERMS).multiply(totalNextSize, BOUND)
                        .add(totalSize.multiply(ROUNDING.add(SERIES_ROUNDING), BOUND).multiply(TWO), BOUND);
                residualBound = rest(x, RESIDUAL_TERMS).multiply(discountMoments[RESIDUAL_TERMS], BOUND)
                        .add(discountMoments[0].multiply(SERIES_ROUNDING, BOUND).multiply(TWO), BOUND);
            }
        }

        /** Σₖ momentsₖ × powersₖ, in 24-digit arithmetic. */
        BigDecimal series(BigDecimal[] moments, BigDecimal[] powers) {
            BigDecimal value = BigDecimal.ZERO;
            for (int k = 0; k < moments.length; k++) {
                value = value.add(moments[k].multiply(powers[k], SERIES), SERIES);
            }
            return value;
        }

        /** 2 |x|ᵏ/k!, rounded up: what e^(d x)'s terms from xᵏ on can add, per unit of Σ|…| dᵏ (d|x| ≤ 0.005). */
        BigDecimal rest(BigDecimal x, int k) {
            BigDecimal factorial = BigDecimal.ONE;
            for (int j = 2; j <= k; j++) {
                factorial = factorial.multiply(BigDecimal.valueOf(j));
            }
            return TWO.multiply(x.abs().pow(k, BOUND)).divide(factorial, BOUND);
        }
    }

    /** One party's search: its flows, its residuals, and how it finds its signs. */
    private final class Party implements Xirr.Signs {
        private final long[] flows;
        private final BigDecimal magnitude;
        private final boolean empty;
        /** c, with C: the party's share of the total. */
        private final BigDecimal weight;
        /** eᵢ = C cfᵢ − c Xᵢ, or null when they do not fit in longs (then (1) and (2) are not used). */
        private final long[] residuals;
        private final long largestResidualHere;
        private final BigDecimal residualSize;
        private Expansion expansion;
        private BigDecimal[] residualMoments;
        private BigDecimal[] residualErrors;

        Party(long[] flows, long weight, long totalWeight) {
            this.flows = flows;
            this.magnitude = BigDecimal.valueOf(magnitude(flows));
            this.weight = BigDecimal.valueOf(weight);
            boolean nonZero = false;
            long[] e = new long[flows.length];
            long largest = 0;
            long size = 0;
            try {
                for (int i = 0; i < flows.length; i++) {
                    nonZero |= flows[i] != 0;
                    e[i] = Math.subtractExact(Math.multiplyExact(totalWeight, flows[i]), Math.multiplyExact(weight, total[i]));
                    largest = Math.max(largest, Math.abs(e[i]));
                    size = Math.addExact(size, Math.abs(e[i]));
                }
            } catch (ArithmeticException tooLarge) {
                e = null;
                for (long flow : flows) {
                    nonZero |= flow != 0;
                }
            }
            this.empty = !nonZero;
            this.residuals = e;
            this.largestResidualHere = e == null ? 0 : largest;
            this.residualSize = BigDecimal.valueOf(e == null ? 0 : size);
            largestResidual = Math.max(largestResidual, largestResidualHere);
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }

        @Override
        public int sign(BigDecimal rate, BigDecimal low, BigDecimal high) {
            int sign = 0;
            if (residuals != null && expansion == null && narrow(low, high)) {
                expansion = expansions.computeIfAbsent(List.of(low, high), key -> new Expansion(low, high));
                residualMoments();
            }
            if (expansion != null && expansion.covers(low, high)) {
                sign = seriesSign(rate);
            } else if (expansion == null) {
                sign = quickSign(quickPoint(rate));
            }
            return sign != 0 ? sign : point(rate).sign(flows);
        }

        /** (1): the total's sign when it outweighs the residuals, else the party's own quick sum, or 0. */
        private int quickSign(QuickPoint point) {
            if (residuals != null) {
                // c |F| − c ε Σ|X|v (F's rounding) must beat max|e| × Σv (E's most) with its rounding.
                BigDecimal decided = weight.multiply(point.totalValue.abs().subtract(point.totalSize.multiply(quickError)));
                BigDecimal bound = BigDecimal.valueOf(largestResidualHere).multiply(point.discountSum)
                        .multiply(BigDecimal.ONE.add(quickError));
                if (decided.compareTo(bound) > 0) {
                    return point.totalValue.signum();
                }
            }
            return point.sign(flows, magnitude);
        }

        /** Nₖ = Σ eᵢ vᵢ(c) dᵢᵏ from the integer rows, and what their rounding may be off by. */
        private void residualMoments() {
            residualMoments = new BigDecimal[RESIDUAL_TERMS];
            residualErrors = new BigDecimal[RESIDUAL_TERMS];
            for (int k = 0; k < RESIDUAL_TERMS; k++) {
                Sum128 sum = new Sum128();
                long[] row = expansion.rows[k];
                for (int i = 0; i < residuals.length; i++) {
                    sum.addProduct(residuals[i], row[i]);
                }
                residualMoments[k] = new BigDecimal(sum.value(), expansion.scales[k]);
                // Each factor is within half a unit of its row's scale, each vᵢ(c) within ROUNDING of itself.
                residualErrors[k] = residualSize.multiply(new BigDecimal(BigInteger.ONE, expansion.scales[k]))
                        .divide(TWO).add(BigDecimal.valueOf(largestResidualHere)
                                .multiply(expansion.discountMoments[k]).multiply(ROUNDING));
            }
        }

        /** (2): the sign of C f(m) = c F(m) + E(m) from the series, or 0 when the bounds cannot tell. */
        private int seriesSign(BigDecimal rate) {
            Expansion.Terms terms = expansion.at(rate);
            BigDecimal value = weight.multiply(terms.totalValue);
            BigDecimal bound = weight.multiply(terms.totalBound, BOUND);
            if (largestResidualHere != 0) {
                value = value.add(expansion.series(residualMoments, terms.powers), SERIES);
                bound = bound.add(terms.residualBound.multiply(BigDecimal.valueOf(largestResidualHere), BOUND), BOUND);
                for (int k = 0; k < RESIDUAL_TERMS; k++) {
                    bound = bound.add(residualErrors[k].multiply(terms.sizes[k], BOUND), BOUND);
                }
            }
            // c × F + E itself: one more 24-digit rounding.
            bound = bound.add(value.abs().movePointLeft(SERIES.getPrecision() - 1), BOUND);
            return value.abs().compareTo(bound) > 0 ? value.signum() : 0;
        }
    }
}
