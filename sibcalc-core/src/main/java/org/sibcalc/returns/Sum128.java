package org.sibcalc.returns;

import java.math.BigInteger;

/**
 * An exact sum of products of longs, in 128-bit two's complement: {@code Σ aᵢ × bᵢ} without BigInteger's
 * cost per term. The caller keeps the sum within ±2¹²⁶ (so that no term or partial sum wraps round).
 * Not thread-safe.
 */
final class Sum128 {

    private long high;
    private long low;

    /** Adds {@code a × b}. */
    void addProduct(long a, long b) {
        long productLow = a * b;
        long productHigh = Math.multiplyHigh(a, b);
        long sumLow = low + productLow;
        long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
        high = high + productHigh + carry;
        low = sumLow;
    }

    /** Returns the sum, exact. */
    BigInteger value() {
        return BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
    }
}
