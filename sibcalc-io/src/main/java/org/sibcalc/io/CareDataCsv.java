package org.sibcalc.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.data.Participant;

/**
 * Reads the participants file (SPEC §1) into {@link CareData}, reporting every bad field of every row
 * (SPEC §8), then adds the episodes read by {@link EpisodesCsv} to the participants they belong to. The
 * line of every row used is remembered, so that later warnings can name it. Not thread-safe: one instance
 * reads one pair of files.
 */
final class CareDataCsv {

    static final List<String> PARTICIPANT_COLUMNS = List.of("id", "start", "cohort", "birth_date", "exit_date");
    private static final List<String> REQUIRED = List.of("id", "start");
    // Positions in the list above
    private static final int ID = RowFields.ID;
    private static final int START = 1;
    private static final int COHORT = 2;
    private static final int BIRTH_DATE = 3;
    private static final int EXIT_DATE = 4;

    /** Lines named in the warning about participants without a birth date; the rest are counted. */
    private static final int LINES_NAMED = 5;

    private static final int BYTES_PER_ROW = 48;
    private static final int MAX_EXPECTED_ROWS = InputLimits.MAX_ROWS;

    private final ValidationReport report;
    private CareData.Builder builder = CareData.builder();
    private IntColumn participantLines = new IntColumn();
    private final IntColumn episodeLines = new IntColumn();
    private final Map<String, Integer> rejectedParticipantLines = new HashMap<>();
    private String participantsName = "participants";
    private CsvRows.Read participantsRead = new CsvRows.Read(false, List.of());
    private boolean participantsComplete;
    private int withoutBirthDate; // participants used whose birth date is blank
    private final IntColumn withoutBirthDateLines = new IntColumn(); // the first LINES_NAMED of their lines

    /** Reports the participants file's problems in {@code report}. */
    CareDataCsv(ValidationReport report) {
        this.report = report;
    }

    /** Reads the participants file; call before {@link #addEpisodes}. */
    void readParticipants(Path file, String name) {
        participantsName = name;
        int expected = expectedRows(file);
        boolean[] sized = {false};
        participantsRead = CsvRows.read(file, name, PARTICIPANT_COLUMNS, REQUIRED, report, (line, row) -> {
            if (!sized[0]) {
                // Sized at the first row, not before: a file that has none (a header, then one huge line, say)
                // costs no memory for the rows it does not have.
                sized[0] = true;
                builder = CareData.builder(expected);
                participantLines = new IntColumn(expected);
            }
            RowFields fields = new RowFields(report, name, line, PARTICIPANT_COLUMNS);
            boolean hasId = fields.id(row);
            int start = fields.requiredDay(row, START);
            String cohort = row.get(COHORT);
            int birth = fields.optionalDay(row, BIRTH_DATE);
            int exit = fields.optionalDay(row, EXIT_DATE);
            Integer earlierRejected = hasId && !rejectedParticipantLines.isEmpty()
                    ? rejectedParticipantLines.get(row.raw(ID)) : null;
            if (fields.ok() && earlierRejected == null) {
                try {
                    int position = builder.addIfNew(row.chars(), row.start(ID), row.end(ID), start, cohort, birth, exit);
                    if (position >= 0) {
                        participantLines.add(line);
                        row.used();
                        if (birth == CareData.NO_DAY) {
                            withoutBirthDate(line);
                        }
                    } else {
                        fields.error("id", "'" + row.raw(ID) + "' is a duplicate of the participant on line "
                                + participantLines.get(-1 - position));
                        row.rejected();
                    }
                    return;
                } catch (InvalidValueException first) { // a row is checked once; only a bad one is asked for all
                    problems(fields, row, start, cohort, birth, exit);
                }
            } else if (fields.ok()) {
                problems(fields, row, start, cohort, birth, exit);
                if (fields.ok()) {
                    fields.error("id", "'" + row.raw(ID) + "' is a duplicate of the participant on line " + earlierRejected);
                }
            }
            if (hasId) {
                rejectedParticipantLines.putIfAbsent(row.raw(ID), line);
            }
            row.rejected();
        });
        participantsComplete = participantsRead.complete();
    }

    /** Counts a participant used without a birth date, and keeps its line if it is among the first. */
    private void withoutBirthDate(int line) {
        if (withoutBirthDate < LINES_NAMED) {
            withoutBirthDateLines.add(line);
        }
        withoutBirthDate++;
    }

