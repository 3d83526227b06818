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
            Fields fields = new Fields(name, line);
            String id = fields.id(row);
            LocalDate start = fields.requiredDate(row, "start");
            LocalDate birth = fields.optionalDate(row, "birth_date");
            LocalDate exit = fields.optionalDate(row, "exit_date");
            if (fields.ok()) {
                Participant.problems(id, start, row.get("cohort"), birth, exit).forEach(e -> fields.error(e.field(), e.problem()));
            }
            Participant participant = fields.ok() ? new Participant(id, start, row.get("cohort"), birth, exit) : null;
            if (participant != null) {
                int earlier = builder.indexOf(id);
                Integer earlierRejected = rejectedParticipantLines.get(id);
                if (earlier >= 0 || earlierRejected != null) {
                    fields.error("id", "'" + id + "' is a duplicate of the participant on line "
                            + (earlier >= 0 ? participantLines.get(earlier) : earlierRejected));
                    participant = null;
                }
            }
            if (participant == null) {
                if (id != null) {
                    rejectedParticipantLines.putIfAbsent(id, line);
                }
                report.rejected(name);
            } else {
                builder.add(participant);
                participantLines.add(line);
                report.used(name);
            }
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
            Fields fields = new Fields(name, line);
            String id = fields.id(row);
            LocalDate start = fields.requiredDate(row, "start");
            LocalDate end = fields.optionalDate(row, "end");
            String type = row.get("type");
            CareEpisode episode = fields.ok() ? fields.build(() ->
                    new CareEpisode(id, start, end, type == null ? CareEpisode.DEFAULT_TYPE : type)) : null;
            if (episode != null && builder.indexOf(id) < 0) {
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
                episode = null;
            }
            if (episode == null) {
                report.rejected(name);
            } else {
                builder.add(episode);
                episodeLines.add(line);
                report.used(name);
            }
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
        private boolean ok = true;

        Fields(String file, int line) {
            this.file = file;
            this.line = line;
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
            String id = row.raw("id");
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

        LocalDate requiredDate(CsvRows.Row row, String column) {
            if (row.get(column) == null) {
                error(column, "is required");
                return null;
            }
            return optionalDate(row, column);
        }

        LocalDate optionalDate(CsvRows.Row row, String column) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            try {
                return DateText.parse(column, text);
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
