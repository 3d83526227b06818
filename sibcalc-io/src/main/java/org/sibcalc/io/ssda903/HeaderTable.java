package org.sibcalc.io.ssda903;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.data.Participant;
import org.sibcalc.data.readers.ReaderAccess;
import org.sibcalc.io.csv.CsvRows;
import org.sibcalc.io.csv.ExpectedRows;
import org.sibcalc.io.csv.IdChars;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.InputSource;
import org.sibcalc.io.ValidationReport;

/**
 * An SSDA903 Header table (docs/input-files.md, "SSDA903 tables"): one row per child, {@code CHILD} (trimmed,
 * kept as written) and its birth date {@code DOB}. It gives a participant its birth date where the
 * participants file gives none; a different birth date in both is an error. The return's other columns are
 * known and not used.
 *
 * <p>Read on one thread, then {@linkplain #applyTo applied} once the participants are read.
 */
public final class HeaderTable {

    private static final List<String> COLUMNS = Ssda903.HEADER_COLUMNS;
    private static final List<String> REQUIRED = List.of("CHILD", "DOB");
    private static final int CHILD = COLUMNS.indexOf("CHILD");
    private static final int DOB = COLUMNS.indexOf("DOB");
    /** The Header's columns other than the two read, both required (SEX, ETHNIC, UPN ...): not kept. */
    private static final Set<String> UNREAD = COLUMNS.stream().filter(c -> !REQUIRED.contains(c))
            .collect(Collectors.toUnmodifiableSet());
    /** Lines named in the warning about rows of children who are no participant; the rest are counted. */
    private static final int LINES_NAMED = 5;

    // About the bytes of a row of the table's seven columns (44 in the benchmark's tables), to size the columns
    // from the table's size (ExpectedRows).
    private static final int BYTES_PER_ROW = 40;

    private final String name;
    private final ValidationReport report = new ValidationReport();
    private final RowFields fields;
    private final IntColumn lines = new IntColumn();
    private final IntColumn births = new IntColumn();
    private final IdChars ids = new IdChars(); // row i's CHILD is id i
    private final ExpectedRows expected;

    private HeaderTable(InputSource source, String name) {
        this.name = name;
        this.fields = new RowFields(report, name, COLUMNS);
        expected = new ExpectedRows(source.size().orElse(0), BYTES_PER_ROW);
        CsvRows.read(source, name, COLUMNS, REQUIRED, UNREAD, report, this::row);
    }

    /**
     * Reads and checks the table; messages name it {@code name}.
     *
     * @param file the table's file
     * @param name the table's name in messages
     * @return the table read; its problems are in {@link #report()}
     */
    public static HeaderTable read(Path file, String name) {
        return new HeaderTable(InputSource.of(file), name);
    }

    /**
     * As {@link #read(Path, String)}, from any input.
     *
     * @param source the table's bytes, UTF-8
     * @param name the table's name in messages
     * @return the table read
     */
    public static HeaderTable read(InputSource source, String name) {
        return new HeaderTable(source, name);
    }

    private void row(int line, CsvRows.Row row) {
        RowFields fields = this.fields.at(line);
        if (row.isBlank(CHILD)) {
            fields.error("CHILD", "is blank");
        } else if (row.trimmedEnd(CHILD) - row.trimmedStart(CHILD) > Participant.MAX_ID_LENGTH) {
            fields.error("CHILD", "'" + row.get(CHILD) + "' is longer than " + Participant.MAX_ID_LENGTH + " characters");
        }
        int birth = fields.optionalDay(row, DOB);
        if (!fields.ok()) {
            row.rejected();
            return;
        }
        int room = expected.due(lines.size());
        if (room > 0) {
            lines.reserve(room);
            births.reserve(room);
            ids.reserveFor(room, lines.size());
        }
        ids.add(row.chars(), row.trimmedStart(CHILD), row.trimmedEnd(CHILD));
        lines.add(line);
        births.add(birth);
        // The row is counted used or rejected when it is applied to the participants.
    }

    /** {@return the table's name in messages} */
    public String name() {
        return name;
    }

    /** {@return the table's problems: those found reading it, and then applying it} */
    public ValidationReport report() {
        return report;
    }

