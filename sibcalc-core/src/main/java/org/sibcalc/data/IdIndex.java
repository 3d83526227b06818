package org.sibcalc.data;

import java.util.Arrays;

/**
 * Participant identifiers and their positions, stored compactly: the characters of all ids in one array
 * and an open-addressing hash table of positions, instead of a {@code HashMap<String, Integer>} that costs
 * about a hundred bytes an entry. Five million ids of ten characters take about 150 MB less this way.
 *
 * <p>Mutable while data is being read ({@link #add}); {@link #snapshot} gives the copy a {@link CareData}
 * keeps and never changes again.
 */
final class IdIndex {

    private static final long EMPTY = 0;

    private char[] chars;
    private int[] offsets; // id i is chars[offsets[i], offsets[i + 1])
    private int size;
    private final int expected;
    // While every id added sorts after the one before (files are often sorted by id), there is no table:
    // a duplicate can only be the last id, and a search is a binary search. The first id out of order
    // builds the table from the ids so far.
    private boolean sorted = true;
    // The table: (hash << 32) | (position + 1) of each id, or EMPTY; length a power of two, at most half full.
    // Keeping the hash here means a probe reads one array. A snapshot shares it until this one next adds.
    private long[] slots;
    private boolean slotsShared;
    private int slotted; // ids in the table
    // With the table, ids written as plain numbers (digits without a leading zero, at most 18) are kept apart
    // while their values fall in a range at most a few times the number of ids: position + 1 of value v at
    // dense[v - denseFrom], 0 for none. Such ids are often numbered in sequence, and a file sorted by id then
    // looks them up walking through a small array instead of probing a large table at random. The first
    // value too far out gives the dense range up: every id is then in the table.
    private int[] dense;
    // Of this index while it adds (null in a snapshot, which never adds): bit v - denseFrom is set when dense holds value v. An
    // add asks it whether an id is new: a thirty-second of dense's size, it stays in the processor's cache where
    // dense does not, and a file in no order then costs no wait for memory at each id (dense is only written).
    private long[] present;
    private long denseFrom;
    private boolean denseShared;

    IdIndex() {
        this(0);
    }

    /** An empty index with room for {@code expected} ids of about ten characters before it grows. */
    IdIndex(int expected) {
        this(new char[Math.max(256, 10 * expected)], new int[Math.max(16, expected) + 1], 0, expected, true, null, 0,
                null, 0);
    }

    private IdIndex(char[] chars, int[] offsets, int size, int expected, boolean sorted, long[] slots, int slotted,
            int[] dense, long denseFrom) {
        this.chars = chars;
        this.offsets = offsets;
        this.size = size;
        this.expected = expected;
        this.sorted = sorted;
        this.slots = slots;
        this.slotsShared = slots != null;
        this.slotted = slotted;
        this.dense = dense;
        this.denseFrom = denseFrom;
        this.denseShared = dense != null;
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
        return indexOf(id, from, to, 0);
    }

