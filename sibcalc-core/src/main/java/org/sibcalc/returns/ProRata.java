package org.sibcalc.returns;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Sharing a dated amount among the investors pro rata to commitment (the README, "Investors' returns"): each share
 * is rounded down to the minor unit, then the minor units left over are given one each to the investors
 * with the largest remainders, ties going to the investor listed first. The shares always add up to the
 * amount.
 *
 * <p>£100.00 among three equal investors: each is due 33.33⅓, rounded down 33.33 with a remainder of ⅓
 * of a penny; one penny is left over and goes to the first: 33.34, 33.33, 33.33.
 *
 * <p>Amounts are in minor units, exact: in long arithmetic while {@code amount × commitment} fits, in
 * BigInteger beyond.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProRata {

    private final CurrencyUnit currency;
    private final long[] weights;
    private final long total;
    /** Amounts up to this many minor units are shared in long arithmetic without overflow. */
    private final long longLimit;

    private ProRata(CurrencyUnit currency, long[] weights) {
        this.currency = currency;
        this.weights = weights;
        long sum = 0;
        long largest = 1;
        for (long weight : weights) {
            sum = Math.addExact(sum, weight);
            largest = Math.max(largest, weight);
        }
        this.total = sum;
        this.longLimit = Long.MAX_VALUE / largest;
    }

    /**
     * Returns the sharing of amounts pro rata to these weights (the commitments).
     *
     * @param weights positive amounts in one currency, in whole minor units, at least one
     * @return the sharing
     */
    public static ProRata of(List<MonetaryAmount> weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights: at least one is needed");
        }
        CurrencyUnit currency = weights.get(0).getCurrency();
        long[] minor = new long[weights.size()];
        for (int i = 0; i < minor.length; i++) {
            MonetaryAmount weight = weights.get(i);
            Amounts.positive("weights[" + i + "]", weight);
            Amounts.inCurrency("weights[" + i + "]", weight, currency);
            minor[i] = Amounts.minor(weight);
        }
        return new ProRata(currency, minor);
    }

    /** Returns the weights in minor units, in order (a copy). */
    long[] weights() {
        return weights.clone();
    }

    /** Returns the sum of the weights in minor units. */
    long totalWeight() {
        return total;
    }

    /**
     * Shares an amount pro rata to the weights.
     *
     * @param amount zero or more, in whole minor units of the weights' currency
     * @return one share for each weight, in order, adding up to the amount
     */
    public Allocation share(MonetaryAmount amount) {
        Amounts.minorUnits("amount", amount);
        Amounts.inCurrency("amount", amount, currency);
        return Allocation.wrap(currency, shareMinor(Amounts.minor(amount)));
    }

    /** Shares an amount of this many minor units: one share each, in minor units, adding up to it. */
    long[] shareMinor(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount: " + amount + " minor units is negative");
        }
        int n = weights.length;
        long[] shares = new long[n];
        long[] remainders = new long[n];
        long left = amount;
        if (amount <= longLimit) {
            for (int i = 0; i < n; i++) {
                long product = amount * weights[i]; // no overflow: amount ≤ Long.MAX_VALUE / the largest weight
                shares[i] = product / total;
                remainders[i] = product % total;
                left -= shares[i];
            }
        } else {
            BigInteger big = BigInteger.valueOf(amount);
            BigInteger bigTotal = BigInteger.valueOf(total);
            for (int i = 0; i < n; i++) {
                BigInteger[] qr = big.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(bigTotal);
                shares[i] = qr[0].longValueExact(); // at most the amount
                remainders[i] = qr[1].longValueExact(); // below the total
                left -= shares[i];
            }
        }
        // Each share lost less than one minor unit, so fewer are left over than there are investors. They go
        // one each to the largest remainders, the first investor winning a tie: to the first ones in the order
        // of remainder (largest first), then place. A stable insertion sort of the places gives that order in
        // one pass (n is small), where taking the largest remainder left for each unit took n × left steps.
        if (left > 0) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                int j = i;
                while (j > 0 && remainders[order[j - 1]] < remainders[i]) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            for (int k = 0; k < left; k++) {
                shares[order[k]]++;
            }
        }
        return shares;
    }
}
