package org.sibcalc.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;

/**
 * Reads the participants and episodes files (SPEC §1) into {@link CareData}, reporting every bad field of
 * every row (SPEC §8) and remembering the line of every row used, so that later warnings can name it.
 * Not thread-safe: one instance reads one pair of files.
 */
final class CareDataCsv {

    static final List<String> PARTICIPANT_COLUMNS = List.of("id", "start", "cohort", "birth_date", "exit_date");
    static final List<String> EPISODE_COLUMNS = List.of("id", "start", "end", "type");
    private static final List<String> REQUIRED = List.of("id", "start");
    // Positions in the lists above; "id" and "start" come first in both.
    private static final int ID = 0;
    private static final int START = 1;
    private static final int COHORT = 2;
    private static final int BIRTH_DATE = 3;
    private static final int EXIT_DATE = 4;
    private static final int END = 2;
    private static final int TYPE = 3;

    private final ValidationReport report;
    private final CareData.Builder builder = CareData.builder();
    private final IntColumn participantLines = new IntColumn();
    private final IntColumn episodeLines = new IntColumn();
    private final Map<String, Integer> rejectedParticipantLines = new HashMap<>();
    private String participantsName = "participants";
    private boolean participantsComplete;

    CareDataCsv(ValidationReport report) {
        this.report = report;
    }

    /** Reads the participants file; call before {@link #readEpisodes}. */
    void readParticipants(Path file, String name) {
        participantsName = name;
        participantsComplete = CsvRows.read(file, name, PARTICIPANT_COLUMNS, REQUIRED, report, (line, row) -> {
            Fields fields = new Fields(name, line, PARTICIPANT_COLUMNS);
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
                    } else {
                        fields.error("id", "'" + row.raw(ID) + "' is a duplicate of the participant on line "
                                + participantLines.get(-1 - position));
                        row.rejected();
                    }
                    return;
                } catch (InvalidValueException first) { // a row is checked once; only a bad one is asked for all
                    fields.problems(row, start, cohort, birth, exit);
                }
            } else if (fields.ok()) {
                fields.problems(row, start, cohort, birth, exit);
                if (fields.ok()) {
                    fields.error("id", "'" + row.raw(ID) + "' is a duplicate of the participant on line " + earlierRejected);
                }
            }
            if (hasId) {
                rejectedParticipantLines.putIfAbsent(row.raw(ID), line);
            }
            row.rejected();
        });
    }

    /**
     * Reads the episodes file.
     *
     * @param ignoreUnmatched when true, an episode whose id matches no participant is a warning and is left
     *                        out; otherwise it is an error
     */
    void readEpisodes(Path file, String name, boolean ignoreUnmatched) {
        CsvRows.read(file, name, EPISODE_COLUMNS, REQUIRED, report, (line, row) -> {
            Fields fields = new Fields(name, line, EPISODE_COLUMNS);
            fields.id(row);
            int start = fields.requiredDay(row, START);
            int end = fields.optionalDay(row, END);
            String type = row.get(TYPE);
            if (fields.ok()) {
                try {
                    int position = builder.addIfMatched(row.chars(), row.start(ID), row.end(ID), start,
                            end == CareData.NO_DAY ? CareData.OPEN : end, type == null ? CareEpisode.DEFAULT_TYPE : type);
                    if (position >= 0) {
                        episodeLines.add(line);
                        row.used();
                        return;
                    }
                    unmatched(row.raw(ID), fields, ignoreUnmatched);
                } catch (InvalidValueException e) {
                    fields.error(e.field(), e.problem());
                }
            }
            row.rejected();
        });
    }

    /** Reports a valid episode whose id matches no participant that was read. */
    private void unmatched(String id, Fields fields, boolean ignoreUnmatched) {
        Integer rejectedLine = rejectedParticipantLines.get(id);
        if (rejectedLine != null) {
            fields.error("id", "'" + id + "' is the participant on " + participantsName + " line "
                    + rejectedLine + ", which was rejected");
        } else if (!participantsComplete) {
            // The participants file could not be read (that error is reported): an error per episode
            // would only repeat it. The row is still counted as rejected.
        } else if (ignoreUnmatched) {
            report.warning(fields.file, fields.line, "id", "'" + id + "' matches no participant; the episode is ignored");
        } else {
            fields.error("id", "'" + id + "' matches no participant in " + participantsName);
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

    /** The fields of one row, each checked on its own so that every bad field is reported. */
    private final class Fields {
        private final String file;
        private final int line;
        private final List<String> columns;
        private boolean ok = true;

        Fields(String file, int line, List<String> columns) {
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
         * @return true when the id is there and not blank or padded
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

        /** Reports everything wrong with a participant whose fields were each readable. */
        void problems(CsvRows.Row row, int start, String cohort, int birth, int exit) {
            Participant.problems(row.raw(ID), date(start), cohort, date(birth), date(exit))
                    .forEach(e -> error(e.field(), e.problem()));
        }
    }

    private static LocalDate date(int day) {
        return day == CareData.NO_DAY ? null : LocalDate.ofEpochDay(day);
    }
}