    /**
     * As {@link #indexOf(char[], int, int)}, with a hint for ids looked up in order: the id is expected
     * not to be before position {@code hint} (a wrong hint costs time, never a wrong answer).
     */
    int indexOf(char[] id, int from, int to, int hint) {
        if (sorted) {
            return search(id, from, to, hint);
        }
        if (dense != null) {
            long value = number(id, from, to);
            if (value >= 0) {
                long at = value - denseFrom;
                return at >= 0 && at < dense.length ? dense[(int) at] - 1 : -1;
            }
        }
        if (slots == null) {
            return -1;
        }
        int hash = hash(id, from, to);
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == EMPTY) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash && matches(position(entry), id, from, to)) {
                return position(entry);
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
        if (sorted) {
            int order = size == 0 ? -1 : compare(size - 1, id, from, to);
            if (order < 0) {
                return append(id, from, to);
            }
            if (order == 0) {
                return -1 - (size - 1);
            }
            buildTable();
        }
        if (dense != null) {
            long value = number(id, from, to);
            if (value >= 0 && denseCovers(value)) {
                int at = (int) (value - denseFrom);
                if ((present[at >>> 6] & 1L << at) != 0) {
                    return -dense[at];
                }
                if (denseShared) {
                    dense = dense.clone();
                    denseShared = false;
                }
                setDense(at, size);
                return append(id, from, to);
            }
            if (value >= 0) {
                dropDense(); // too far out: from now on every id is in the table
            }
        }
        if (slots == null) {
            slots = new long[tableLength(Math.max(16, dense == null ? Math.max(expected, size + 1) : 16))];
            slotsShared = false;
        } else if (2 * (slotted + 1) > slots.length) {
            rehash(tableLength(slotted + 1));
        } else if (slotsShared) {
            slots = slots.clone();
            slotsShared = false;
        }
        int hash = hash(id, from, to);
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (long entry = slots[slot]; entry != EMPTY; entry = slots[slot]) {
            if ((int) (entry >>> 32) == hash && matches(position(entry), id, from, to)) {
                return -1 - position(entry);
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry(hash, size);
        slotted++;
        return append(id, from, to);
    }

    /**
     * The value of an id written as a plain number, digits without a leading zero ("0" itself is one), at
     * most 18 of them; -1 for any other id. Two ids are the same exactly when their values are.
     */
    private static long number(char[] id, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 18 || id[from] == '0' && length > 1) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = id[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = 10 * value + digit;
        }
        return value;
    }

    /**
     * Makes the dense range cover {@code value}, growing it, unless it would then be longer than
     * {@link #denseLimit}: returns whether it covers it.
     */
    private boolean denseCovers(long value) {
        long at = value - denseFrom;
        if (at >= 0 && at < dense.length) {
            return true;
        }
        if (dense.length == 0) { // the first number
            dense = new int[16];
            present = new long[1];
            denseShared = false;
            denseFrom = value;
            return true;
        }
        long limit = denseLimit();
        long low = Math.min(denseFrom, value);
        long high = Math.max(denseFrom + dense.length, value + 1); // exclusive
        if (high - low > limit) {
            return false;
        }
        // Grown at least by half, on the side the value is, so that values spreading out cost few copies.
        long length = Math.min(limit, Math.max(high - low, dense.length + (dense.length >> 1)));
        long newFrom = value < denseFrom ? Math.max(0, high - length) : denseFrom;
        length = Math.max(length, high - newFrom);
        int[] grown = new int[(int) length];
        System.arraycopy(dense, 0, grown, (int) (denseFrom - newFrom), dense.length);
        dense = grown;
        present = presence(grown);
        denseShared = false;
        denseFrom = newFrom;
        return true;
    }

    /** {@return the bits of {@link #present} for {@code dense}} */
    private static long[] presence(int[] dense) {
        long[] bits = new long[(dense.length + 63) >>> 6];
        for (int at = 0; at < dense.length; at++) {
            if (dense[at] != 0) {
                bits[at >>> 6] |= 1L << at;
            }
        }
        return bits;
    }

    /** Puts {@code position} at {@code dense[at]}, which is free. */
    private void setDense(int at, int position) {
        dense[at] = position + 1;
        present[at >>> 6] |= 1L << at;
    }

    /** The longest dense range: four slots an id expected or added, as many bytes as the table would take. */
    private long denseLimit() {
        return 4L * Math.max(expected, size + 1) + 1024;
    }

    /** Gives the dense range up: its ids go into the table. */
    private void dropDense() {
        int[] old = dense;
        dense = null;
        present = null;
        denseShared = false;
        int length = tableLength(Math.max(expected, size + 1));
        if (slots == null || slots.length < length) {
            rehash(length);
        }
        if (slotsShared) {
            slots = slots.clone();
            slotsShared = false;
        }
        int mask = slots.length - 1;
        for (int at = 0; at < old.length; at++) {
            if (old[at] != 0) {
                int index = old[at] - 1;
                insert(entry(hash(chars, offsets[index], offsets[index + 1]), index), mask);
                slotted++;
            }
        }
    }

    /** Returns true when id {@code index} is the one written in {@code id[from, to)}. */
    boolean matches(int index, char[] id, int from, int to) {
        return Arrays.equals(chars, offsets[index], offsets[index + 1], id, from, to);
    }

    /** Returns true when id {@code index} here is id {@code j} of {@code other}. */
    boolean matches(int index, IdIndex other, int j) {
        return Arrays.equals(chars, offsets[index], offsets[index + 1], other.chars, other.offsets[j], other.offsets[j + 1]);
    }

    /** Returns the position here of id {@code j} of {@code other}, or -1; {@code hint} as for {@link #indexOf(char[], int, int, int)}. */
    int indexOf(IdIndex other, int j, int hint) {
        return indexOf(other.chars, other.offsets[j], other.offsets[j + 1], hint);
    }

    String get(int index) {
        return new String(chars, offsets[index], offsets[index + 1] - offsets[index]);
    }

    /**
     * Returns a copy that is never changed: it shares the table, if any, until this index next adds an id, and
     * the ids' characters and offsets for good. An id added later is written after the copy's last (append),
     * where the copy never reads, and nothing written before is written again.
     */
    IdIndex snapshot() {
        slotsShared = slots != null;
        denseShared = dense != null;
        return new IdIndex(chars, offsets, size, expected, sorted, slots, slotted, dense, denseFrom);
    }

    private int append(char[] id, int from, int to) {
        int start = offsets[size];
        int end = start + to - from;
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length + (chars.length >> 1)));
        }
        System.arraycopy(id, from, chars, start, to - from);
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 16);
        }
        offsets[size + 1] = end;
        return size++;
    }

    /** How id {@code index} sorts against {@code id[from, to)}, as {@link String#compareTo} would say. */
    private int compare(int index, char[] id, int from, int to) {
        return Arrays.compare(chars, offsets[index], offsets[index + 1], id, from, to);
    }

    /** A binary search of the sorted ids; with a hint, first a galloping search forward from it. */
    private int search(char[] id, int from, int to, int hint) {
        int lo = 0;
        int hi = size; // the id, if here, is in [lo, hi)
        if (hint > 0 && hint < size && compare(hint - 1, id, from, to) < 0) {
            lo = hint;
            int step = 1;
            while (lo + step < size && compare(lo + step - 1, id, from, to) < 0) {
                lo += step;
                step <<= 1;
            }
            hi = Math.min(size, lo + step);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int order = compare(mid, id, from, to);
            if (order < 0) {
                lo = mid + 1;
            } else if (order > 0) {
                hi = mid;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** An id came out of order: from now on ids are found through the table. */
    private void buildTable() {
        sorted = false;
        dense = new int[0];
        present = new long[0];
        for (int index = 0; index < size; index++) {
            int from = offsets[index];
            int to = offsets[index + 1];
            long value = number(chars, from, to);
            if (dense != null && value >= 0) {
                if (denseCovers(value)) {
                    setDense((int) (value - denseFrom), index);
                    continue;
                }
                dropDense();
            }
            if (slots == null) {
                slots = new long[tableLength(Math.max(16, dense == null ? Math.max(expected, size + 1) : 16))];
            } else if (2 * (slotted + 1) > slots.length) {
                rehash(tableLength(slotted + 1));
            }
            insert(entry(hash(chars, from, to), index), slots.length - 1);
            slotted++;
        }
    }

    private void rehash(int length) {
        long[] old = slots;
        slots = new long[length];
        slotsShared = false;
        if (old != null) {
            for (long entry : old) {
                if (entry != EMPTY) {
                    insert(entry, length - 1);
                }
            }
        }
    }

    private void insert(long entry, int mask) {
        int slot = spread((int) (entry >>> 32)) & mask;
        while (slots[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
    }

    /** The smallest power of two at least twice {@code ids}: a table at most half full. */
    private static int tableLength(int ids) {
        return Integer.highestOneBit(Math.max(16, 2 * ids - 1)) << 1;
    }

    private static long entry(int hash, int position) {
        return (long) hash << 32 | (position + 1L);
    }

    private static int position(long entry) {
        return (int) entry - 1;
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
}
