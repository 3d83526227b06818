package org.sibcalc.io;

import java.time.LocalDate;
import java.util.List;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;

/**
 * The fields of one CSV row, each checked on its own so that every bad field is reported (SPEC §8), and
 * read without making a String unless one is wrong. Column 0 of both data files is the id.
 */
final class RowFields {

    static final int ID = 0;

    private final ValidationReport report;
    private final String file;
    private final int line;
    private final List<String> columns;
    private boolean ok = true;

    RowFields(ValidationReport report, String file, int line, List<String> columns) {
        this.report = report;
        this.file = file;
        this.line = line;
        this.columns = columns;
    }

    boolean ok() {
        return ok;
    }

    void error(String field, String message) {
        report.error(file, line, field, message);
        ok = false;
    }

    /**
     * Checks the id exactly as written: a padded id is an error, not silently trimmed into another id.
     *
     * @return true when the id is there and neither blank nor padded
     */
    boolean id(CsvRows.Row row) {
        if (row.isBlank(ID)) {
            error("id", "is blank");
            return false;
        }
        char[] chars = row.chars();
        if (Character.isWhitespace(chars[row.start(ID)]) || Character.isWhitespace(chars[row.end(ID) - 1])) {
            error("id", "'" + row.raw(ID) + "' has leading or trailing blanks");
            return false;
        }
        return true;
    }

    /** Returns the date in the column as an epoch day; a blank one is an error. */
    int requiredDay(CsvRows.Row row, int column) {
        if (row.isBlank(column)) {
            error(columns.get(column), "is required");
            return CareData.NO_DAY;
        }
        return optionalDay(row, column);
    }

    /** Returns the date in the column as an epoch day, or {@link CareData#NO_DAY} when blank or bad. */
    int optionalDay(CsvRows.Row row, int column) {
        if (row.isBlank(column)) {
            return CareData.NO_DAY;
        }
        int day = row.epochDay(column);
        if (day != DateText.NOT_A_DATE) {
            return day;
        }
        try {
            return Math.toIntExact(DateText.parse(columns.get(column), row.get(column)).toEpochDay());
        } catch (InvalidValueException e) { // always, as epochDay said: this gives the message
            error(e.field(), e.problem());
            return CareData.NO_DAY;
        }
    }

    /** Returns a day as a date, or null for {@link CareData#NO_DAY}. */
    static LocalDate date(int day) {
        return day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day);
    }
}
