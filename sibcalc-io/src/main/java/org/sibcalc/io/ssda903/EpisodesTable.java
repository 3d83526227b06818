package org.sibcalc.io.ssda903;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.io.csv.CsvRows;
import org.sibcalc.io.csv.EpisodeRows;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.csv.TextColumn;
import org.sibcalc.io.InputSource;
import org.sibcalc.io.ValidationReport;

/**
 * One SSDA903 Episodes table (docs/input-files.md, "SSDA903 tables"), read and checked on its own: each row
 * an episode with id {@code CHILD}, start {@code DECOM}, end {@code DEC} (the day the episode ceased, not
 * counted; blank while it is open), type {@code LS} and placement {@code PLACE}, with its reason for new
 * episode {@code RNE}. Codes are trimmed and upper-cased; {@code CHILD} is trimmed and kept as written. The
 * return's other columns are known and not used.
 *
 * <p>Valid rows are kept in {@link EpisodeRows} until they are matched to the participants and repeated
 * episodes are merged ({@link RepeatedEpisodes}); each bad field is reported, in this table's own report,
 * as it is found. One thread reads; the table may be handed to another thread once {@link #read} has
 * returned.
 */
public final class EpisodesTable {

    static final List<String> COLUMNS = Ssda903.EPISODES_COLUMNS;
    /** The columns read; the others may be missing. */
    private static final List<String> REQUIRED = List.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC");
    /**
     * The return's columns an episode is not made of (CIN, PLACE_PROVIDER, REC, postcodes ...): every column
     * read is a required one, so these are the rest; their text is not kept.
     */
    private static final Set<String> UNREAD = COLUMNS.stream().filter(c -> !REQUIRED.contains(c))
            .collect(Collectors.toUnmodifiableSet());
    // About the bytes of a row of the return's thirteen columns (70 in the benchmark's tables), to size the
    // columns from the table's size.
    private static final int BYTES_PER_ROW = 64;
    private static final int CHILD = COLUMNS.indexOf("CHILD");
    private static final int DECOM = COLUMNS.indexOf("DECOM");
    private static final int RNE = COLUMNS.indexOf("RNE");
    private static final int LS = COLUMNS.indexOf("LS");
    private static final int PLACE = COLUMNS.indexOf("PLACE");
    private static final int DEC = COLUMNS.indexOf("DEC");
    /** Reasons for a new episode that say the period of care goes on (a change of placement or legal status). */
    private static final Set<String> CONTINUING = Set.of("P", "L", "T", "U", "B");

    private final String name;
    private final EpisodeRows rows;
    private final TextColumn reasons = new TextColumn(RNE, "", true);
    private final CsvRows.Read read;
    private final RowFields fields;

    private EpisodesTable(InputSource source, String name) {
        this.name = name;
        this.rows = new EpisodeRows(name, new ValidationReport(), new TextColumn(LS, null, true),
                new TextColumn(PLACE, CareEpisode.NO_PLACEMENT, true));
        rows.reserveFor(source.size().orElse(0), BYTES_PER_ROW, reasons);
        this.fields = new RowFields(rows.report(), name, COLUMNS);
        this.read = CsvRows.read(source, name, COLUMNS, REQUIRED, UNREAD, rows.report(), this::row);
    }

    /**
     * Reads and checks the table; messages name it {@code name}.
     *
     * @param file the table's file
     * @param name the table's name in messages
     * @return the table read; its problems are in its rows' report
     */
    public static EpisodesTable read(Path file, String name) {
        return new EpisodesTable(InputSource.of(file), name);
    }

    /**
     * As {@link #read(Path, String)}, from any input.
     *
     * @param source the table's bytes, UTF-8
     * @param name the table's name in messages
     * @return the table read
     */
    public static EpisodesTable read(InputSource source, String name) {
        return new EpisodesTable(source, name);
    }

    private void row(int line, CsvRows.Row row) {
        ValidationReport report = rows.report();
        RowFields fields = this.fields.at(line);
        int from = 0;
        int to = 0;
        if (row.isBlank(CHILD)) {
            fields.error("CHILD", "is blank");
        } else {
            from = row.trimmedStart(CHILD);
            to = row.trimmedEnd(CHILD);
            if (to - from > Participant.MAX_ID_LENGTH) {
                fields.error("CHILD", "'" + row.get(CHILD) + "' is longer than " + Participant.MAX_ID_LENGTH
                        + " characters");
            }
        }
        int start = fields.requiredDay(row, DECOM);
        String type = rows.readType(row);
        if (type == null) {
            fields.error("LS", "is required: the legal status is the episode's type");
        }
        String placement = rows.readPlacement(row);
        int end = fields.optionalDay(row, DEC);
        String reason = reasons.read(row);
        if (fields.ok() && end != CareData.NO_DAY && end < start) {
            fields.error("DEC", "'" + row.get(DEC) + "' is before DECOM '" + row.get(DECOM) + "'");
        }
        if (!fields.ok()) {
            row.rejected();
            return;
        }
        rows.add(line, row.chars(), from, to, start, end == CareData.NO_DAY ? CareData.OPEN : end, type, placement);
        reasons.add(reason);
        // The row is counted used, merged or rejected when it is matched to a participant.
    }

    /** {@return the table's name in messages} */
    public String name() {
        return name;
    }

    /** {@return the valid rows kept} */
    public EpisodeRows rows() {
        return rows;
    }

    /** {@return true when the whole table was read under a usable header (otherwise the report says why)} */
    public boolean complete() {
        return read.complete();
    }

    /**
     * {@return the reason for new episode ({@code RNE}) of kept row {@code i}, upper-cased; "" when blank}
     *
     * @param i the kept row, from 0 to the number of rows kept, exclusive
     */
    public String reason(int i) {
        return reasons.get(i);
    }

    /**
     * Returns, for each kept row, true when its {@code RNE} says the period of care goes on from the episode
     * before (a change of placement or legal status); each distinct code is looked up once.
     */
    boolean[] continuing() {
        boolean[] byCode = new boolean[reasons.textCount()];
        for (int c = 0; c < byCode.length; c++) {
            byCode[c] = CONTINUING.contains(reasons.text(c));
        }
        boolean[] continuing = new boolean[rows.size()];
        for (int i = 0; i < continuing.length; i++) {
            continuing[i] = byCode[reasons.textIndex(i)];
        }
        return continuing;
    }
}