    /**
     * Gives each participant without a birth date the {@code DOB} of its row, reporting in this table's own
     * report a {@code DOB} that differs from the participant's {@code birth_date} or from another row of the
     * same child, or that is after the participant's start, and warning once of rows whose child is no
     * participant (they are counted as rejected).
     *
     * @param participants    the participants read, not yet built
     * @param participantsName the participants file's name in messages
     * @param participantLine the line of each participant, by its position
     */
    public void applyTo(CareData.Builder participants, String participantsName, IntUnaryOperator participantLine) {
        ValidationReport.RowTally tally = report.rowsOf(name);
        // First each row's participant, then the rest: in a pass of their own, the look-ups (each a read anywhere
        // in the participants' index) do not wait for each other (60 ms for a million participants, not 100).
        int[] positions = new int[lines.size()];
        int hint = 0; // a table listed in the participants' order is matched walking forward
        for (int i = 0; i < positions.length; i++) {
            int p = ReaderAccess.indexOf(participants, ids.chars(), ids.start(i), ids.end(i), hint);
            positions[i] = p;
            hint = p >= 0 ? p + 1 : hint;
        }
        Applied applied = new Applied(participants, positions, participantsName, participantLine, tally);
        if (!applied.atOnce()) {
            applied.rowByRow();
        }
        int unmatched = 0;
        IntColumn unmatchedLines = new IntColumn();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0) {
                if (unmatched++ < LINES_NAMED) {
                    unmatchedLines.add(lines.get(i));
                }
                tally.rejected();
            }
        }
        if (unmatched > 0) {
            StringBuilder named = new StringBuilder(unmatched == 1 ? "line " : "lines ");
            for (int k = 0; k < unmatchedLines.size(); k++) {
                named.append(k == 0 ? "" : ", ").append(unmatchedLines.get(k));
            }
            if (unmatched > LINES_NAMED) {
                named.append(" and ").append(unmatched - LINES_NAMED).append(" more");
            }
            report.warning(name, unmatchedLines.get(0), "CHILD", unmatched + (unmatched == 1 ? " row is a child who is"
                    : " rows are children who are") + " no participant in " + participantsName + ", and not used: " + named);
        }
    }

    /**
     * The birth dates of the rows matched to participants ({@code positions}, -1 for none) given to them, each
     * matched row reported and counted: {@link #atOnce} when no two rows of one child give two birth dates, else
     * {@link #rowByRow}, with the same outcome.
     */
    private final class Applied {
        private final CareData.Builder participants;
        private final int[] positions;
        private final String participantsName;
        private final IntUnaryOperator participantLine;
        private final ValidationReport.RowTally tally;

        Applied(CareData.Builder participants, int[] positions, String participantsName, IntUnaryOperator participantLine,
                ValidationReport.RowTally tally) {
            this.participants = participants;
            this.positions = positions;
            this.participantsName = participantsName;
            this.participantLine = participantLine;
            this.tally = tally;
        }

        /**
         * Gives the birth dates at once, when no two rows of one child give two and none is after its child's start:
         * the participants' own birth dates and starts are read first, in a pass of their own (reads anywhere that do
         * not wait for each other, where {@link #rowByRow} waits for each), then each birth date given is written,
         * then all are read back. When one is not what its row gave (a later row of the same child gave another),
         * they are taken back. Returns false, having reported and counted nothing, when the rows are not given at
         * once: what is said of such a row depends on the rows of the same child before it.
         */
        boolean atOnce() {
            int n = positions.length;
            int[] own = new int[n];
            int[] starts = new int[n];
            for (int i = 0; i < n; i++) {
                int p = positions[i];
                if (p >= 0) {
                    own[i] = participants.birthDay(p);
                    starts[i] = participants.startDay(p);
                }
            }
            boolean[] given = new boolean[n];
            for (int i = 0; i < n; i++) {
                int birth = births.get(i);
                if (positions[i] >= 0 && birth != CareData.NO_DAY && own[i] == CareData.NO_DAY) {
                    given[i] = true;
                    if (birth > starts[i]) {
                        return false; // nothing written yet
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (given[i]) {
                    participants.setBirthDay(positions[i], births.get(i));
                }
            }
            boolean oneEach = true;
            for (int i = 0; i < n; i++) {
                oneEach &= !given[i] || participants.birthDay(positions[i]) == births.get(i);
            }
            if (!oneEach) {
                for (int i = 0; i < n; i++) {
                    if (given[i]) {
                        participants.setBirthDay(positions[i], CareData.NO_DAY);
                    }
                }
                return false;
            }
            // As rowByRow would: no row differs from another of the same child.
            for (int i = 0; i < n; i++) {
                int p = positions[i];
                int birth = births.get(i);
                if (p < 0) {
                    continue;
                }
                if (given[i] || birth == CareData.NO_DAY || birth == own[i]) {
                    tally.used();
                } else {
                    differsFromOwn(i, p, birth, own[i]);
                }
            }
            return true;
        }

        /** Gives the birth dates row by row, each checked against what the rows before it gave. */
        void rowByRow() {
            int[] givenOn = new int[participants.participantCount()]; // participant → line of the DOB it was given, or 0
            for (int i = 0; i < positions.length; i++) {
                int p = positions[i];
                if (p < 0) {
                    continue;
                }
                int line = lines.get(i);
                int birth = births.get(i);
                int own = participants.birthDay(p);
                if (birth == CareData.NO_DAY || birth == own) {
                    tally.used();
                } else if (givenOn[p] > 0) {
                    report.error(name, line, "DOB", "'" + Ssda903.date(birth) + "' differs from DOB '" + Ssda903.date(own)
                            + "' of the same child on line " + givenOn[p]);
                    tally.rejected();
                } else if (own != CareData.NO_DAY) {
                    differsFromOwn(i, p, birth, own);
                } else {
                    try {
                        participants.setBirthDay(p, birth);
                        givenOn[p] = line;
                        tally.used();
                    } catch (InvalidValueException e) {
                        afterStart(i, p, birth);
                    }
                }
            }
        }

        private void differsFromOwn(int i, int p, int birth, int own) {
            report.error(name, lines.get(i), "DOB", "'" + Ssda903.date(birth) + "' differs from birth_date " + date(own)
                    + " of participant '" + ids.get(i) + "' on " + participantsName + " line "
                    + participantLine.applyAsInt(p));
            tally.rejected();
        }

        private void afterStart(int i, int p, int birth) {
            report.error(name, lines.get(i), "DOB", "'" + Ssda903.date(birth) + "' is after the start "
                    + date(participants.startDay(p)) + " of participant '" + ids.get(i) + "' on " + participantsName
                    + " line " + participantLine.applyAsInt(p));
            tally.rejected();
        }
    }

    private static String date(int epochDay) {
        return java.time.LocalDate.ofEpochDay(epochDay).toString();
    }
}
