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
            String id = fields.id(row);
            LocalDate start = fields.requiredDate(row, START);
            String cohort = row.get(COHORT);
            LocalDate birth = fields.optionalDate(row, BIRTH_DATE);
            LocalDate exit = fields.optionalDate(row, EXIT_DATE);
            Participant participant = null;
            if (fields.ok()) {
                try {
                    participant = new Participant(id, start, cohort, birth, exit);
                } catch (InvalidValueException first) { // a row is checked once; only a bad one is asked for all
                    Participant.problems(id, start, cohort, birth, exit).forEach(e -> fields.error(e.field(), e.problem()));
                }
            }
            Integer earlierRejected = id == null ? null : rejectedParticipantLines.get(id);
            if (participant != null && earlierRejected == null) {
                int position = builder.addIfNew(participant);
                if (position >= 0) {
                    participantLines.add(line);
                    row.used();
                } else {
                    fields.error("id", "'" + id + "' is a duplicate of the participant on line "
                            + participantLines.get(-1 - position));
                    row.rejected();
                }
                return;
            }
            if (earlierRejected != null && fields.ok()) {
                fields.error("id", "'" + id + "' is a duplicate of the participant on line " + earlierRejected);
            }
            if (id != null) {
                rejectedParticipantLines.putIfAbsent(id, line);
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
            String id = fields.id(row);
            LocalDate start = fields.requiredDate(row, START);
            LocalDate end = fields.optionalDate(row, END);
            String type = row.get(TYPE);
            CareEpisode episode = fields.ok() ? fields.build(() ->
                    new CareEpisode(id, start, end, type == null ? CareEpisode.DEFAULT_TYPE : type)) : null;
            if (episode != null && builder.addIfMatched(episode) >= 0) {
                episodeLines.add(line);
                row.used();
                return;
            }
            if (episode != null) {
                Integer rejectedLine = rejectedParticipantLines.get(id);
                if (rejectedLine != null) {
                    fields.error("id", "'" + id + "' is the participant on " + participantsName + " line "
                            + rejectedLine + ", which was rejected");
                } else if (!participantsComplete) {
                    // The participants file could not be read (that error is reported): an error per episode
                    // would only repeat it. The row is still counted as rejected.
                } else if (ignoreUnmatched) {
                    report.warning(name, line, "id", "'" + id + "' matches no participant; the episode is ignored");
                } else {
                    fields.error("id", "'" + id + "' matches no participant in " + participantsName);
                }
            }
            row.rejected();
        });
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

        /** The id exactly as written: a padded id is an error, not silently trimmed into another id. */
        String id(CsvRows.Row row) {
            String id = row.raw(ID);
            if (id == null || id.isBlank()) {
                error("id", "is blank");
                return null;
            }
            if (!id.equals(id.strip())) {
                error("id", "'" + id + "' has leading or trailing blanks");
                return null;
            }
            return id;
        }

        LocalDate requiredDate(CsvRows.Row row, int column) {
            if (row.get(column) == null) {
                error(columns.get(column), "is required");
                return null;
            }
            return optionalDate(row, column);
        }

        LocalDate optionalDate(CsvRows.Row row, int column) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            try {
                return DateText.parse(columns.get(column), text);
            } catch (InvalidValueException e) {
                error(e.field(), e.problem());
                return null;
            }
        }

        <T> T build(java.util.function.Supplier<T> record) {
            try {
                return record.get();
            } catch (InvalidValueException e) {
                error(e.field(), e.problem());
                return null;
            }
        }
    }
}
