package org.sibcalc.data;

import java.util.Arrays;

/**
 * Participant identifiers and their positions, stored compactly: the characters of all ids in one array
 * and an open-addressing hash table of positions, instead of a {@code HashMap<String, Integer>} that costs
 * about a hundred bytes an entry. Five million ids of ten characters take about 150 MB less this way.
 *
 * <p>Mutable while data is being read ({@link #add}); {@link #trimmed} gives the copy a {@link CareData}
 * keeps and never changes again.
 */
final class IdIndex {

    private static final int EMPTY = -1;

    private char[] chars;
    private int[] offsets; // id i is chars[offsets[i], offsets[i + 1])
    private int[] hashes;
    private int size;
    private int[] slots; // position of an id, or EMPTY; length a power of two

    IdIndex() {
        this(new char[256], new int[17], new int[16], 0, emptySlots(32));
    }

    private IdIndex(char[] chars, int[] offsets, int[] hashes, int size, int[] slots) {
        this.chars = chars;
        this.offsets = offsets;
        this.hashes = hashes;
        this.size = size;
        this.slots = slots;
    }

    int size() {
        return size;
    }

    /** Returns the position of the id, or -1 when there is none. */
    int indexOf(String id) {
        return indexOf(id.toCharArray(), 0, id.length());
    }

    /** Returns the position of the id written in {@code id[from, to)}, or -1 when there is none. */
    int indexOf(char[] id, int from, int to) {
        int hash = hash(id, from, to);
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int index = slots[slot];
            if (index == EMPTY) {
                return -1;
            }
            if (hashes[index] == hash && matches(index, id, from, to)) {
                return index;
            }
        }
    }

    /**
     * Adds the id unless it is present, looking it up once.
     *
     * @return the new position, or {@code -1 - position} of the id already present
     */
    int addIfAbsent(String id) {
        return addIfAbsent(id.toCharArray(), 0, id.length());
    }

    /** As {@link #addIfAbsent(String)}, for the id written in {@code id[from, to)}. */
    int addIfAbsent(char[] id, int from, int to) {
        if (2 * (size + 1) > slots.length) {
            rehash(slots.length * 2);
        }
        int hash = hash(id, from, to);
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (int index = slots[slot]; index != EMPTY; index = slots[slot]) {
            if (hashes[index] == hash && matches(index, id, from, to)) {
                return -1 - index;
            }
            slot = (slot + 1) & mask;
        }
        int start = offsets[size];
        int end = start + to - from;
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length + (chars.length >> 1)));
        }
        System.arraycopy(id, from, chars, start, to - from);
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 16);
            hashes = Arrays.copyOf(hashes, offsets.length);
        }
        offsets[size + 1] = end;
        hashes[size] = hash;
        slots[slot] = size;
        return size++;
    }

    /** Returns true when id {@code index} is the one written in {@code id[from, to)}. */
    boolean matches(int index, char[] id, int from, int to) {
        return Arrays.equals(chars, offsets[index], offsets[index + 1], id, from, to);
    }

    String get(int index) {
        return new String(chars, offsets[index], offsets[index + 1] - offsets[index]);
    }

    IdIndex trimmed() {
        return new IdIndex(Arrays.copyOf(chars, offsets[size]), Arrays.copyOf(offsets, size + 1),
                Arrays.copyOf(hashes, size), size, slots.clone());
    }

    private void rehash(int length) {
        slots = emptySlots(length);
        for (int index = 0; index < size; index++) {
            insert(index);
        }
    }

    private void insert(int index) {
        int mask = slots.length - 1;
        int slot = spread(hashes[index]) & mask;
        while (slots[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index;
    }

    /** The same number as {@link String#hashCode()} of the id. */
    private static int hash(char[] id, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + id[i];
        }
        return hash;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9; // Fibonacci hashing: sequential ids must not cluster
        return h ^ (h >>> 16);
    }

    private static int[] emptySlots(int length) {
        int[] slots = new int[length];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
