package org.sibcalc.io.csv;

import java.time.LocalDate;
import java.util.List;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.io.ValidationReport;

/**
 * The fields of one CSV row, each checked on its own so that every bad field is reported
 * (docs/input-files.md), and read without making a String unless one is wrong. Column 0 of sibcalc's own
 * data files is the id. Shared by the readers of this module's formats; not for library users.
 *
 * <p>A reader makes one for its file and moves it {@linkplain #at to each row}: one object, not one per row (a
 * million rows would otherwise be a million objects for the collector). Not thread-safe.
 */
public final class RowFields {

    /** The position of the id among the known columns of sibcalc's own data files. */
    public static final int ID = 0;

    private final ValidationReport report;
    private final String file;
    private final List<String> columns;
    private int line;
    private boolean ok = true;

    /**
     * The fields of the rows of {@code file}, whose known columns are {@code columns} (named as messages name
     * them); problems go to {@code report}. Call {@link #at} before the first row.
     *
     * @param report receives the rows' problems
     * @param file the file's name in messages
     * @param columns the known columns, named as messages name them
     */
    public RowFields(ValidationReport report, String file, List<String> columns) {
        this.report = report;
        this.file = file;
        this.columns = columns;
    }

    /**
     * Moves to the row at {@code line}, none of whose fields has been found wrong yet.
     *
     * @param line the row's line, the header being line 1
     * @return this
     */
    public RowFields at(int line) {
        this.line = line;
        ok = true;
        return this;
    }

    /** {@return true while no field of the row has been found wrong} */
    public boolean ok() {
        return ok;
    }

    /**
     * Reports a problem with a field of the row; the row is then not {@link #ok()}.
     *
     * @param field the field's name in messages
     * @param message what is wrong, a sentence without a full stop
     */
    public void error(String field, String message) {
        report.error(file, line, field, message);
        ok = false;
    }

    /**
     * Checks the id exactly as written: a padded id is an error, not silently trimmed into another id.
     *
     * @param row the row
     * @return true when the id is there and neither blank nor padded
     */
    public boolean id(CsvRows.Row row) {
        if (row.isBlank(ID)) {
            error("id", "is blank");
            return false;
        }
        char[] chars = row.chars();
        if (CsvRows.Row.blank(chars[row.start(ID)]) || CsvRows.Row.blank(chars[row.end(ID) - 1])) {
            error("id", "'" + row.raw(ID) + "' has leading or trailing blanks");
            return false;
        }
        return true;
    }

    /**
     * Returns the date in the column as an epoch day; a blank one is an error.
     *
     * @param row the row
     * @param column the column's position in the known columns
     * @return the epoch day, or {@link CareData#NO_DAY} when blank or bad (reported)
     */
    public int requiredDay(CsvRows.Row row, int column) {
        if (row.isBlank(column)) {
            error(columns.get(column), "is required");
            return CareData.NO_DAY;
        }
        return optionalDay(row, column);
    }

    /**
     * {@return the date in the column as an epoch day, or {@link CareData#NO_DAY} when blank or bad}
     *
     * @param row the row
     * @param column the column's position in the known columns
     */
    public int optionalDay(CsvRows.Row row, int column) {
        if (row.isBlank(column)) {
            return CareData.NO_DAY;
        }
        int day = row.epochDay(column);
        if (day != DateChars.NOT_A_DATE) {
            return day;
        }
        try {
            return Math.toIntExact(DateChars.parse(columns.get(column), row.get(column)).toEpochDay());
        } catch (InvalidValueException e) { // always, as epochDay said: this gives the message
            error(e.field(), e.problem());
            return CareData.NO_DAY;
        }
    }

    /**
     * {@return a day as a date, or null for {@link CareData#NO_DAY}}
     *
     * @param day an epoch day, or {@link CareData#NO_DAY}
     */
    public static LocalDate date(int day) {
        return day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day);
    }
}
