package org.sibcalc.io.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sibcalc.io.InputLimits;
import org.sibcalc.io.InputSource;
import org.sibcalc.io.ValidationReport;

/**
 * Reads a CSV file with a header row (docs/input-files.md, "CSV, in general"): UTF-8, comma-separated,
 * RFC 4180 quoting, columns in any order, their names matched ignoring case and surrounding blanks, extra
 * columns ignored and named once.
 * Each data row goes to a {@link RowHandler} with its line number (the header is line 1; a quoted field
 * spanning lines does not shift later numbers); a blank line is not a row. Problems with the file itself go
 * into the report.
 *
 * <p>{@link CsvTokenizer} decodes each record in place; a {@link Row} reads its fields there as ranges of
 * characters, so that a million rows are checked without a String per field.
 *
 * <p>Shared by the readers of this module's formats (sibcalc's own CSV, SSDA903 tables); not for library
 * users: it may change in any release.
 */
public final class CsvRows {

    /**
     * What reading a file found out about the file as a whole.
     *
     * @param complete true when every row of the file was read under a usable header; false when the file,
     *                 its header or part of it could not be read (the reason is in the report)
     * @param header   the header's column names as written, without surrounding blanks; empty when no
     *                 header was read
     */
    public record Read(boolean complete, List<String> header) {

        /**
         * {@return true when the header has the column {@code column}, matched ignoring case}
         *
         * @param column the column's name, not null
         */
        public boolean hasColumn(String column) {
            return header.stream().anyMatch(name -> matched(name).equals(matched(column)));
        }
    }

    /** Receives each data row. */
    public interface RowHandler {
        /**
         * Handles the row at {@code line}; {@code row} is valid only during the call.
         *
         * @param line the row's line, the header being line 1
         * @param row the row's fields
         */
        void row(int line, Row row);
    }

    /**
     * One data row, read by the position of a column in the list of known columns given to
     * {@link CsvRows#read}: where that column is in this file was worked out once, from the header. The row is
     * the record {@link CsvTokenizer} decoded, read in place: its characters, each field's bounds and trimmed
     * bounds.
     */
    public static final class Row {
        private int[] positions = new int[0]; // known column → position in the file, or -1 when absent
        private final ValidationReport.RowTally tally;
        private final CsvTokenizer record;

        private Row(ValidationReport.RowTally tally, CsvTokenizer record) {
            this.tally = tally;
            this.record = record;
        }

        /** Counts this row as used in the calculation; each row must be counted used or rejected once. */
        public void used() {
            tally.used();
        }

        /** Counts this row as left out (its errors, or a warning, say why). */
        public void rejected() {
            tally.rejected();
        }

        /**
         * {@return known column {@code column}'s text, trimmed, or null when the column is absent or blank}
         *
         * @param column the column's position in the known columns
         */
        public String get(int column) {
            if (isBlank(column)) {
                return null;
            }
            int from = trimmedStart(column);
            return new String(record.chars, from, trimmedEnd(column) - from);
        }

        /**
         * {@return known column {@code column}'s text exactly as written, or null when the column is absent}
         *
         * @param column the column's position in the known columns
         */
        public String raw(int column) {
            return positions[column] < 0 ? null
                    : new String(record.chars, start(column), end(column) - start(column));
        }

        /**
         * {@return true when known column {@code column} is absent or blank}
         *
         * @param column the column's position in the known columns
         */
        public boolean isBlank(int column) {
            int position = positions[column];
            return position < 0 || record.trimmedStarts[position] == record.trimmedEnds[position];
        }

