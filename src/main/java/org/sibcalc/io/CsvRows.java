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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads a CSV file with a header row (SPEC §1): UTF-8, comma-separated, RFC 4180 quoting, columns in any
 * order, extra columns ignored and named once. Each data row goes to a {@link RowHandler} with its line
 * number (the header is line 1; a quoted field spanning lines does not shift later numbers). Problems with
 * the file itself go into the report.
 */
final class CsvRows {

    /**
     * Parses and checks one data row on its own. Runs on the file's reading thread, so it must depend on
     * nothing but the row: no report, no other rows.
     */
    interface RowParser<T> {
        /** Returns what the row holds (a record, or what is wrong with it), never null. */
        T parse(Row row);
    }

    /** Receives each parsed data row, in file order, on the caller's thread. */
    interface RowHandler<T> {
        /** Handles the row at {@code line}; returns true when the row is used, false when it is rejected. */
        boolean row(int line, T parsed);
    }

    /**
     * One data row, read by the position of a column in the list of known columns given to
     * {@link CsvRows#read}: where that column is in this file was worked out once, from the header.
     */
    static final class Row {
        private final int[] positions; // known column → position in the file, or -1 when absent
        private final String[] values;

        private Row(int[] positions, String[] values) {
            this.positions = positions;
            this.values = values;
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
     * required column is missing, are counted as rejected and not passed on; every other row is parsed (on
     * the reading thread) and handled (on this one), and counted as the handler says.
     *
     * @param name the name used in messages (usually the file name as given)
     * @return true when every row of the file was read under a usable header; false when the file, its
     *         header or part of it could not be read (the reason is in the report)
     */
    static <T> boolean read(Path file, String name, List<String> columns, List<String> required,
            ValidationReport report, RowParser<T> parser, RowHandler<T> handler) {
        ValidationReport.RowTally tally = report.rowsOf(name);
        try (CsvRecords records = CsvRecords.open(file, header -> rowParser(header, columns, required, parser))) {
            boolean headerRead = false;
            boolean usable = false;
            int width = 0;
            while (records.next()) {
                String[] fields = records.fields();
                int line = records.line();
                if (!headerRead) {
                    headerRead = true;
                    width = fields.length;
                    Map<String, Integer> header = header(fields, (column, position) ->
                            report.error(name, line, column, "the column appears more than once in the header"));
                    usable = header.size() == fields.length & checkHeader(header, name, columns, required, report);
                } else if (!usable) {
                    tally.rejected();
                } else if (fields.length != width) {
                    report.error(name, line, "(row)", "has " + fields.length + (fields.length == 1 ? " field" : " fields")
                            + " but the header has " + width);
                    tally.rejected();
                } else {
                    @SuppressWarnings("unchecked") // made by rowParser from this file's parser
                    T parsed = (T) records.mapped();
                    if (handler.row(line, parsed)) {
                        tally.used();
                    } else {
                        tally.rejected();
                    }
                }
            }
            if (!headerRead) {
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

    /**
     * The reading thread's view of the header: a mapper that parses each row of the right width, and
     * nothing for other rows (the caller reports them).
     */
    private static <T> Function<String[], T> rowParser(String[] headerFields, List<String> columns,
            List<String> required, RowParser<T> parser) {
        Map<String, Integer> header = header(headerFields, (column, position) -> { });
        boolean usable = header.size() == headerFields.length && header.keySet().containsAll(required);
        int[] positions = positions(header, columns);
        return fields -> usable && fields.length == headerFields.length ? parser.parse(new Row(positions, fields)) : null;
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

    /** The header's columns by name and position; a repeated name goes to {@code repeated}, first one kept. */
    private static Map<String, Integer> header(String[] fields, BiConsumer<String, Integer> repeated) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String column = stripBom(fields[i]).strip();
            if (column.isEmpty()) {
                // A spreadsheet's trailing empty columns: named by position, so each is an extra column to ignore.
                column = "(column " + (i + 1) + ")";
            }
            if (header.putIfAbsent(column, i) != null) {
                repeated.accept(column, i);
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
