package org.sibcalc.data;

import static org.sibcalc.basics.InvalidValueException.required;

import java.time.LocalDate;
import org.sibcalc.basics.InvalidValueException;

/**
 * A period in care of one young person, as recorded: how {@code end} is read (exclusive or inclusive) is
 * a term of the contract, not of the episode.
 *
 * <p>Field names in messages are those of the episodes file: {@code id}, {@code start}, {@code end},
 * {@code type}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param participantId the participant's {@code id}, not null
 * @param start         first day of the episode, not null
 * @param end           the day the episode ceased, or null while it is still open; not before {@code start}
 * @param type          the episode type (a legal status or placement code), trimmed, not null or blank
 */
public record CareEpisode(String participantId, LocalDate start, LocalDate end, String type) {

    /** The type of an episode whose type is not given. */
    public static final String DEFAULT_TYPE = "CARE";

    /** Validates every field; see the class description. */
    public CareEpisode {
        Participant.checkId("id", participantId);
        required("start", start);
        if (end != null && end.isBefore(start)) {
            throw new InvalidValueException("end", end + " is before start " + start);
        }
        required("type", type);
        if (type.isBlank() || !type.equals(type.strip())) {
            throw new InvalidValueException("type", "'" + type + "' must be non-blank without leading or trailing blanks");
        }
    }

    /**
     * Returns true when these fields, as a reader holds them, make a valid episode: the rules of the
     * constructor, checked without making a String or a date.
     *
     * @param id    the id is {@code id[from, to)}
     * @param start epoch day, or {@link CareData#NO_DAY}
     * @param end   epoch day, or {@link CareData#OPEN}
     */
    public static boolean isValid(char[] id, int from, int to, int start, int end, String type) {
        return Participant.isValidId(id, from, to) && isValid(start, end, type);
    }

    /**
     * Checks fields as a reader holds them ({@link #isValid(char[], int, int, int, int, String)}), and only
     * when they are bad makes the record, to throw what its constructor says.
     *
     * @param id the id as a String, made only when needed
     * @throws InvalidValueException naming the first bad field
     */
    public static void check(char[] id, int from, int to, int start, int end, String type) {
        if (!isValid(id, from, to, start, end, type)) {
            throwProblem(new String(id, from, to - from), start, end, type);
        }
    }

    /** As {@link #check(char[], int, int, int, int, String)}, for an episode of a participant known to exist. */
    static void check(String id, int start, int end, String type) {
        if (!isValid(start, end, type)) {
            throwProblem(id, start, end, type);
        }
    }

    private static void throwProblem(String id, int start, int end, String type) {
        new CareEpisode(id, CareData.date(start), end == CareData.OPEN ? null : CareData.date(end), type);
        throw new AssertionError("CareEpisode.isValid disagrees with its constructor");
    }

    /** As {@link #isValid(char[], int, int, int, int, String)}, for all but the id. */
    static boolean isValid(int start, int end, String type) {
        return start != CareData.NO_DAY && (end == CareData.OPEN || end >= start)
                && type != null && !type.isBlank() && type.equals(type.strip());
    }

    /** Returns a closed episode of the default type {@value #DEFAULT_TYPE}. */
    public static CareEpisode of(String participantId, LocalDate start, LocalDate end) {
        return new CareEpisode(participantId, start, end, DEFAULT_TYPE);
    }

    /** Returns an episode of the default type that has not ended. */
    public static CareEpisode open(String participantId, LocalDate start) {
        return new CareEpisode(participantId, start, null, DEFAULT_TYPE);
    }

    /** Returns a copy with the given type. */
    public CareEpisode withType(String newType) {
        return new CareEpisode(participantId, start, end, newType);
    }

    /** Returns true when the episode has no end date yet. */
    public boolean isOpen() {
        return end == null;
    }
}
