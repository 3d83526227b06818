package org.sibcalc.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;

/**
 * The episodes file (SPEC §1) read and checked on its own, before the participants are known, so that it
 * can be read while the participants file is. Each valid row is kept compactly (its line, id, days, type
 * and placement) until {@link CareDataCsv#addEpisodes} matches it to a participant; each bad field is reported, in
 * this file's own report, as it is found.
 *
 * <p>One thread reads; the result may be handed to another thread once {@link #read} has returned.
 */
final class EpisodesCsv {

    static final List<String> COLUMNS = List.of("id", "start", "end", "type", "placement");
    // end is required though its values may be blank: without the column every episode would be open.
    private static final List<String> REQUIRED = List.of("id", "start", "end");
    private static final int START = 1;
    private static final int END = 2;
    private static final int TYPE = 3;
    private static final int PLACEMENT = 4;

    private final String name;
    private final ValidationReport report = new ValidationReport();
    private final IntColumn lines = new IntColumn();
    private final IntColumn idOf = new IntColumn(); // row → id number: rows of one child in a run share one
    private final IntColumn starts = new IntColumn();
    private final IntColumn ends = new IntColumn(); // epoch day, or CareData.OPEN
    private final TextColumn types = new TextColumn(TYPE, CareEpisode.DEFAULT_TYPE);
    private final TextColumn placements = new TextColumn(PLACEMENT, CareEpisode.NO_PLACEMENT);
    private char[] idChars = new char[1024];
    private final IntColumn idEnds = new IntColumn(); // id n is idChars[n == 0 ? 0 : idEnds[n - 1], idEnds[n])

    private EpisodesCsv(String name) {
        this.name = name;
    }

    /** Reads and checks the file; messages name it {@code name}. */
    static EpisodesCsv read(Path file, String name) {
        EpisodesCsv episodes = new EpisodesCsv(name);
        CsvRows.read(file, name, COLUMNS, REQUIRED, episodes.report, episodes::row);
        return episodes;
    }

    private void row(int line, CsvRows.Row row) {
        RowFields fields = new RowFields(report, name, line, COLUMNS);
        fields.id(row);
        int start = fields.requiredDay(row, START);
        int end = fields.optionalDay(row, END);
        end = end == CareData.NO_DAY ? CareData.OPEN : end;
        String type = types.read(row);
        String placement = placements.read(row);
        if (!fields.ok()) {
            row.rejected();
            return;
        }
        char[] chars = row.chars();
        int from = row.start(RowFields.ID);
        int to = row.end(RowFields.ID);
        try {
            CareEpisode.check(chars, from, to, start, end, type, placement);
        } catch (InvalidValueException e) {
            fields.error(e.field(), e.problem());
            row.rejected();
            return;
        }
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
        // The row is counted used or rejected when it is matched to a participant.
    }

    private boolean sameAsLastId(char[] chars, int from, int to) {
        int n = idEnds.size() - 1;
        int idStart = n == 0 ? 0 : idEnds.get(n - 1);
        return Arrays.equals(idChars, idStart, idEnds.get(n), chars, from, to);
    }

    String name() {
        return name;
    }

    /** The file's problems so far; matching adds to them. */
    ValidationReport report() {
        return report;
    }

    /** The number of valid rows kept. */
    int size() {
        return lines.size();
    }

    /** The number of distinct ids in a run of rows; valid row {@code i} has id {@link #idOf(int)}. */
    int idCount() {
        return idEnds.size();
    }

    int idOf(int i) {
        return idOf.get(i);
    }

    char[] idChars() {
        return idChars;
    }

    int idStart(int id) {
        return id == 0 ? 0 : idEnds.get(id - 1);
    }

    int idEnd(int id) {
        return idEnds.get(id);
    }

    String id(int id) {
        return new String(idChars, idStart(id), idEnd(id) - idStart(id));
    }

    int line(int i) {
        return lines.get(i);
    }

    int startDay(int i) {
        return starts.get(i);
    }

    int endDay(int i) {
        return ends.get(i);
    }

    String type(int i) {
        return types.get(i);
    }

    String placement(int i) {
        return placements.get(i);
    }

    /** Counts the file's rows as matching uses or rejects them. */
    ValidationReport.RowTally tally() {
        return report.rowsOf(name);
    }

    /**
     * A text column of the kept rows (type, placement), each distinct text held once. Rows of one text
     * often follow each other, so a run of them makes one String and one look-up; and as a file has few
     * distinct texts (a placement move is a new row, so placements change from row to row), a text seen
     * before is found by comparing characters, without making a String.
     */
    private static final class TextColumn {
        private static final int COMPARED = 32; // distinct texts found by comparing; beyond, a String and a look-up

        private final int column;
        private final String ifBlank;
        private final IntColumn indexOf = new IntColumn(); // kept row → index in texts
        private final List<String> texts = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private String lastRead;
        private String lastAdded;
        private int lastIndex;

        TextColumn(int column, String ifBlank) {
            this.column = column;
            this.ifBlank = ifBlank;
        }

        /** The row's trimmed text, {@code ifBlank} when blank or absent, made into a String only when new. */
        String read(CsvRows.Row row) {
            if (row.isBlank(column)) {
                return ifBlank;
            }
            if (lastRead != null && row.equalsTrimmed(column, lastRead)) {
                return lastRead;
            }
            for (int i = 0, n = Math.min(texts.size(), COMPARED); i < n; i++) {
                if (row.equalsTrimmed(column, texts.get(i))) {
                    lastRead = texts.get(i);
                    return lastRead;
                }
            }
            lastRead = row.get(column);
            return lastRead;
        }

        /** Keeps the text of the next kept row, one {@link #read} gave. */
        void add(String text) {
            if (text != lastAdded) { // the same String while a run lasts
                lastAdded = text;
                lastIndex = index.computeIfAbsent(text, t -> {
                    texts.add(t);
                    return texts.size() - 1;
                });
            }
            indexOf.add(lastIndex);
        }

        String get(int row) {
            return texts.get(indexOf.get(row));
        }
    }
}
