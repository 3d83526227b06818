package org.sibcalc.data;

import static org.sibcalc.basics.InvalidValueException.required;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.InvalidValueException;

/**
 * A period in care of one young person, as recorded: how {@code end} is read (exclusive or inclusive) is
 * a term of the contract, not of the episode.
 *
 * <p>Field names in messages are those of the episodes file: {@code id}, {@code start}, {@code end},
 * {@code type}, {@code placement}.
 *
 * <p>This class is immutable and thread-safe. {@link #of(String, LocalDate, LocalDate)} and
 * {@link #open(String, LocalDate)} make the common episodes, {@link #withType} and {@link #withPlacement} the
 * rest.
 *
 * @param participantId the participant's {@code id}
 * @param start         first day of the episode
 * @param end           the day the episode ceased; empty while it is still open; not before {@code start}
 * @param type          the episode type (such as a legal status), trimmed, not blank
 * @param placement     the placement (such as a placement code), trimmed; "" when not given
 */
public record CareEpisode(String participantId, LocalDate start, Optional<LocalDate> end, String type,
        String placement) {

    /** The type of an episode whose type is not given. */
    public static final String DEFAULT_TYPE = "CARE";
    /** The placement of an episode whose placement is not given. */
    public static final String NO_PLACEMENT = "";

    /**
     * Validates every field; see the class description.
     *
     * @param participantId the {@link #participantId() participantId} record component
     * @param start the {@link #start() start} record component
     * @param end the {@link #end() end} record component
     * @param type the {@link #type() type} record component
     * @param placement the {@link #placement() placement} record component
     */
    public CareEpisode {
        Participant.checkId("id", participantId);
        required("start", start);
        Objects.requireNonNull(end, "end (an Optional)");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new InvalidValueException("end", end.get() + " is before start " + start);
        }
        required("type", type);
        if (type.isBlank() || !type.equals(type.strip())) {
            throw new InvalidValueException("type", "'" + type + "' must be non-blank without leading or trailing blanks");
        }
        required("placement", placement);
        if (!placement.equals(placement.strip())) {
            throw new InvalidValueException("placement", "'" + placement + "' must not have leading or trailing blanks");
        }
    }

    /**
     * An episode without a placement ({@value #NO_PLACEMENT}); see the class description.
     *
     * @param participantId the {@link #participantId() participantId} record component
     * @param start the {@link #start() start} record component
     * @param end the {@link #end() end} record component
     * @param type the {@link #type() type} record component
     */
    public CareEpisode(String participantId, LocalDate start, Optional<LocalDate> end, String type) {
        this(participantId, start, end, type, NO_PLACEMENT);
    }

    /**
     * Returns true when these fields, as a reader holds them, make a valid episode: the rules of the
     * constructor, checked without making a String or a date.
     *
     * @param id    the id is {@code id[from, to)}
     * @param start epoch day, or {@link CareData#NO_DAY}
     * @param end   epoch day, or {@link CareData#OPEN}
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @param type the episode's type, not null
     * @param placement the episode's placement, {@code ""} for none; not null
     * @return true when the fields make a valid episode
     */
    static boolean isValid(char[] id, int from, int to, int start, int end, @Nullable String type,
            @Nullable String placement) {
        return Participant.isValidId(id, from, to) && isValid(start, end, type, placement);
    }

    /**
     * Checks fields as a reader holds them ({@link #isValid(char[], int, int, int, int, String, String)}),
     * and only when they are bad makes the record, to throw what its constructor says.
     *
     * @param id the id as a String, made only when needed
     * @param from where the id starts in {@code id}
     * @param to where the id ends in {@code id} (exclusive)
     * @param start epoch day
     * @param end epoch day, or {@link CareData#OPEN}
     * @param type the episode's type, not null
     * @param placement the episode's placement, {@code ""} for none; not null
     * @throws InvalidValueException naming the first bad field
     */
    static void check(char[] id, int from, int to, int start, int end, @Nullable String type,
            @Nullable String placement) {
        if (!isValid(id, from, to, start, end, type, placement)) {
            throwProblem(new String(id, from, to - from), start, end, type, placement);
        }
    }

    /**
     * As {@link #check(char[], int, int, int, int, String, String)}, for an episode of a participant known
     * to exist.
     */
    static void check(String id, int start, int end, @Nullable String type, @Nullable String placement) {
        if (!isValid(start, end, type, placement)) {
            throwProblem(id, start, end, type, placement);
        }
    }

    private static void throwProblem(String id, int start, int end, @Nullable String type,
            @Nullable String placement) {
        new CareEpisode(id, CareData.date(start), Optional.ofNullable(end == CareData.OPEN ? null : CareData.date(end)),
                type, placement);
        throw new AssertionError("CareEpisode.isValid disagrees with its constructor");
    }

    /** As {@link #isValid(char[], int, int, int, int, String, String)}, for all but the id. */
    static boolean isValid(int start, int end, @Nullable String type, @Nullable String placement) {
        return start != CareData.NO_DAY && (end == CareData.OPEN || end >= start) && isValidType(type)
                && isValidPlacement(placement);
    }

    /**
     * {@return true when {@code type} may be an episode's type: not blank, no surrounding blanks} Its first and
     * last characters are enough to tell (a reader checks every row's).
     */
    static boolean isValidType(@Nullable String type) {
        return type != null && !type.isEmpty() && unblankEnds(type);
    }

    /** {@return true when {@code placement} may be an episode's placement: "" or text without surrounding blanks} */
    static boolean isValidPlacement(@Nullable String placement) {
        return placement != null && (placement.isEmpty() || unblankEnds(placement));
    }

    /** True when a text that is not empty neither starts nor ends with a blank ({@link String#strip}'s). */
    private static boolean unblankEnds(String text) {
        return !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /**
     * {@return a closed episode of the default type {@value #DEFAULT_TYPE}}
     *
     * @param participantId the participant's id, not null
     * @param start the first day in care, not null
     * @param end the end as recorded, not null
     */
    public static CareEpisode of(String participantId, LocalDate start, LocalDate end) {
        return new CareEpisode(participantId, start, Optional.of(end), DEFAULT_TYPE);
    }

    /**
     * {@return an episode of the default type that has not ended}
     *
     * @param participantId the participant's id, not null
     * @param start the first day in care, not null
     */
    public static CareEpisode open(String participantId, LocalDate start) {
        return new CareEpisode(participantId, start, Optional.empty(), DEFAULT_TYPE);
    }

    /**
     * {@return a copy with the given type}
     *
     * @param newType the type, not null or blank
     */
    public CareEpisode withType(String newType) {
        return new CareEpisode(participantId, start, end, newType, placement);
    }

    /**
     * {@return a copy with the given placement; "" for none}
     *
     * @param newPlacement the placement, not null
     */
    public CareEpisode withPlacement(String newPlacement) {
        return new CareEpisode(participantId, start, end, type, newPlacement);
    }

    /** {@return true when the episode has no end date yet} */
    public boolean isOpen() {
        return end.isEmpty();
    }
}
