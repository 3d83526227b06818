package org.sibcalc.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.data.Participant;
import org.sibcalc.data.readers.ReaderAccess;
import org.sibcalc.io.ssda903.EpisodesTable;
import org.sibcalc.io.ssda903.HeaderTable;
import org.sibcalc.io.ssda903.RepeatedEpisodes;
import org.sibcalc.io.csv.EpisodeRows;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.csv.CsvRows;

/**
 * Reads the participants file (docs/input-files.md, {@code participants.csv}) into {@link CareData},
 * reporting every bad field of every row, then gives participants the birth dates of an SSDA903 Header
 * table, if there is one, and adds the episodes of the episodes files ({@link EpisodesCsv}, or SSDA903
 * Episodes tables merged by {@link RepeatedEpisodes}) to the participants they belong to. The line of every
 * row used is remembered, so that later warnings can name it. Not thread-safe: one instance reads one set of
 * files.
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

    // About the bytes of a short participant row (an id, a start date, empty fields: 28-32 in the benchmark's
    // files, 34 in the Essex example), to size the columns from the file's size: room for a few rows too many
    // costs less than the columns growing, which copies each of them.
    private static final int BYTES_PER_ROW = 28;
    private static final int MAX_EXPECTED_ROWS = InputLimits.MAX_ROWS;

    private final ValidationReport report;
    private CareData.Builder builder = CareData.builder();
    private IntColumn participantLines = new IntColumn();
    private IntColumn episodeLines = new IntColumn();
    private IntColumn episodeFiles = new IntColumn(); // episode → position of its file in the list given
    private final Map<String, Integer> rejectedParticipantLines = new HashMap<>();
    private String participantsName = "participants";
    private CsvRows.Read participantsRead = new CsvRows.Read(false, List.of());
    private boolean participantsComplete;
    private int withoutBirthDate; // participants used whose birth date is blank
    private IntColumn withoutBirthDateLines = new IntColumn(); // the first LINES_NAMED of their lines

    /** Reports the participants file's problems in {@code report}. */
    CareDataCsv(ValidationReport report) {
        this.report = report;
    }

    /** Reads the participants file; call before {@link #addEpisodes}. */
    void readParticipants(Path file, String name) {
        readParticipants(InputSource.of(file), name);
    }

    /** Reads the participants; call before {@link #addEpisodes}. */
    void readParticipants(InputSource source, String name) {
        participantsName = name;
        int expected = expectedRows(source);
        boolean[] sized = {false};
        RowFields rowFields = new RowFields(report, name, PARTICIPANT_COLUMNS);
        participantsRead = CsvRows.read(source, name, PARTICIPANT_COLUMNS, REQUIRED, report, (line, row) -> {
            if (!sized[0]) {
                // Sized at the first row, not before: a file that has none (a header, then one huge line, say)
                // costs no memory for the rows it does not have.
                sized[0] = true;
                builder = CareData.builder(expected);
                participantLines = new IntColumn(expected);
            }
            RowFields fields = rowFields.at(line);
            boolean hasId = fields.id(row);
            int start = fields.requiredDay(row, START);
            String cohort = row.get(COHORT);
            int birth = fields.optionalDay(row, BIRTH_DATE);
            int exit = fields.optionalDay(row, EXIT_DATE);
            Integer earlierRejected = hasId && !rejectedParticipantLines.isEmpty()
                    ? rejectedParticipantLines.get(row.raw(ID)) : null;
            if (fields.ok() && earlierRejected == null) {
                try {
                    int position = ReaderAccess.addIfNew(builder, row.chars(), row.start(ID), row.end(ID), start, cohort, birth, exit);
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

    /**
     * {@return true when the participants read are those the episodes will be matched to: when an SSDA903
     * Header table is given or the participants file has a {@code birth_date} column, {@link #checkBirthDates}
     * cannot reject them all}
     *
     * @param headerGiven whether an SSDA903 Header table is given
     */
    boolean participantsSettled(boolean headerGiven) {
        return headerGiven || participantsRead.hasColumn("birth_date");
    }

    /** Counts a participant used without a birth date, and keeps its line if it is among the first. */
    private void withoutBirthDate(int line) {
        if (withoutBirthDate < LINES_NAMED) {
            withoutBirthDateLines.add(line);
        }
        withoutBirthDate++;
    }

    /**
     * Gives participants without a birth date the {@code DOB} of an SSDA903 Header table, reporting its
     * problems in the table's own report. Call after {@link #readParticipants} and before
     * {@link #checkBirthDates}.
     */
    void applyHeader(HeaderTable header) {
        header.applyTo(builder, participantsName, participantLines::get);
        // Who still has no birth date is counted again, now that the table has given some.
        withoutBirthDate = 0;
        withoutBirthDateLines = new IntColumn();
        for (int p = 0; p < builder.participantCount(); p++) {
            if (builder.birthDay(p) == CareData.NO_DAY) {
                withoutBirthDate(participantLines.get(p));
            }
        }
    }

    /**
     * Applies the contract's age-out to the participants read (docs/input-files.md, {@code birth_date}): the
     * {@code birth_date} column is then required, unless an SSDA903 Header table gives birth dates, so without
     * either every participant row is rejected, as for any missing required column; participants without a
     * birth date are one warning. Call after {@link #readParticipants} (and {@link #applyHeader}) and before
     * {@link #addEpisodes}.
     *
     * @param ageOutAt the contract's {@code tracking.ageOutAt}
     * @param header   the name of the SSDA903 Header table applied, or null when there is none
     */
    void checkBirthDates(int ageOutAt, String header) {
        String ageOut = "tracking.ageOutAt " + ageOutAt;
        if (participantsRead.header().isEmpty()) {
            return; // the file could not be read: that is reported
        }
        if (header == null && !participantsRead.hasColumn("birth_date")) {
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
                    + (withoutBirthDate == 1 ? " participant has" : " participants have") + " no birth_date"
                    + (header == null ? "" : " and no DOB in " + header) + ", so " + ageOut
                    + " cannot end their window: " + lines);
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
    private static int expectedRows(InputSource source) {
        long size = source.size().orElse(0);
        return size > InputLimits.MAX_CSV_BYTES ? 0 : (int) Math.min(MAX_EXPECTED_ROWS, size / BYTES_PER_ROW);
    }

    /** Reports everything wrong with a participant whose fields were each readable. */
    private static void problems(RowFields fields, CsvRows.Row row, int start, String cohort, int birth, int exit) {
        Participant.problems(row.raw(ID), RowFields.date(start), cohort, RowFields.date(birth), RowFields.date(exit))
                .forEach(e -> fields.error(e.field(), e.problem()));
    }

    /**
     * Adds each valid episode of sibcalc's own episodes files to its participant, file by file in the order
     * of each file, reporting in each file's own report an episode whose id matches no participant read.
     *
     * @param ignoreUnmatched when true, an episode whose id matches no participant is a warning and is left
     *                        out; otherwise it is an error
     */
    void addEpisodes(List<EpisodeRows> files, boolean ignoreUnmatched) {
        addEpisodes(files, Collections.nCopies(files.size(), null), ignoreUnmatched);
    }

    /**
     * As {@link #addEpisodes(List, boolean)}, with files matched as they were read.
     *
     * @param matched         each file's rows as {@link #match} matched them as the file was read, or null for a
     *                        file to be matched here
     * @param ignoreUnmatched as for {@link #addEpisodes(List, boolean)}
     */
    void addEpisodes(List<EpisodeRows> files, List<int @Nullable []> matched, boolean ignoreUnmatched) {
        expectEpisodes(files.stream().mapToInt(EpisodeRows::size).sum());
        for (int f = 0; f < files.size(); f++) {
            EpisodeRows episodes = files.get(f);
            ValidationReport.RowTally tally = episodes.tally();
            int[] participantOf = matched.get(f) != null ? matched.get(f) : match(episodes, "id", ignoreUnmatched);
            if (allMatched(participantOf)) {
                // Every row is an episode of a participant read (as most often): the columns are added whole.
                builder.addEpisodes(new IntColumn(participantOf, participantOf.length), episodes.startDays(), episodes.endDays(),
                        episodes.types().textIndexes(), episodes.types().texts(), episodes.placements().textIndexes(),
                        episodes.placements().texts());
                episodeLines.addAll(episodes.lines());
                for (int i = 0; i < participantOf.length; i++) {
                    episodeFiles.add(f);
                }
                tally.used(participantOf.length);
                continue;
            }
            for (int i = 0; i < episodes.size(); i++) {
                int participant = participantOf[i];
                if (participant >= 0) {
                    addEpisode(participant, episodes, i, f);
                    tally.used();
                }
            }
        }
    }

    private static boolean allMatched(int[] participantOf) {
        for (int p : participantOf) {
            if (p < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the episodes of SSDA903 Episodes tables to their participants, each episode reported in several
     * tables (or twice in one) once ({@link RepeatedEpisodes}), reporting in each table's own report a row
     * whose {@code CHILD} matches no participant read, the conflicts between versions of one episode and
     * the DfE rules' warnings.
     *
     * @param ignoreUnmatched as for {@link #addEpisodes(List, boolean)}
     */
    void addEpisodeTables(List<EpisodesTable> tables, boolean ignoreUnmatched) {
        addEpisodeTables(tables, Collections.nCopies(tables.size(), null), ignoreUnmatched);
    }

    /**
     * As {@link #addEpisodeTables(List, boolean)}, with tables matched as they were read.
     *
     * @param matched         as for {@link #addEpisodes(List, List, boolean)}
     * @param ignoreUnmatched as for {@link #addEpisodes(List, boolean)}
     */
    void addEpisodeTables(List<EpisodesTable> tables, List<int @Nullable []> matched, boolean ignoreUnmatched) {
        // Two tables may be matched at once, on two threads: matching only reads what is here, and reports and
        // counts in the table's own report.
        RepeatedEpisodes merged = RepeatedEpisodes.merge(tables,
                t -> matched.get(t) != null ? matched.get(t) : match(tables.get(t).rows(), "CHILD", ignoreUnmatched),
                builder.participantCount());
        merged.addTo(builder);
        if (episodeLines.size() == 0) { // as always: the merged episodes are all the episodes, their columns kept
            episodeLines = merged.lines();
            episodeFiles = merged.tables();
        } else {
            episodeLines.addAll(merged.lines());
            episodeFiles.addAll(merged.tables());
        }
    }

    /** Makes room for about {@code episodes} more episodes, so that the columns are not copied as they grow. */
    private void expectEpisodes(int episodes) {
        builder.expectEpisodes(episodes);
        episodeLines.reserve(episodeLines.size() + episodes);
        episodeFiles.reserve(episodeFiles.size() + episodes);
    }

    private void addEpisode(int participant, EpisodeRows episodes, int i, int file) {
        addEpisode(participant, episodes.startDay(i), episodes.endDay(i), episodes.type(i), episodes.placement(i),
                episodes.line(i), file);
    }

    private void addEpisode(int participant, int start, int end, String type, String placement, int line, int file) {
        builder.addEpisode(participant, start, end, type, placement);
        episodeLines.add(line);
        episodeFiles.add(file);
    }

    /**
     * Returns the participant of each valid row, or -1 for a row whose id matches no participant read: that
     * row is reported and counted as rejected, in the file's own report. Once the participants are read, this
     * only reads what is here, so that two threads may match two files at once.
     *
     * @param idField the id's column, as messages name it
     */
    int[] match(EpisodeRows episodes, String idField, boolean ignoreUnmatched) {
        int[] participantOfId = new int[episodes.idCount()];
        int hint = 0; // files listed in the same order are matched walking forward
        for (int id = 0; id < participantOfId.length; id++) {
            participantOfId[id] = ReaderAccess.indexOf(builder, episodes.idChars(), episodes.idStart(id), episodes.idEnd(id), hint);
            hint = participantOfId[id] >= 0 ? participantOfId[id] + 1 : hint;
        }
        int[] participantOf = new int[episodes.size()];
        ValidationReport.RowTally tally = episodes.tally();
        for (int i = 0; i < episodes.size(); i++) {
            participantOf[i] = participantOfId[episodes.idOf(i)];
            if (participantOf[i] < 0) {
                unmatched(episodes, i, idField, ignoreUnmatched);
                tally.rejected();
            }
        }
        return participantOf;
    }

    /** Reports a valid episode whose id matches no participant that was read. */
    private void unmatched(EpisodeRows episodes, int i, String idField, boolean ignoreUnmatched) {
        ValidationReport to = episodes.report();
        String file = episodes.name();
        int line = episodes.line(i);
        int idNumber = episodes.idOf(i);
        Integer rejectedLine = rejectedParticipantLines.isEmpty() ? null
                : rejectedParticipantLines.get(episodes.id(idNumber));
        if (rejectedLine != null) {
            String id = episodes.id(idNumber);
            to.error(file, line, idField, "'" + id + "' is the participant on " + participantsName + " line "
                    + rejectedLine + ", which was rejected");
        } else if (!participantsComplete) {
            // The participants file could not be read (that error is reported): an error per episode
            // would only repeat it. The row is still counted as rejected.
        } else if (ignoreUnmatched) {
            to.warning(file, line, idField, () -> "'" + episodes.id(idNumber) + "' matches no participant; the episode is ignored");
        } else {
            to.error(file, line, idField, "'" + episodes.id(idNumber) + "' matches no participant in " + participantsName);
        }
    }

    CareData data() {
        return builder.build();
    }

    int[] participantLines() {
        return participantLines.toArray();
    }

    /** The line of each episode in its file; not to be changed. */
    IntColumn episodeLines() {
        return episodeLines;
    }

    /** The position, in the list of episodes files given, of each episode's file; not to be changed. */
    IntColumn episodeFiles() {
        return episodeFiles;
    }
}
