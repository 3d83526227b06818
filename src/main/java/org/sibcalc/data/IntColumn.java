package org.sibcalc.data;

import java.util.Arrays;

/** A growable column of ints, so that millions of rows cost four bytes each and no boxing. */
final class IntColumn {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
