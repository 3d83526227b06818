package org.sibcalc.basics;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A column of exact decimals, each with its scale ({@code 45.0} is not written {@code 45.00}), or no value,
 * stored as an unscaled {@code long} and a scale: a million young people's expected care days cost nine bytes
 * each and no object. A value that does not fit ({@code long} overflow, a scale beyond ±100) is kept as a
 * {@link BigDecimal}. Values are compared exactly, by value, as {@link BigDecimal#compareTo} does, without
 * making an object unless one of them does not fit.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is not.
 */
public final class DecimalColumn {

    private static final byte NONE = Byte.MIN_VALUE; // no value
    private static final byte LARGE = Byte.MIN_VALUE + 1; // in large[]: the unscaled long is its index there
    private static final int MAX_SCALE = 100;
    private static final long[] POWERS = new long[19]; // 10^0 .. 10^18

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final long[] unscaled;
    private final byte[] scale;
    private final BigDecimal[] large;

    private DecimalColumn(long[] unscaled, byte[] scale, BigDecimal[] large) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.large = large;
    }

    /**
     * Returns an empty builder with room for {@code capacity} values before it grows.
     *
     * @param capacity how many values the builder holds before it grows
     * @return an empty builder
     */
    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /**
     * Returns a column of {@code size} zeros (each {@code 0}, of scale 0).
     *
     * @param size how many rows the column has
     * @return the column of zeros
     */
    public static DecimalColumn zeros(int size) {
        return new DecimalColumn(new long[size], new byte[size], new BigDecimal[0]);
    }

    /** {@return how many values (and missing values) the column has} */
    public int size() {
        return unscaled.length;
    }

    /**
     * Returns true when row {@code i} has no value.
     *
     * @param i the row
     * @return true when the row has no value
     */
    public boolean isNull(int i) {
        return scale[i] == NONE;
    }

    /**
     * Returns row {@code i}'s value, or null when it has none; makes the object. Null rather than an
     * {@code Optional}, as the claim checks ask this of every row (docs/api.md).
     *
     * @param i the row
     * @return the row's value, or null
     */
    public @Nullable BigDecimal get(int i) {
        byte s = scale[i];
        return s == NONE ? null : s == LARGE ? large[(int) unscaled[i]] : BigDecimal.valueOf(unscaled[i], s);
    }

    /**
     * Returns row {@code i}'s value in plain notation, as {@link BigDecimal#toPlainString()}, or null.
     *
     * @param i the row
     * @return the row's value in plain notation, or null
     */
    public @Nullable String text(int i) {
        BigDecimal value = get(i);
        return value == null ? null : value.toPlainString();
    }

    /**
     * Compares row {@code i}'s value with a whole number, by value.
     *
     * @param i the row
     * @param value the whole number
     * @return a negative number, zero or a positive number as the row's value is less than, equal to or greater
     *         than {@code value}
     * @throws NullPointerException when the row has no value
     */
    public int compareTo(int i, long value) {
        byte s = scale[i];
        if (s == NONE) {
            throw new NullPointerException("row " + i + " has no value");
        }
        return s == LARGE ? large[(int) unscaled[i]].compareTo(BigDecimal.valueOf(value)) : compare(unscaled[i], s, value, 0);
    }

    /**
     * Compares row {@code i}'s value with row {@code j}'s of {@code other}, by value.
     *
     * @param i the row of this column
     * @param other the other column
     * @param j the row of {@code other}
     * @return a negative number, zero or a positive number as this row's value is less than, equal to or greater
     *         than the other's
     * @throws NullPointerException when either row has no value
     */
    public int compareTo(int i, DecimalColumn other, int j) {
        byte s = scale[i];
        byte t = other.scale[j];
        if (s == NONE || t == NONE) {
            throw new NullPointerException("row " + (s == NONE ? i : j) + " has no value");
        }
        if (s == LARGE || t == LARGE) {
            return get(i).compareTo(other.get(j));
        }
        return compare(unscaled[i], s, other.unscaled[j], t);
    }

    /**
     * Returns true when row {@code i} of this column and row {@code j} of {@code other} are both without a value
     * or have equal values.
     *
     * @param i the row of this column
     * @param other the other column
     * @param j the row of {@code other}
     * @return true when both rows have no value or equal values
     */
    public boolean sameValue(int i, DecimalColumn other, int j) {
        boolean none = isNull(i);
        return none == other.isNull(j) && (none || compareTo(i, other, j) == 0);
    }

    /** Compares {@code a × 10^-s} with {@code b × 10^-t} exactly. */
    static int compare(long a, int s, long b, int t) {
        if (s == t) {
            return Long.compare(a, b);
        }
        if (s > t) {
            return -compare(b, t, a, s);
        }
        // s < t: a is multiplied by 10^(t - s) to be read at b's scale.
        int signA = Long.signum(a);
        int signB = Long.signum(b);
        if (signA != signB) {
            return Integer.compare(signA, signB);
        }
        if (signA == 0) {
            return 0;
        }
        int shift = t - s;
        if (shift < POWERS.length) {
            long p = POWERS[shift];
            long high = Math.multiplyHigh(a, p);
            long low = a * p;
            if (high == (low >> 63)) { // no overflow
                return Long.compare(low, b);
            }
        }
        // a at b's scale is out of a long's range, and b is not: a is the larger in size.
        return signA;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof DecimalColumn other) || other.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (isNull(i) != other.isNull(i) || !isNull(i) && !get(i).equals(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < size(); i++) {
            hash = 31 * hash + (isNull(i) ? 0 : get(i).hashCode());
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < size(); i++) {
            out.append(i == 0 ? "" : ", ").append(text(i));
        }
        return out.append(']').toString();
    }

    /** Collects the values of a column, one row at a time, into arrays that grow as needed. Not thread-safe. */
    public static final class Builder {
        private long[] unscaled;
        private byte[] scale;
        private BigDecimal[] large = new BigDecimal[0];
        private int size;
        private int largeCount;

        private Builder(int capacity) {
            unscaled = new long[Math.max(0, capacity)];
            scale = new byte[unscaled.length];
        }

        /** {@return how many rows have been added} */
        public int size() {
            return size;
        }

        /**
         * Adds {@code unscaled × 10^-scale}, such as (4570, 2) for 45.70.
         *
         * @param unscaled the unscaled value
         * @param scale the scale
         * @return this builder
         */
        public Builder add(long unscaled, int scale) {
            if (scale < -MAX_SCALE || scale > MAX_SCALE) {
                return add(BigDecimal.valueOf(unscaled, scale));
            }
            grow();
            this.unscaled[size] = unscaled;
            this.scale[size++] = (byte) scale;
            return this;
        }

        /**
         * Adds a value, or no value when null.
         *
         * @param value the value, or null
         * @return this builder
         */
        public Builder add(@Nullable BigDecimal value) {
            if (value == null) {
                return addNull();
            }
            if (value.scale() >= -MAX_SCALE && value.scale() <= MAX_SCALE && value.precision() < 19) {
                return add(value.unscaledValue().longValue(), value.scale());
            }
            grow();
            if (largeCount == large.length) {
                large = Arrays.copyOf(large, Math.max(4, 2 * largeCount));
            }
            large[largeCount] = value;
            unscaled[size] = largeCount++;
            scale[size++] = LARGE;
            return this;
        }

        /**
         * Adds a row with no value.
         *
         * @return this builder
         */
        public Builder addNull() {
            grow();
            unscaled[size] = 0;
            scale[size++] = NONE;
            return this;
        }

        /**
         * Returns the column of the rows added; the builder is then done with. A builder that was given room for
         * exactly its rows hands its arrays over, without a copy.
         *
         * @return the column
         * @throws IllegalStateException when the column is already built
         */
        public DecimalColumn build() {
            if (unscaled == null) {
                throw new IllegalStateException("The column is already built");
            }
            DecimalColumn column = new DecimalColumn(size == unscaled.length ? unscaled : Arrays.copyOf(unscaled, size),
                    size == scale.length ? scale : Arrays.copyOf(scale, size), Arrays.copyOf(large, largeCount));
            unscaled = null;
            scale = null;
            return column;
        }

        private void grow() {
            if (size == unscaled.length) {
                int length = size + (size >> 1) + 16;
                unscaled = Arrays.copyOf(unscaled, length);
                scale = Arrays.copyOf(scale, length);
            }
        }
    }
}
