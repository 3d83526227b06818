package org.sibcalc.io.csv;

import java.util.List;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.io.ValidationReport;

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
    private final IdChars ids = new IdChars();
    private ExpectedRows expected = new ExpectedRows(0, 1); // when to make room for the file's rows (reserveFor)
    private List<TextColumn> alongside = List.of(); // a reader's own columns, given room with these (reserveFor)

    /**
     * No rows yet of the file named {@code name} in messages, whose problems go to {@code report}; types and
     * placements are read and kept by the given columns.
     *
     * @param name the file's name in messages
     * @param report receives the file's problems
     * @param types reads and keeps each row's type
     * @param placements reads and keeps each row's placement
     */
    public EpisodeRows(String name, ValidationReport report, TextColumn types, TextColumn placements) {
        this.name = name;
        this.report = report;
        this.types = types;
        this.placements = placements;
    }

    /**
     * Makes room for about the rows of a file of {@code bytes} bytes at {@code bytesPerRow} a row, as
     * {@link ExpectedRows} says when. The ids get room at as many to a row, and as long, as in the rows kept by
     * then.
     *
     * @param bytes the file's size, or 0 when not known
     * @param bytesPerRow about how many bytes a row of the file takes
     * @param alongside columns of the reader's own, one value for each row kept, given room with these
     */
    public void reserveFor(long bytes, int bytesPerRow, TextColumn... alongside) {
        expected = new ExpectedRows(bytes, bytesPerRow);
        this.alongside = List.of(alongside);
    }

    private void reserve(int rows) {
        for (IntColumn column : List.of(lines, idOf, starts, ends)) {
            column.reserve(rows);
        }
        types.reserve(rows);
        placements.reserve(rows);
        alongside.forEach(column -> column.reserve(rows));
        ids.reserveFor(rows, lines.size());
    }

    /**
     * {@return the row's type as it is to be kept (see {@link TextColumn#read})}
     *
     * @param row the row being read
     */
    public String readType(CsvRows.Row row) {
        return types.read(row);
    }

    /**
     * {@return the row's placement as it is to be kept (see {@link TextColumn#read})}
     *
     * @param row the row being read
     */
    public String readPlacement(CsvRows.Row row) {
        return placements.read(row);
    }

    /**
     * Keeps a valid row: the id is {@code chars[from, to)}, the days are epoch days (the end
     * {@link org.sibcalc.data.CareData#OPEN} for an open episode), the type and placement as read.
     *
     * @param line the row's line, the header being line 1
     * @param chars the characters holding the id
     * @param from where the id starts in {@code chars}
     * @param to where the id ends in {@code chars} (exclusive)
     * @param start the first day, an epoch day
     * @param end the recorded end, an epoch day or {@link org.sibcalc.data.CareData#OPEN}
     * @param type the type, as {@link #readType} gave it
     * @param placement the placement, as {@link #readPlacement} gave it
     * @return the row's position among the kept rows
     */
    public int add(int line, char[] chars, int from, int to, int start, int end, String type, String placement) {
        int room = expected.due(lines.size());
        if (room > 0) {
            reserve(room);
        }
        if (!ids.isLast(chars, from, to)) {
            ids.add(chars, from, to);
        }
        lines.add(line);
        idOf.add(ids.size() - 1);
        starts.add(start);
        ends.add(end);
        types.add(type);
        placements.add(placement);
        return lines.size() - 1;
    }

    /** {@return the file's name in messages} */
    public String name() {
        return name;
    }

    /** {@return the file's problems so far; matching adds to them} */
    public ValidationReport report() {
        return report;
    }

    /** {@return the number of valid rows kept} */
    public int size() {
        return lines.size();
    }

    /** {@return the number of distinct ids in a run of rows; kept row {@code i} has id {@link #idOf(int)}} */
    public int idCount() {
        return ids.size();
    }

    /**
     * {@return the id number of kept row {@code i}}
     *
     * @param i the kept row, from 0 to {@link #size()} exclusive
     */
    public int idOf(int i) {
        return idOf.get(i);
    }

    /** {@return the characters of every id; id {@code id} is {@code [idStart(id), idEnd(id))}} */
    public char[] idChars() {
        return ids.chars();
    }

    /**
     * {@return where id {@code id} starts in {@link #idChars()}}
     *
     * @param id the id number, from 0 to {@link #idCount()} exclusive
     */
    public int idStart(int id) {
        return ids.start(id);
    }

    /**
     * {@return where id {@code id} ends in {@link #idChars()}}
     *
     * @param id the id number, from 0 to {@link #idCount()} exclusive
     */
    public int idEnd(int id) {
        return ids.end(id);
    }

    /**
     * {@return id {@code id} as a String}
     *
     * @param id the id number, from 0 to {@link #idCount()} exclusive
     */
    public String id(int id) {
        return ids.get(id);
    }

    /**
     * {@return the line of kept row {@code i} (the header is line 1)}
     *
     * @param i the kept row, from 0 to {@link #size()} exclusive
     */
    public int line(int i) {
        return lines.get(i);
    }

    /**
     * {@return the start of kept row {@code i}, an epoch day}
     *
     * @param i the kept row, from 0 to {@link #size()} exclusive
     */
    public int startDay(int i) {
        return starts.get(i);
    }

    /**
     * {@return the recorded end of kept row {@code i}, an epoch day or {@link org.sibcalc.data.CareData#OPEN}}
     *
     * @param i the kept row, from 0 to {@link #size()} exclusive
     */
    public int endDay(int i) {
        return ends.get(i);
    }

    /** {@return each kept row's line ({@link #line}); not to be changed} */
    public IntColumn lines() {
        return lines;
    }

    /** {@return each kept row's start ({@link #startDay}); not to be changed} */
    public IntColumn startDays() {
        return starts;
    }

    /** {@return each kept row's recorded end ({@link #endDay}); not to be changed} */
    public IntColumn endDays() {
        return ends;
    }

    /** {@return the rows' types, each distinct text once ({@link TextColumn#textIndex}); not to be added to} */
    public TextColumn types() {
        return types;
    }

    /** {@return the rows' placements, each distinct text once; not to be added to} */
    public TextColumn placements() {
        return placements;
    }

    /**
     * {@return the type of kept row {@code i}}
     *
     * @param i the kept row, from 0 to {@link #size()} exclusive
     */
    public String type(int i) {
        return types.get(i);
    }

    /**
     * {@return the placement of kept row {@code i}; "" for none}
     *
     * @param i the kept row, from 0 to {@link #size()} exclusive
     */
    public String placement(int i) {
        return placements.get(i);
    }

    /**
     * Counts the file's rows as matching uses or rejects them.
     *
     * @return the tally of this file's rows
     */
    public ValidationReport.RowTally tally() {
        return report.rowsOf(name);
    }
}