        /**
         * {@return true when known column {@code column}'s trimmed text is {@code text}; the column must be
         * present}
         *
         * @param column the column's position in the known columns
         * @param text the text to compare with, not null
         */
        public boolean equalsTrimmed(int column, String text) {
            int from = trimmedStart(column);
            int to = trimmedEnd(column);
            if (to - from != text.length()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (record.chars[from + i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Returns known column {@code column}'s trimmed text as an epoch day, or {@link DateChars#NOT_A_DATE};
         * the column must not be {@linkplain #isBlank blank}.
         *
         * @param column the column's position in the known columns
         * @return the epoch day, or {@link DateChars#NOT_A_DATE}
         */
        public int epochDay(int column) {
            return DateChars.epochDay(record.chars, trimmedStart(column), trimmedEnd(column));
        }

        /** {@return the characters of the row; known column {@code column} is {@code [start(column), end(column))}} */
        public char[] chars() {
            return record.chars;
        }

        /**
         * {@return where known column {@code column}'s text starts in {@link #chars()}; the column must be
         * present}
         *
         * @param column the column's position in the known columns
         */
        public int start(int column) {
            int position = positions[column];
            return position == 0 ? 0 : record.ends[position - 1];
        }

        /**
         * {@return where known column {@code column}'s text ends in {@link #chars()}; the column must be present}
         *
         * @param column the column's position in the known columns
         */
        public int end(int column) {
            return record.ends[positions[column]];
        }

        /**
         * Returns known column {@code column}'s trimmed text in upper case (ASCII letters only, as codes are
         * written), or null when the column is absent or blank.
         *
         * @param column the column's position in the known columns
         * @return the upper-cased text, or null
         */
        public String getUpperCase(int column) {
            if (isBlank(column)) {
                return null;
            }
            int from = trimmedStart(column);
            int to = trimmedEnd(column);
            char[] upper = new char[to - from];
            for (int i = from; i < to; i++) {
                upper[i - from] = upperCase(record.chars[i]);
            }
            return new String(upper);
        }

        /**
         * Returns true when known column {@code column}'s trimmed text, upper-cased as by
         * {@link #getUpperCase}, is {@code text}; the column must be present.
         *
         * @param column the column's position in the known columns
         * @param text the text to compare with, in upper case, not null
         * @return true when the texts are the same
         */
        public boolean equalsTrimmedUpperCase(int column, String text) {
            int from = trimmedStart(column);
            int to = trimmedEnd(column);
            if (to - from != text.length()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (upperCase(record.chars[from + i]) != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True for a blank character, as {@link Character#isWhitespace} says, asking it only for the few
         * characters that can be: letters and digits, nearly every character of a file, are answered here.
         */
        static boolean blank(char c) {
            return CsvTokenizer.blank(c);
        }

        private static char upperCase(char c) {
            return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
        }

        /**
         * {@return where known column {@code column}'s text starts once leading blanks are left out; the column
         * must be present}
         *
         * @param column the column's position in the known columns
         */
        public int trimmedStart(int column) {
            return record.trimmedStarts[positions[column]];
        }

        /**
         * {@return where known column {@code column}'s text ends once trailing blanks are left out; the column must
         * be present}
         *
         * @param column the column's position in the known columns
         */
        public int trimmedEnd(int column) {
            return record.trimmedEnds[positions[column]];
        }

        /** Returns field {@code i} of the row, exactly as written. */
        private String field(int i) {
            return record.field(i);
        }

        /** True for a record of one field, blank and within the limits: a line of blanks, which is no row. */
        private boolean isBlankRecord() {
            return record.fields == 1 && record.longField < 0 && record.trimmedStarts[0] == record.trimmedEnds[0];
        }
    }

    private CsvRows() {
    }

    /** A header name as it is matched to the known columns, which are in lower case. */
    private static String matched(String column) {
        return column.toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the column names of the file's header row as written, without surrounding blanks (and without
     * a byte-order mark), or an empty list when the file or its header cannot be read: {@link #read} then
     * says why. Reads no further than the header, so that a reader can tell which table a file holds.
     *
     * @param file the CSV file
     * @return the header's column names, or an empty list
     */
    public static List<String> header(Path file) {
        return header(InputSource.of(file));
    }

    /**
     * As {@link #header(Path)}, of any input.
     *
     * @param source the CSV input
     * @return the header's column names, or an empty list
     */
    public static List<String> header(InputSource source) {
        try (InputStream in = new Limited(source.open())) {
            CsvTokenizer record = new CsvTokenizer(in);
            while (record.next()) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < record.stored; i++) {
                    names.add(Rows.stripBom(record.field(i)).strip());
                }
                if (names.stream().anyMatch(n -> !n.isEmpty())) {
                    return List.copyOf(names);
                }
            }
            return List.of();
        } catch (IOException | CsvTokenizer.Unreadable e) {
            return List.of();
        }
    }

    /**
     * Reads the file, reporting an unreadable file, missing required columns, duplicate or extra columns and
     * rows with the wrong number of fields. Rows with the wrong number of fields, and every row when a
     * required column is missing, are counted as rejected and not passed on.
     *
     * @param name     the name used in messages (usually the file name as given)
     * @param columns  the known columns, each named as messages name it ({@code id}, {@code DECOM}); a
     *                 header name matches one ignoring case; {@link Row}s are read by position in this list
     * @param required the known columns the file must have
     * @param file the CSV file
     * @param report receives every problem, each at its line
     * @param handler receives each row that has the right number of fields
     * @return whether the whole file was read, and its header
     */
    public static Read read(Path file, String name, List<String> columns, List<String> required,
            ValidationReport report, RowHandler handler) {
        return read(InputSource.of(file), name, columns, required, report, handler);
    }

    /**
     * As {@link #read(Path, String, List, List, ValidationReport, RowHandler)}, of any input.
     *
     * @param source the CSV input
     * @param name     the name used in messages
     * @param columns  the known columns
     * @param required the known columns the input must have
     * @param report receives every problem, each at its line
     * @param handler receives each row that has the right number of fields
     * @return whether the whole input was read, and its header
     */
    public static Read read(InputSource source, String name, List<String> columns, List<String> required,
            ValidationReport report, RowHandler handler) {
        return read(source, name, columns, required, Set.of(), report, handler);
    }

    /**
     * As {@link #read(InputSource, String, List, List, ValidationReport, RowHandler)}, where the known columns
     * in {@code unread} are columns of the format that the handler does not read (such as an SSDA903 table's
     * postcodes): they are no extra column, but their text is not kept, and to the handler they are absent.
     *
     * @param source the CSV input
     * @param name     the name used in messages
     * @param columns  the known columns
     * @param required the known columns the input must have
     * @param unread   the known columns the handler does not read
     * @param report receives every problem, each at its line
     * @param handler receives each row that has the right number of fields
     * @return whether the whole input was read, and its header
     */
    public static Read read(InputSource source, String name, List<String> columns, List<String> required,
            Set<String> unread, ValidationReport report, RowHandler handler) {
        Rows rows = new Rows(name, columns, required, unread, report, handler);
        long size = source.size().orElse(0);
        if (size > InputLimits.MAX_CSV_BYTES) {
            report.error(name, 0, "(file)", "is " + number(size) + " bytes, larger than the " + TOO_LARGE);
            return new Read(false, List.of());
        }
        try (InputStream in = new Limited(source.open())) {
            rows.start(new CsvTokenizer(in));
            while (rows.record.next()) {
                rows.endRecord();
            }
            if (!rows.headerSeen) {
                report.error(name, 1, "(header)", "the file is empty: a header row is required");
            }
            return new Read(rows.usable, rows.header);
        } catch (NoSuchFileException e) {
            report.error(name, 0, "(file)", "cannot be read: no such file");
        } catch (FileTooLarge e) {
            report.error(name, 0, "(file)", "is larger than the " + TOO_LARGE);
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
        } catch (CsvTokenizer.Unreadable e) {
            notCsv(e, name, report);
        } catch (LimitReached limit) {
            report.error(name, limit.line, limit.field, limit.getMessage());
        } catch (RuntimeException e) {
            // Not a problem of the file's: a defect of the row handler's, which goes on up.
            throw new IllegalStateException("Reading " + name + " line " + rows.line + " failed", e);
        }
        return new Read(false, rows.header);
    }

    private static final String TOO_LARGE = number(InputLimits.MAX_CSV_BYTES) + " bytes (1 GiB) read from a CSV "
            + "file at most";

    /** A number as messages write it: 1,048,576. */
    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Thrown when a file goes on past {@link InputLimits#MAX_CSV_BYTES}, such as a pipe that never ends. */
    private static final class FileTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A stream that stops with {@link FileTooLarge} past {@link InputLimits#MAX_CSV_BYTES}. */
    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws FileTooLarge {
            read += n;
            if (read > InputLimits.MAX_CSV_BYTES) {
                throw new FileTooLarge();
            }
        }
    }

    /**
     * Thrown by the row handler when the file reaches a limit that stops the reading (the rows before it are
     * checked as usual).
     */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String field;

        LimitReached(int line, String field, String message) {
            super(message, null, false, false);
            this.line = line;
            this.field = field;
        }
    }

    /** A file that breaks a rule of CSV or UTF-8 from some line on: the rest of the file is not read. */
    private static void notCsv(CsvTokenizer.Unreadable e, String name, ValidationReport report) {
        switch (e.problem) {
            case NOT_UTF8 -> report.error(name, e.line, "(file)", "has a character that is not UTF-8 on this line; "
                    + "save the file as CSV UTF-8");
            case UNCLOSED_QUOTE -> report.error(name, e.line, "(file)", "a quoted field starts on this line and is "
                    + "never closed, so the rest of the file cannot be read");
            case FIELD_TOO_LONG -> report.error(name, e.line, "(row)", "has a field longer than "
                    + number(InputLimits.MAX_ROW_CHARS) + " characters (a quote that is never closed?), so the "
                    + "rest of the file cannot be read");
            case TEXT_AFTER_QUOTE -> report.error(name, e.line, "(file)", "a quoted field has text after its closing "
                    + "quote (a quote inside a quoted field is written twice), so the rest of the file cannot be "
                    + "read");
        }
    }

    /** Takes the file's records: the first is the header, each later one a row for the handler. */
    private static final class Rows {
        private final String name;
        private final List<String> columns;
        private final List<String> matchedColumns;
        private final Set<String> unread; // as matched
        private final List<String> required;
        private final ValidationReport report;
        private final RowHandler handler;
        private final ValidationReport.RowTally tally;
        private CsvTokenizer record;
        private Row row;
        private int headerSize;
        private List<String> header = List.of();
        private boolean headerSeen;
        private boolean usable;
        private int line;
        private int rowsRead;

        Rows(String name, List<String> columns, List<String> required, Set<String> unread, ValidationReport report,
                RowHandler handler) {
            this.name = name;
            this.columns = columns;
            this.matchedColumns = columns.stream().map(CsvRows::matched).toList();
            this.unread = unread.stream().map(CsvRows::matched).collect(Collectors.toUnmodifiableSet());
            this.required = required;
            this.report = report;
            this.handler = handler;
            this.tally = report.rowsOf(name); // the file is listed even when it cannot be read
        }

        /** Reads the records of {@code tokenizer} from now on. */
        void start(CsvTokenizer tokenizer) {
            record = tokenizer;
            row = new Row(tally, tokenizer);
        }

        /** Takes the record just read: the header, a blank line, or a row for the handler. */
        void endRecord() {
            line = record.recordLine();
            if (row.isBlankRecord()) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (withinLimits("(header)", "column " + (record.longField + 1) + "'s name", record.fields)) {
                    header();
                } else {
                    headerSize = record.fields;
                    row.positions = new int[columns.size()];
                    Arrays.fill(row.positions, -1);
                }
            } else if (++rowsRead > InputLimits.MAX_ROWS) {
                throw new LimitReached(line, "(file)", "has more than " + number(InputLimits.MAX_ROWS)
                        + " rows, the most read from one file, so the rest of the file is not read");
            } else if (!usable) {
                row.rejected();
            } else if (record.fields != headerSize) {
                report.error(name, line, "(row)", "has " + record.fields + (record.fields == 1 ? " field" : " fields")
                        + " but the header has " + headerSize);
                row.rejected();
            } else if (!withinLimits("(row)", record.longField < 0 ? "" : header.get(record.longField), headerSize)) {
                row.rejected();
            } else {
                handler.row(line, row);
            }
        }

        /**
         * Reports the record's field or row over its limit, if any (docs/limits.md), naming a long field
         * {@code longField}.
         *
         * @return true when the record is within every limit
         */
        private boolean withinLimits(String what, String longField, int fields) {
            if (fields > InputLimits.MAX_COLUMNS) {
                String noun = headerSeen && rowsRead == 0 ? " columns" : " fields";
                report.error(name, line, what, "has " + number(fields) + noun + ", more than the "
                        + number(InputLimits.MAX_COLUMNS) + " a row may have");
            } else if (record.longField >= 0) {
                report.error(name, line, longField, "is " + number(record.longFieldLength) + " characters long, more "
                        + "than the " + number(InputLimits.MAX_FIELD_CHARS) + " a field may have");
            } else if (record.tooLong) {
                report.error(name, line, what, "is longer than the " + number(InputLimits.MAX_ROW_CHARS)
                        + " characters a row may have");
            } else {
                return true;
            }
            return false;
        }

        private void header() {
            List<String> written = new ArrayList<>(); // each column's name as written, without surrounding blanks
            Map<String, Integer> header = new HashMap<>(); // name as matched (lower case) → first position
            for (int i = 0; i < record.stored; i++) {
                String column = stripBom(row.field(i)).strip();
                if (column.isEmpty()) {
                    // A spreadsheet's trailing empty columns: named by position, so each is an extra column to ignore.
                    column = "(column " + (i + 1) + ")";
                }
                written.add(column);
                String matched = matched(column);
                Integer first = header.putIfAbsent(matched, i);
                if (first != null) {
                    String before = written.get(first);
                    int known = matchedColumns.indexOf(matched);
                    report.error(name, line, known >= 0 ? columns.get(known) : column,
                            "the column appears more than once in the header" + (before.equals(column) ? ""
                                    : " (as " + before + " and " + column + ": names match ignoring case)"));
                }
            }
            headerSize = record.fields;
            this.header = List.copyOf(written);
            usable = header.size() == record.stored & checkHeader(header, written);
            row.positions = new int[columns.size()];
            boolean[] kept = new boolean[record.stored];
            for (int c = 0; c < columns.size(); c++) {
                boolean read = !unread.contains(matchedColumns.get(c));
                row.positions[c] = read ? header.getOrDefault(matchedColumns.get(c), -1) : -1;
                if (row.positions[c] >= 0) {
                    kept[row.positions[c]] = true;
                }
            }
            record.keep(kept);
        }

        private boolean checkHeader(Map<String, Integer> header, List<String> written) {
            boolean ok = true;
            for (String column : required) {
                if (!header.containsKey(matched(column))) {
                    report.error(name, 1, column, "the required column is missing (the header has "
                            + String.join(",", written) + ")");
                    ok = false;
                }
            }
            for (int i = 0; i < written.size(); i++) {
                String matched = matched(written.get(i));
                if (!matchedColumns.contains(matched) && header.get(matched) == i) {
                    report.warning(name, 1, written.get(i), "extra column ignored");
                }
            }
            return ok;
        }

        static String stripBom(String text) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
