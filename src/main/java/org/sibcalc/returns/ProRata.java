package org.sibcalc.returns;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Sharing a dated amount among the investors pro rata to commitment (SPEC §10, "Allocation"): each share
 * is rounded down to the minor unit, then the minor units left over are given one each to the investors
 * with the largest remainders, ties going to the investor listed first. The shares always add up to the
 * amount.
 *
 * <p>£100.00 among three equal investors: each is due 33.33⅓, rounded down 33.33 with a remainder of ⅓
 * of a penny; one penny is left over and goes to the first: 33.34, 33.33, 33.33.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProRata {

    private final CurrencyUnit currency;
    private final int digits;
    private final long[] weights;
    private final BigInteger[] bigWeights;
    private final long total;
    private final BigInteger bigTotal;
    /** Amounts of up to this many minor units are shared in long arithmetic without overflow. */
    private final long longLimit;

    private ProRata(CurrencyUnit currency, List<MonetaryAmount> weights) {
        this.currency = currency;
        this.digits = Amounts.digits(currency);
        this.weights = new long[weights.size()];
        this.bigWeights = new BigInteger[weights.size()];
        BigInteger sum = BigInteger.ZERO;
        long largest = 1;
        for (int i = 0; i < weights.size(); i++) {
            MonetaryAmount weight = weights.get(i);
            Amounts.positive("weights[" + i + "]", weight);
            Amounts.inCurrency("weights[" + i + "]", weight, currency);
            BigInteger minor = Amounts.scaled(weight).unscaledValue();
            bigWeights[i] = minor;
            sum = sum.add(minor);
            this.weights[i] = minor.bitLength() < 63 ? minor.longValueExact() : Long.MAX_VALUE;
            largest = Math.max(largest, this.weights[i]);
        }
        this.bigTotal = sum;
        this.total = sum.bitLength() < 63 ? sum.longValueExact() : Long.MAX_VALUE;
        this.longLimit = total == Long.MAX_VALUE ? -1 : Long.MAX_VALUE / largest;
    }

    /**
     * Returns the sharing of amounts pro rata to these weights (commitments).
     *
     * @param weights positive amounts in one currency, at least one
     */
    public static ProRata of(List<MonetaryAmount> weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("weights: at least one is needed");
        }
        return new ProRata(weights.get(0).getCurrency(), weights);
    }

    /**
     * Shares an amount pro rata to commitment.
     *
     * @param amount zero or more, in whole minor units of the weights' currency
     * @return one share for each weight, in order, adding up to the amount
     */
    public List<MonetaryAmount> share(MonetaryAmount amount) {
        Amounts.minorUnits("amount", amount);
        Amounts.inCurrency("amount", amount, currency);
        BigInteger[] shares = shareMinor(Amounts.scaled(amount).unscaledValue());
        List<MonetaryAmount> result = new ArrayList<>(shares.length);
        for (BigInteger share : shares) {
            result.add(Amounts.money(new BigDecimal(share, digits), currency));
        }
        return List.copyOf(result);
    }

    /** Shares an amount of this many minor units: one share each, in minor units, adding up to it. */
    BigInteger[] shareMinor(BigInteger minorUnits) {
        if (minorUnits.signum() < 0) {
            throw new IllegalArgumentException("amount: " + minorUnits + " minor units is negative");
        }
        int n = weights.length;
        BigInteger[] shares = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger left = minorUnits;
        if (minorUnits.bitLength() < 63 && minorUnits.longValue() <= longLimit) {
            long amount = minorUnits.longValue();
            for (int i = 0; i < n; i++) {
                long product = amount * weights[i]; // no overflow: amount ≤ Long.MAX_VALUE / largest weight
                shares[i] = BigInteger.valueOf(product / total);
                remainders[i] = BigInteger.valueOf(product % total);
                left = left.subtract(shares[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                BigInteger[] qr = minorUnits.multiply(bigWeights[i]).divideAndRemainder(bigTotal);
                shares[i] = qr[0];
                remainders[i] = qr[1];
                left = left.subtract(shares[i]);
            }
        }
        // Fewer minor units are left over than there are investors: each share lost less than one.
        int leftOver = left.intValueExact();
        if (leftOver > 0) {
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparing((Integer i) -> remainders[i]).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int k = 0; k < leftOver; k++) {
                shares[order[k]] = shares[order[k]].add(BigInteger.ONE);
            }
        }
        return shares;
    }
}
