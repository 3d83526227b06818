package org.sibcalc.basics;

import java.util.Arrays;
import java.util.Objects;

/**
 * A growable column of ints, so that millions of rows cost four bytes each and no boxing. Not
 * thread-safe.
 */
public final class IntColumn {

    private int[] values;
    private int size;
    private boolean handedOut; // values is an array toArray returned: it is copied before it is written to

    /** An empty column. */
    public IntColumn() {
        this(16);
    }

    /**
     * An empty column with room for {@code capacity} values before it grows.
     *
     * @param capacity how many values to make room for at first (at least 16 are)
     */
    public IntColumn(int capacity) {
        values = new int[Math.max(16, capacity)];
    }

    /**
     * A column of the first {@code size} values of {@code values}, which it takes as its own: the caller does
     * not use the array again. A column filled in an array of known room is handed over this way, not copied.
     *
     * @param values the array, the column's from now on
     * @param size how many of its values, from the first, are the column's
     * @throws IndexOutOfBoundsException when {@code size} is negative or more than the array's length
     */
    public IntColumn(int[] values, int size) {
        Objects.checkFromIndexSize(0, size, values.length);
        this.values = values;
        this.size = size;
    }

    /**
     * Appends a value.
     *
     * @param value the value to append
     */
    public void add(int value) {
        // Kept this short so that the C1 compiler, which inlines methods of at most 35 bytes of bytecode, inlines
        // it wherever a column is filled row by row (the launcher runs the JVM with C1 alone on most inputs).
        if (size == values.length) {
            grow();
        }
        values[size++] = value;
    }

    /**
     * Makes room for at least {@code capacity} values in all before the column grows again, so that a column
     * whose length is known about is not copied as it grows.
     *
     * @param capacity the values to make room for
     */
    public void reserve(int capacity) {
        if (capacity > values.length) {
            values = Arrays.copyOf(values, capacity);
            handedOut = false;
        }
    }

    /**
     * Appends every value of {@code source}, in order.
     *
     * @param source the values to append; not changed
     */
    public void addAll(int[] source) {
        append(source, source.length);
    }

    /**
     * Appends every value of {@code other}, in order. An empty column given a full one shares its array instead
     * of copying it: from then on neither column writes to that array (each copies it first, as after
     * {@link #toArray}).
     *
     * @param other the values to append; not changed
     */
    public void addAll(IntColumn other) {
        if (size == 0 && other.size == other.values.length) {
            values = other.values;
            size = other.size;
            handedOut = true;
            other.handedOut = true;
            return;
        }
        append(other.values, other.size);
    }

    private void append(int[] source, int n) {
        roomFor(n);
        System.arraycopy(source, 0, values, size, n);
        size += n;
    }

    /**
     * Appends {@code map[v]} for each value {@code v} of {@code numbers}, in order: numbers translated.
     *
     * @param numbers the numbers, each an index in {@code map}; not changed
     * @param map the value of each number
     * @throws IndexOutOfBoundsException when a number is not an index in {@code map} (nothing is appended)
     */
    public void addMapped(IntColumn numbers, int[] map) {
        int n = numbers.size;
        int[] from = numbers.values;
        for (int i = 0; i < n; i++) {
            Objects.checkIndex(from[i], map.length);
        }
        roomFor(n);
        int[] to = values;
        for (int i = 0; i < n; i++) {
            to[size + i] = map[from[i]];
        }
        size += n;
    }

    /** Makes room for {@code n} more values, growing as {@link #add} would at least. */
    private void roomFor(int n) {
        if (n > values.length - size) {
            values = Arrays.copyOf(values, Math.max(Math.addExact(size, n), size + (size >> 1) + 16));
            handedOut = false;
        }
    }

    private void grow() {
        values = Arrays.copyOf(values, size + (size >> 1) + 16);
        handedOut = false;
    }

    /** {@return how many values there are} */
    public int size() {
        return size;
    }

    /**
     * {@return the value at {@code index}}
     *
     * @param index the position, from 0 to {@link #size()} exclusive
     */
    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    /**
     * Replaces the value at {@code index}.
     *
     * @param index the position, from 0 to {@link #size()} exclusive
     * @param value the new value
     */
    public void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (handedOut) {
            values = values.clone();
            handedOut = false;
        }
        values[index] = value;
    }

    /**
     * Returns the column's own array, whose first {@link #size()} entries are the values, for a holder that reads
     * only those and never writes: the column never writes to them again (it copies the array before it next
     * sets one), and a value added later goes past them. No copy is made, however much room the array has.
     *
     * @return the array, its first {@link #size()} entries the values; not to be written to
     */
    public int[] shared() {
        handedOut = true;
        return values;
    }

    /**
     * Returns the values as an array of their number, which the column never writes to again: the column's own
     * array when it is full (as when room was made for exactly the values added), else a copy.
     *
     * @return the values, the caller's to keep
     */
    public int[] toArray() {
        if (size == values.length) {
            handedOut = true; // the next add grows into a new array; set copies first
            return values;
        }
        return Arrays.copyOf(values, size);
    }
}
