package org.sibcalc.basics;

import java.util.Arrays;

/**
 * A growable column of ints, so that millions of rows cost four bytes each and no boxing. Not
 * thread-safe.
 */
public final class IntColumn {

    private int[] values = new int[16];
    private int size;

    /** Appends a value. */
    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    /** Returns how many values there are. */
    public int size() {
        return size;
    }

    /** Returns the value at {@code index}. */
    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    /** Returns a copy of the values. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
