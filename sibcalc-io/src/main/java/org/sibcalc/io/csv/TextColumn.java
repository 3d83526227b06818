package org.sibcalc.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sibcalc.basics.IntColumn;

/**
 * A text column of the rows a reader keeps (an episode's type or placement, an SSDA903 code), each distinct
 * text held once. Rows of one text often follow each other, so a run of them makes one String and one
 * look-up; and as a file has few distinct texts (a placement move is a new row, so placements change from
 * row to row), a text seen before is found by comparing characters, without making a String.
 *
 * <p>Shared by the readers of this module's formats; not for library users. Not thread-safe.
 */
public final class TextColumn {

    private static final int COMPARED = 32; // distinct texts found by comparing; beyond, a String and a look-up

    private final int column;
    private final String ifBlank;
    private final boolean upperCase;
    private final IntColumn indexOf = new IntColumn(); // kept row → index in texts
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private String lastRead;
    private String lastAdded;
    private int lastIndex;

    /**
     * A column read from known column {@code column} of each row, trimmed, {@code ifBlank} when blank or
     * absent, and with {@code upperCase} in upper case (ASCII letters, as codes are written).
     *
     * @param column the column's position in the known columns
     * @param ifBlank the text kept when the column is blank or absent
     * @param upperCase true to keep the text in upper case
     */
    public TextColumn(int column, String ifBlank, boolean upperCase) {
        this.column = column;
        this.ifBlank = ifBlank;
        this.upperCase = upperCase;
    }

    /**
     * {@return the row's text as this column keeps it, made into a String only when new}
     *
     * @param row the row being read
     */
    public String read(CsvRows.Row row) {
        if (row.isBlank(column)) {
            return ifBlank;
        }
        if (lastRead != null && equals(row, lastRead)) {
            return lastRead;
        }
        for (int i = 0, n = Math.min(texts.size(), COMPARED); i < n; i++) {
            if (equals(row, texts.get(i))) {
                lastRead = texts.get(i);
                return lastRead;
            }
        }
        lastRead = upperCase ? row.getUpperCase(column) : row.get(column);
        return lastRead;
    }

    private boolean equals(CsvRows.Row row, String text) {
        return upperCase ? row.equalsTrimmedUpperCase(column, text) : row.equalsTrimmed(column, text);
    }

    /**
     * Keeps the text of the next kept row, one {@link #read} gave.
     *
     * @param text the text, as {@link #read} gave it
     */
    public void add(String text) {
        if (text != lastAdded) { // the same String while a run lasts
            lastAdded = text;
            Integer known = index.get(text); // not computeIfAbsent: its lambda would be made at every change
            if (known == null) {
                texts.add(text);
                known = texts.size() - 1;
                index.put(text, known);
            }
            lastIndex = known;
        }
        indexOf.add(lastIndex);
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

    /** {@return the number of distinct texts kept} */
    public int textCount() {
        return texts.size();
    }
}