    /**
     * Applies the contract's age-out to the participants read (SPEC §1, §8): the {@code birth_date} column is
     * then required, so without it every participant row is rejected, as for any missing required column;
     * with it, participants without a birth date are one warning. Call after {@link #readParticipants} and
     * before {@link #addEpisodes}.
     *
     * @param ageOutAt the contract's {@code tracking.ageOutAt}
     */
    void checkBirthDates(int ageOutAt) {
        String ageOut = "tracking.ageOutAt " + ageOutAt;
        if (participantsRead.header().isEmpty()) {
            return; // the file could not be read: that is reported
        }
        if (!participantsRead.hasColumn("birth_date")) {
            report.error(participantsName, 1, "birth_date", "the required column is missing: the contract's " + ageOut
                    + " ends each young person's window at a birthday (the header has "
                    + String.join(",", participantsRead.header()) + ")");
            rejectEveryParticipant();
        } else if (withoutBirthDate > 0) {
            StringBuilder lines = new StringBuilder(withoutBirthDate == 1 ? "line " : "lines ");
            for (int k = 0; k < withoutBirthDateLines.size(); k++) {
                lines.append(k == 0 ? "" : ", ").append(withoutBirthDateLines.get(k));
            }
            if (withoutBirthDate > LINES_NAMED) {
                lines.append(" and ").append(withoutBirthDate - LINES_NAMED).append(" more");
            }
            report.warning(participantsName, withoutBirthDateLines.get(0), "birth_date", withoutBirthDate
                    + (withoutBirthDate == 1 ? " participant has" : " participants have") + " no birth_date, so "
                    + ageOut + " cannot end their window: " + lines);
        }
    }

    /** Counts every participant row as rejected and forgets them: their episodes are then rejected unmatched. */
    private void rejectEveryParticipant() {
        report.rowsOf(participantsName).rejectUsed();
        builder = CareData.builder();
        participantLines = new IntColumn();
        rejectedParticipantLines.clear();
        participantsComplete = false;
        withoutBirthDate = 0;
    }

    /**
     * About how many rows the file has, to size the columns once instead of growing them: rows of the
     * Essex shape take about 35 bytes, so this errs low, and a file of longer rows wastes little.
     */
    private static int expectedRows(Path file) {
        try {
            long size = Files.size(file);
            return size > InputLimits.MAX_CSV_BYTES ? 0 : (int) Math.min(MAX_EXPECTED_ROWS, size / BYTES_PER_ROW);
        } catch (IOException e) {
            return 0; // the reader reports the file
        }
    }

    /** Reports everything wrong with a participant whose fields were each readable. */
    private static void problems(RowFields fields, CsvRows.Row row, int start, String cohort, int birth, int exit) {
        Participant.problems(row.raw(ID), RowFields.date(start), cohort, RowFields.date(birth), RowFields.date(exit))
                .forEach(e -> fields.error(e.field(), e.problem()));
    }

    /**
     * Adds each valid episode to its participant, in the order of the file, reporting in the episodes'
     * own report an episode whose id matches no participant read.
     *
     * @param ignoreUnmatched when true, an episode whose id matches no participant is a warning and is left
     *                        out; otherwise it is an error
     */
    void addEpisodes(EpisodesCsv episodes, boolean ignoreUnmatched) {
        ValidationReport.RowTally tally = episodes.tally();
        int[] participantOf = new int[episodes.idCount()];
        int hint = 0; // files listed in the same order are matched walking forward
        for (int id = 0; id < participantOf.length; id++) {
            participantOf[id] = builder.indexOf(episodes.idChars(), episodes.idStart(id), episodes.idEnd(id), hint);
            hint = participantOf[id] >= 0 ? participantOf[id] + 1 : hint;
        }
        for (int i = 0; i < episodes.size(); i++) {
            int participant = participantOf[episodes.idOf(i)];
            if (participant >= 0) {
                builder.addEpisode(participant, episodes.startDay(i), episodes.endDay(i), episodes.type(i),
                        episodes.placement(i));
                episodeLines.add(episodes.line(i));
                tally.used();
            } else {
                unmatched(episodes, i, ignoreUnmatched);
                tally.rejected();
            }
        }
    }

    /** Reports a valid episode whose id matches no participant that was read. */
    private void unmatched(EpisodesCsv episodes, int i, boolean ignoreUnmatched) {
        String id = episodes.id(episodes.idOf(i));
        ValidationReport to = episodes.report();
        String file = episodes.name();
        int line = episodes.line(i);
        Integer rejectedLine = rejectedParticipantLines.get(id);
        if (rejectedLine != null) {
            to.error(file, line, "id", "'" + id + "' is the participant on " + participantsName + " line "
                    + rejectedLine + ", which was rejected");
        } else if (!participantsComplete) {
            // The participants file could not be read (that error is reported): an error per episode
            // would only repeat it. The row is still counted as rejected.
        } else if (ignoreUnmatched) {
            to.warning(file, line, "id", "'" + id + "' matches no participant; the episode is ignored");
        } else {
            to.error(file, line, "id", "'" + id + "' matches no participant in " + participantsName);
        }
    }

    CareData data() {
        return builder.build();
    }

    int[] participantLines() {
        return participantLines.toArray();
    }

    int[] episodeLines() {
        return episodeLines.toArray();
    }
}
