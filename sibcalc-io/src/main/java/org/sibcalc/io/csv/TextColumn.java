package org.sibcalc.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.IntColumn;

/**
 * A text column of the rows a reader keeps (an episode's type or placement, an SSDA903 code), each distinct
 * text held once. A file has few distinct texts, so a text read before is found in a small hash table of the
 * texts read so far, by its characters, without making a String; a run of rows of one text (an episode's type
 * often is) is kept without a look-up at all.
 *
 * <p>Shared by the readers of this module's formats; not for library users. Not thread-safe.
 */
public final class TextColumn {

    private final int column;
    private final @Nullable String ifBlank;
    private final boolean upperCase;
    private final IntColumn indexOf = new IntColumn(); // kept row → index in texts
    private final List<String> texts = new ArrayList<>(); // the texts of the rows kept, in the order first kept
    private final Map<String, Integer> index = new HashMap<>(); // text → index in texts
    // Every distinct text read, kept or not, in the order first read, and a hash table of them: known index + 1
    // (0 for an empty slot), placed by String.hashCode of the text, which a row's characters give without a String.
    private final List<String> known = new ArrayList<>();
    private int[] keptAs = new int[16]; // known index → index in texts, or -1 until a row of it is kept
    private int[] table = new int[16];
    // Texts of one to three ASCII characters (codes such as LS and PLACE are), found again by the characters
    // packed in an int, without the hash, the table or a comparison: a direct-mapped cache of SHORT slots, each
    // the packed characters (0 for an empty slot) and the text's known index.
    private static final int SHORT = 64;
    private static final int SHORT_SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(SHORT); // a hash's top bits
    private final int[] shortKeys = new int[SHORT];
    private final int[] shortKnown = new int[SHORT];
    private @Nullable String lastRead; // the text the last read gave, and its known index (-1 for ifBlank)
    private int lastKnown = -1;
    private @Nullable String lastAdded;
    private int lastIndex;

    /**
     * A column read from known column {@code column} of each row, trimmed, {@code ifBlank} when blank or
     * absent, and with {@code upperCase} in upper case (ASCII letters, as codes are written).
     *
     * @param column the column's position in the known columns
     * @param ifBlank the text kept when the column is blank or absent
     * @param upperCase true to keep the text in upper case
     */
    public TextColumn(int column, @Nullable String ifBlank, boolean upperCase) {
        this.column = column;
        this.ifBlank = ifBlank;
        this.upperCase = upperCase;
    }

    /**
     * Makes room for about {@code rows} kept rows before the column grows.
     *
     * @param rows about how many rows will be kept
     */
    public void reserve(int rows) {
        indexOf.reserve(rows);
    }

    /**
     * {@return the row's text as this column keeps it, made into a String only when new}
     *
     * @param row the row being read
     */
    public @Nullable String read(CsvRows.Row row) {
        if (row.isBlank(column)) {
            lastRead = ifBlank;
            lastKnown = -1;
            return ifBlank;
        }
        char[] chars = row.chars();
        int from = row.trimmedStart(column);
        int to = row.trimmedEnd(column);
        int key = shortKey(chars, from, to);
        int shortSlot = (key * 0x9E3779B9) >>> SHORT_SHIFT;
        if (key != 0 && shortKeys[shortSlot] == key) {
            int entry = shortKnown[shortSlot];
            lastRead = known.get(entry);
            lastKnown = entry;
            return lastRead;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + (upperCase ? upperCase(chars[i]) : chars[i]);
        }
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            String text = known.get(entry - 1);
            if (text.hashCode() == hash && equals(row, text)) {
                lastRead = text;
                lastKnown = entry - 1;
                remember(key, shortSlot, entry - 1);
                return text;
            }
            slot = (slot + 1) & mask;
        }
        String text = upperCase ? row.getUpperCase(column) : row.get(column);
        known.add(text);
        int added = known.size() - 1;
        table[slot] = added + 1;
        if (added == keptAs.length) {
            keptAs = Arrays.copyOf(keptAs, 2 * added);
        }
        keptAs[added] = -1;
        if (2 * known.size() > table.length) {
            rehash();
        }
        lastRead = text;
        lastKnown = added;
        remember(key, shortSlot, added);
        return text;
    }

    /**
     * The characters {@code chars[from, to)}, as this column keeps them (upper-cased or not), packed in an int
     * with their number: for one to three ASCII characters; 0 for any other text.
     */
    private int shortKey(char[] chars, int from, int to) {
        int length = to - from;
        if (length > 3) {
            return 0;
        }
        int key = length;
        for (int i = from; i < to; i++) {
            char c = upperCase ? upperCase(chars[i]) : chars[i];
            if (c >= 0x80) {
                return 0;
            }
            key = key << 8 | c;
        }
        return key;
    }

    private void remember(int key, int slot, int knownIndex) {
        if (key != 0) {
            shortKeys[slot] = key;
            shortKnown[slot] = knownIndex;
        }
    }

    private void rehash() {
        table = new int[2 * table.length];
        int mask = table.length - 1;
        for (int k = 0; k < known.size(); k++) {
            int slot = spread(known.get(k).hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static char upperCase(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private boolean equals(CsvRows.Row row, String text) {
        return upperCase ? row.equalsTrimmedUpperCase(column, text) : row.equalsTrimmed(column, text);
    }

    /**
     * Keeps the next kept row's text.
     *
     * @param text the text, as {@link #read} gave it for the row
     */
    public void add(@Nullable String text) {
        if (text != lastAdded) { // the same String while a run lasts
            lastAdded = text;
            if (text == lastRead && lastKnown >= 0) {
                int kept = keptAs[lastKnown];
                if (kept < 0) {
                    kept = keep(text);
                    keptAs[lastKnown] = kept;
                }
                lastIndex = kept;
            } else {
                Integer kept = index.get(text); // not computeIfAbsent: its lambda would be made at every change
                lastIndex = kept == null ? keep(text) : kept;
            }
        }
        indexOf.add(lastIndex);
    }

    private int keep(@Nullable String text) {
        Integer kept = index.get(text);
        if (kept == null) {
            texts.add(text);
            kept = texts.size() - 1;
            index.put(text, kept);
        }
        return kept;
    }

    /**
     * {@return the text of kept row {@code row}}
     *
     * @param row the kept row, from 0
     */
    public String get(int row) {
        return texts.get(indexOf.get(row));
    }

    /**
     * {@return the number of kept row {@code row}'s text among the distinct texts ({@link #text(int)})}
     *
     * @param row the kept row, from 0
     */
    public int textIndex(int row) {
        return indexOf.get(row);
    }

    /**
     * {@return distinct text number {@code index}, in order of first appearance}
     *
     * @param index the text's number, from 0 to {@link #textCount()} exclusive
     */
    public String text(int index) {
        return texts.get(index);
    }

    /** {@return each kept row's number among the distinct texts ({@link #textIndex}); not to be changed} */
    public IntColumn textIndexes() {
        return indexOf;
    }

    /** {@return the distinct texts kept, in order of first appearance} */
    public List<String> texts() {
        return Collections.unmodifiableList(texts);
    }

    /** {@return the number of distinct texts kept} */
    public int textCount() {
        return texts.size();
    }
}
