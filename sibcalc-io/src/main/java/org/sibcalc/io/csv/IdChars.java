package org.sibcalc.io.csv;

import java.util.Arrays;
import org.sibcalc.basics.IntColumn;

/**
 * The ids a reader keeps, one after another in one array of characters, each by its number: no String for
 * each. Room is made once for about as many ids as a file will give ({@link #reserveFor}), so that the array
 * is not copied again and again as it grows.
 *
 * <p>Shared by the readers of this module's formats; not for library users. One thread fills it; it may be
 * handed to another once filled.
 */
public final class IdChars {

    private char[] chars = new char[1024];
    private final IntColumn ends = new IntColumn(); // id n is chars[n == 0 ? 0 : ends[n - 1], ends[n])

    /**
     * Keeps the id {@code from[start, end)} as the next id.
     *
     * @param from the characters holding the id
     * @param start where the id starts in {@code from}
     * @param end where the id ends in {@code from} (exclusive)
     * @return the id's number
     */
    public int add(char[] from, int start, int end) {
        int length = end - start;
        int at = charCount();
        if (at + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(at + length, 2 * chars.length));
        }
        System.arraycopy(from, start, chars, at, length);
        ends.add(at + length);
        return ends.size() - 1;
    }

    /**
     * {@return true when there is an id and the last is {@code from[start, end)}}
     *
     * @param from the characters holding the id
     * @param start where the id starts in {@code from}
     * @param end where the id ends in {@code from} (exclusive)
     */
    public boolean isLast(char[] from, int start, int end) {
        int n = ends.size() - 1;
        if (n < 0) {
            return false;
        }
        int idStart = start(n);
        if (ends.get(n) - idStart != end - start) {
            return false;
        }
        // A loop, not Arrays.equals: ids are a few characters, and its vectorised compare costs more to call.
        for (int i = 0; i < end - start; i++) {
            if (chars[idStart + i] != from[start + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes room for the ids of about {@code rows} rows in all, at as many ids to a row and characters to an id
     * as the {@code rowsSoFar} rows kept so far have given.
     *
     * @param rows about how many rows the file has
     * @param rowsSoFar the rows kept so far, more than 0
     */
    public void reserveFor(int rows, int rowsSoFar) {
        ends.reserve((int) Math.min(Integer.MAX_VALUE - 8, (long) rows * ends.size() / rowsSoFar + 1));
        long charsNeeded = (long) rows * charCount() / rowsSoFar + 1;
        if (charsNeeded > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, charsNeeded));
        }
    }

    private int charCount() {
        return ends.size() == 0 ? 0 : ends.get(ends.size() - 1);
    }

    /** {@return the number of ids kept} */
    public int size() {
        return ends.size();
    }

    /** {@return the characters of every id; id {@code id} is {@code [start(id), end(id))}; not to be changed} */
    public char[] chars() {
        return chars;
    }

    /**
     * {@return where id {@code id} starts in {@link #chars()}}
     *
     * @param id the id's number, from 0 to {@link #size()} exclusive
     */
    public int start(int id) {
        return id == 0 ? 0 : ends.get(id - 1);
    }

    /**
     * {@return where id {@code id} ends in {@link #chars()}}
     *
     * @param id the id's number, from 0 to {@link #size()} exclusive
     */
    public int end(int id) {
        return ends.get(id);
    }

    /**
     * {@return id {@code id} as a String}
     *
     * @param id the id's number, from 0 to {@link #size()} exclusive
     */
    public String get(int id) {
        int start = start(id);
        return new String(chars, start, end(id) - start);
    }
}
