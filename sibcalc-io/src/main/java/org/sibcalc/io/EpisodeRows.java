package org.sibcalc.io;

import java.util.Arrays;
import org.sibcalc.basics.IntColumn;

/**
 * The valid episode rows of one episodes file, kept compactly (line, id, days, type and placement) until
 * they are matched to the participants: the rows of sibcalc's own episodes CSV and of an SSDA903 Episodes
 * table alike. Ids are kept once per run of rows of one young person, so a file listing each child's
 * episodes together keeps each id once.
 *
 * <p>Shared by the readers of this module's formats; not for library users. One thread fills it; it may be
 * handed to another once filled.
 */
public final class EpisodeRows {

    private final String name;
    private final ValidationReport report;
    private final IntColumn lines = new IntColumn();
    private final IntColumn idOf = new IntColumn(); // row → id number: rows of one child in a run share one
    private final IntColumn starts = new IntColumn();
    private final IntColumn ends = new IntColumn(); // epoch day, or CareData.OPEN
    private final TextColumn types;
    private final TextColumn placements;
    private char[] idChars = new char[1024];
    private final IntColumn idEnds = new IntColumn(); // id n is idChars[n == 0 ? 0 : idEnds[n - 1], idEnds[n])

    /**
     * No rows yet of the file named {@code name} in messages, whose problems go to {@code report}; types and
     * placements are read and kept by the given columns.
     */
    public EpisodeRows(String name, ValidationReport report, TextColumn types, TextColumn placements) {
        this.name = name;
        this.report = report;
        this.types = types;
        this.placements = placements;
    }

    /** Returns the row's type as it is to be kept (see {@link TextColumn#read}). */
    public String readType(CsvRows.Row row) {
        return types.read(row);
    }

    /** Returns the row's placement as it is to be kept (see {@link TextColumn#read}). */
    public String readPlacement(CsvRows.Row row) {
        return placements.read(row);
    }

    /**
     * Keeps a valid row: the id is {@code chars[from, to)}, the days are epoch days (the end
     * {@link org.sibcalc.data.CareData#OPEN} for an open episode), the type and placement as read.
     *
     * @return the row's position among the kept rows
     */
    public int add(int line, char[] chars, int from, int to, int start, int end, String type, String placement) {
        int ids = idEnds.size();
        if (ids == 0 || !sameAsLastId(chars, from, to)) {
            int idStart = ids == 0 ? 0 : idEnds.get(ids - 1);
            if (idStart + to - from > idChars.length) {
                idChars = Arrays.copyOf(idChars, Math.max(idStart + to - from, 2 * idChars.length));
            }
            System.arraycopy(chars, from, idChars, idStart, to - from);
            idEnds.add(idStart + to - from);
            ids++;
        }
        lines.add(line);
        idOf.add(ids - 1);
        starts.add(start);
        ends.add(end);
        types.add(type);
        placements.add(placement);
        return lines.size() - 1;
    }

    private boolean sameAsLastId(char[] chars, int from, int to) {
        int n = idEnds.size() - 1;
        int idStart = n == 0 ? 0 : idEnds.get(n - 1);
        return Arrays.equals(idChars, idStart, idEnds.get(n), chars, from, to);
    }

    /** The file's name in messages. */
    public String name() {
        return name;
    }

    /** The file's problems so far; matching adds to them. */
    public ValidationReport report() {
        return report;
    }

    /** The number of valid rows kept. */
    public int size() {
        return lines.size();
    }

    /** The number of distinct ids in a run of rows; kept row {@code i} has id {@link #idOf(int)}. */
    public int idCount() {
        return idEnds.size();
    }

    /** The id number of kept row {@code i}. */
    public int idOf(int i) {
        return idOf.get(i);
    }

    /** The characters of every id; id {@code id} is {@code [idStart(id), idEnd(id))}. */
    public char[] idChars() {
        return idChars;
    }

    /** Where id {@code id} starts in {@link #idChars()}. */
    public int idStart(int id) {
        return id == 0 ? 0 : idEnds.get(id - 1);
    }

    /** Where id {@code id} ends in {@link #idChars()}. */
    public int idEnd(int id) {
        return idEnds.get(id);
    }

    /** Id {@code id} as a String. */
    public String id(int id) {
        return new String(idChars, idStart(id), idEnd(id) - idStart(id));
    }

    /** The line of kept row {@code i} (the header is line 1). */
    public int line(int i) {
        return lines.get(i);
    }

    /** The start of kept row {@code i}, an epoch day. */
    public int startDay(int i) {
        return starts.get(i);
    }

    /** The recorded end of kept row {@code i}, an epoch day or {@link org.sibcalc.data.CareData#OPEN}. */
    public int endDay(int i) {
        return ends.get(i);
    }

    /** The type of kept row {@code i}. */
    public String type(int i) {
        return types.get(i);
    }

    /** The placement of kept row {@code i}; "" for none. */
    public String placement(int i) {
        return placements.get(i);
    }

    /** Counts the file's rows as matching uses or rejects them. */
    public ValidationReport.RowTally tally() {
        return report.rowsOf(name);
    }
}
