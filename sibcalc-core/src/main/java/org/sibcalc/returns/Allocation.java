package org.sibcalc.returns;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An amount shared among the investors: one share for each investor, in the order of the terms, in whole
 * minor units of the currency ({@link ProRata} makes them). The shares add up to the amount.
 *
 * <p>The shares are kept as minor units and turned into money when asked for, so that fifty investors and
 * thousands of distributions stay cheap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allocation {

    private final CurrencyUnit currency;
    private final long[] minorUnits;

    private Allocation(CurrencyUnit currency, long[] minorUnits) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.minorUnits = minorUnits;
    }

    /**
     * Returns the shares, given in minor units (pence for GBP), one per investor.
     *
     * @param currency the currency of the shares, not null
     * @param minorUnits each investor's share in minor units, in the order of the investors
     * @return the allocation, with a copy of the shares
     */
    public static Allocation ofMinorUnits(CurrencyUnit currency, long... minorUnits) {
        return new Allocation(currency, minorUnits.clone());
    }

    /** Shares already copied or made here: not copied again. */
    static Allocation wrap(CurrencyUnit currency, long[] minorUnits) {
        return new Allocation(currency, minorUnits);
    }

    /** {@return the currency of the shares, never null} */
    public CurrencyUnit currency() {
        return currency;
    }

    /** {@return the number of shares: one per investor} */
    public int size() {
        return minorUnits.length;
    }

    /**
     * {@return the share of the investor at this position of the terms, in minor units}
     *
     * @param investor the investor's position in the terms, from 0 to {@link #size()} exclusive
     */
    public long minorUnits(int investor) {
        return minorUnits[investor];
    }

    /**
     * {@return the share of the investor at this position of the terms, never null}
     *
     * @param investor the investor's position in the terms, from 0 to {@link #size()} exclusive
     */
    public MonetaryAmount get(int investor) {
        return Amounts.money(BigDecimal.valueOf(minorUnits[investor], Amounts.digits(currency)), currency);
    }

    /** {@return every share as money, in the order of the investors (made as they are read)} */
    public List<MonetaryAmount> amounts() {
        return new Shares();
    }

    /** {@return the sum of the shares: the amount shared} */
    public MonetaryAmount total() {
        long sum = 0;
        for (long share : minorUnits) {
            sum = Math.addExact(sum, share);
        }
        return Amounts.money(BigDecimal.valueOf(sum, Amounts.digits(currency)), currency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Allocation that && currency.equals(that.currency)
                && Arrays.equals(minorUnits, that.minorUnits);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + Arrays.hashCode(minorUnits);
    }

    /** Returns the shares as {@code GBP [33.34, 33.33, 33.33]}. */
    @Override
    public String toString() {
        int digits = Amounts.digits(currency);
        StringBuilder text = new StringBuilder(currency.getCurrencyCode()).append(" [");
        for (int i = 0; i < minorUnits.length; i++) {
            text.append(i == 0 ? "" : ", ").append(BigDecimal.valueOf(minorUnits[i], digits).toPlainString());
        }
        return text.append(']').toString();
    }

    private final class Shares extends AbstractList<MonetaryAmount> implements RandomAccess {
        @Override
        public MonetaryAmount get(int index) {
            return Allocation.this.get(index);
        }

        @Override
        public int size() {
            return minorUnits.length;
        }
    }
}
