package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file with a header row (SPEC §1): UTF-8, comma-separated, RFC 4180 quoting, columns in any
 * order, extra columns ignored and named once. Each data row goes to a {@link RowHandler} with its line
 * number (the header is line 1; a quoted field spanning lines does not shift later numbers). Problems with
 * the file itself go into the report.
 */
final class CsvRows {

    /** Receives each data row. */
    interface RowHandler {
        /** Handles the row at {@code line}; {@code row} is valid only during the call. */
        void row(int line, Row row);
    }

    /**
     * One data row, read by the position of a column in the list of known columns given to
     * {@link CsvRows#read}: where that column is in this file was worked out once, from the header.
     */
    static final class Row {
        private final int[] positions; // known column → position in the file, or -1 when absent
        private final ValidationReport.RowTally tally;
        private String[] values = new String[0];

        private Row(int[] positions, ValidationReport.RowTally tally) {
            this.positions = positions;
            this.tally = tally;
        }

        /** Counts this row as used in the calculation; each row must be counted used or rejected once. */
        void used() {
            tally.used();
        }

        /** Counts this row as left out (its errors, or a warning, say why). */
        void rejected() {
            tally.rejected();
        }

        /** Returns known column {@code column}'s text, trimmed, or null when the column is absent or blank. */
        String get(int column) {
            String raw = raw(column);
            if (raw == null) {
                return null;
            }
            String trimmed = raw.strip();
            return trimmed.isEmpty() ? null : trimmed;
        }

        /** Returns known column {@code column}'s text exactly as written, or null when the column is absent. */
        String raw(int column) {
            return positions[column] < 0 ? null : values[positions[column]];
        }
    }

    private CsvRows() {
    }

    /**
     * Reads the file, reporting an unreadable file, missing required columns, duplicate or extra columns and
     * rows with the wrong number of fields. Rows with the wrong number of fields, and every row when a
     * required column is missing, are counted as rejected and not passed on.
     *
     * @param name the name used in messages (usually the file name as given)
     * @return true when every row of the file was read under a usable header; false when the file, its
     *         header or part of it could not be read (the reason is in the report)
     */
    static boolean read(Path file, String name, List<String> columns, List<String> required, ValidationReport report,
            RowHandler handler) {
        ValidationReport.RowTally tally = report.rowsOf(name);
        try (CsvRecords records = CsvRecords.open(file)) {
            Map<String, Integer> header = null;
            Row row = null;
            boolean usable = false;
            while (records.next()) {
                String[] fields = records.fields();
                int line = records.line();
                if (row == null) {
                    header = header(fields, name, line, report);
                    usable = header.size() == fields.length & checkHeader(header, name, columns, required, report);
                    row = new Row(positions(header, columns), tally);
                } else if (!usable) {
                    tally.rejected();
                } else if (fields.length != header.size()) {
                    report.error(name, line, "(row)", "has " + fields.length + (fields.length == 1 ? " field" : " fields")
                            + " but the header has " + header.size());
                    tally.rejected();
                } else {
                    row.values = fields;
                    handler.row(line, row);
                }
            }
            if (row == null) {
                report.error(name, 1, "(header)", "the file is empty: a header row is required");
            }
            return usable;
        } catch (NoSuchFileException e) {
            report.error(name, 0, "(file)", "cannot be read: no such file");
        } catch (CharConversionException e) {
            report.error(name, lineNotUtf8(file), "(file)", "has a character that is not UTF-8 on this line; "
                    + "save the file as CSV UTF-8");
        } catch (JsonProcessingException e) {
            report.error(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "(file)",
                    "is not readable CSV from here on: " + e.getOriginalMessage());
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
        }
        return false;
    }

    /** The line of the file's first byte that is not UTF-8, or 0 when there is none or it cannot be read. */
    private static int lineNotUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (!StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true).isError()) {
                return 0;
            }
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int[] positions(Map<String, Integer> header, List<String> columns) {
        int[] positions = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            positions[c] = header.getOrDefault(columns.get(c), -1);
        }
        return positions;
    }

    private static Map<String, Integer> header(String[] fields, String name, int line, ValidationReport report) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String column = stripBom(fields[i]).strip();
            if (column.isEmpty()) {
                // A spreadsheet's trailing empty columns: named by position, so each is an extra column to ignore.
                column = "(column " + (i + 1) + ")";
            }
            if (header.putIfAbsent(column, i) != null) {
                report.error(name, line, column, "the column appears more than once in the header");
            }
        }
        return header;
    }

    private static boolean checkHeader(Map<String, Integer> header, String name, List<String> columns,
            List<String> required, ValidationReport report) {
        boolean usable = true;
        for (String column : required) {
            if (!header.containsKey(column)) {
                report.error(name, 1, column, "the required column is missing (the header has "
                        + String.join(",", ordered(header)) + ")");
                usable = false;
            }
        }
        for (String column : ordered(header)) {
            if (!columns.contains(column)) {
                report.warning(name, 1, column, "extra column ignored");
            }
        }
        return usable;
    }

    /** The header's distinct column names in the order they stand. */
    private static List<String> ordered(Map<String, Integer> header) {
        return header.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
