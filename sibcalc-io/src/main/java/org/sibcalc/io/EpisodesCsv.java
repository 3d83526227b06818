package org.sibcalc.io;

import java.nio.file.Path;
import java.util.List;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.readers.ReaderAccess;
import org.sibcalc.io.csv.TextColumn;
import org.sibcalc.io.csv.EpisodeRows;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.csv.CsvRows;

/**
 * sibcalc's own episodes file (docs/input-files.md, {@code episodes.csv}) read and checked on its own,
 * before the participants are known, so that it can be read while the participants file is. Each valid row
 * is kept in {@link EpisodeRows} until {@link CareDataCsv#addEpisodes} matches it to a participant; each bad
 * field is reported, in this file's own report, as it is found.
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
    // About the bytes of a row (an id, two dates, a type and a placement: 37 in the benchmark's files), to size
    // the columns from the file's size.
    private static final int BYTES_PER_ROW = 36;

    private final EpisodeRows rows;
    private final RowFields fields;

    private EpisodesCsv(String name) {
        this.rows = new EpisodeRows(name, new ValidationReport(), new TextColumn(TYPE, CareEpisode.DEFAULT_TYPE, false),
                new TextColumn(PLACEMENT, CareEpisode.NO_PLACEMENT, false));
        this.fields = new RowFields(rows.report(), name, COLUMNS);
    }

    /** Reads and checks the file; messages name it {@code name}. */
    static EpisodeRows read(Path file, String name) {
        return read(InputSource.of(file), name);
    }

    /** Reads and checks the input; messages name it {@code name}. */
    static EpisodeRows read(InputSource source, String name) {
        EpisodesCsv episodes = new EpisodesCsv(name);
        episodes.rows.reserveFor(source.size().orElse(0), BYTES_PER_ROW);
        CsvRows.read(source, name, COLUMNS, REQUIRED, episodes.rows.report(), episodes::row);
        return episodes.rows;
    }

    private void row(int line, CsvRows.Row row) {
        ValidationReport report = rows.report();
        RowFields fields = this.fields.at(line);
        fields.id(row);
        int start = fields.requiredDay(row, START);
        int end = fields.optionalDay(row, END);
        end = end == CareData.NO_DAY ? CareData.OPEN : end;
        String type = rows.readType(row);
        String placement = rows.readPlacement(row);
        if (!fields.ok()) {
            row.rejected();
            return;
        }
        char[] chars = row.chars();
        int from = row.start(RowFields.ID);
        int to = row.end(RowFields.ID);
        try {
            ReaderAccess.checkEpisode(chars, from, to, start, end, type, placement);
        } catch (InvalidValueException e) {
            fields.error(e.field(), e.problem());
            row.rejected();
            return;
        }
        rows.add(line, chars, from, to, start, end, type, placement);
        // The row is counted used or rejected when it is matched to a participant.
    }
}
