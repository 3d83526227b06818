package org.sibcalc.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.InvalidValueException;

/**
 * A young person who started the intervention.
 *
 * <p>Field names in messages are those of the participants file: {@code id}, {@code start},
 * {@code cohort}, {@code birth_date}, {@code exit_date}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>{@link #of(String, LocalDate)} makes one with an id and a start alone; {@link #withCohort},
 * {@link #withBirthDate} and {@link #withExitDate} add the optional values.
 *
 * @param id        pseudonymous identifier, 1–64 characters without leading or trailing blanks
 * @param start     first day of tracking
 * @param cohort    the cohort label; empty to derive it from {@code start} by the contract's cohort rule
 * @param birthDate date of birth, used for age-out; empty when not known; not after {@code start}
 * @param exitDate  first day the young person is no longer tracked; empty while tracked; not before
 *                  {@code start}
 */
public record Participant(String id, LocalDate start, Optional<String> cohort, Optional<LocalDate> birthDate,
        Optional<LocalDate> exitDate) {

    /** The longest identifier accepted. */
    public static final int MAX_ID_LENGTH = 64;

    /**
     * Validates every field; see the class description.
     *
     * @param id the {@link #id() id} record component
     * @param start the {@link #start() start} record component
     * @param cohort the {@link #cohort() cohort} record component
     * @param birthDate the {@link #birthDate() birthDate} record component
     * @param exitDate the {@link #exitDate() exitDate} record component
     */
    public Participant {
        Objects.requireNonNull(cohort, "cohort (an Optional)");
        Objects.requireNonNull(birthDate, "birthDate (an Optional)");
        Objects.requireNonNull(exitDate, "exitDate (an Optional)");
        List<InvalidValueException> problems = problems(id, start, cohort.orElse(null), birthDate.orElse(null),
                exitDate.orElse(null));
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Returns everything wrong with these fields, in field order, so that a reader can report it all at
     * once; empty when they make a valid participant.
     *
     * @param id the participant's id, possibly null
     * @param start the first day of tracking, possibly null
     * @param cohort the cohort label, or null to derive it
     * @param birthDate the birth date, or null
     * @param exitDate the exit date, or null
     * @return one exception per problem, naming its field; never null
     */
    public static List<InvalidValueException> problems(@Nullable String id, @Nullable LocalDate start,
            @Nullable String cohort, @Nullable LocalDate birthDate, @Nullable LocalDate exitDate) {
        List<InvalidValueException> problems = new ArrayList<>();
        try {
            checkId("id", id);
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        if (start == null) {
            problems.add(new InvalidValueException("start", "is required"));
        }
        if (cohort != null && (cohort.isBlank() || !cohort.equals(cohort.strip()))) {
            problems.add(new InvalidValueException("cohort",
                    "'" + cohort + "' must be non-blank without leading or trailing blanks"));
        }
        if (start != null && birthDate != null && birthDate.isAfter(start)) {
            problems.add(new InvalidValueException("birth_date", birthDate + " is after start " + start));
        }
        if (start != null && exitDate != null && exitDate.isBefore(start)) {
            problems.add(new InvalidValueException("exit_date", exitDate + " is before start " + start));
        }
        return problems;
    }

    /**
     * Returns true when these fields, as a reader holds them, make a valid participant: the same rules as
     * {@link #problems}, checked without making a String or a date, so that millions of rows are cheap to
     * check and only a bad one is looked at again for its messages.
     *
     * @param id     the id is {@code id[from, to)}
     * @param start  epoch day, or {@link CareData#NO_DAY}
     * @param birth  epoch day, or {@link CareData#NO_DAY} when not known
     * @param exit   epoch day, or {@link CareData#NO_DAY} when not known
     */
    static boolean isValid(char[] id, int from, int to, int start, @Nullable String cohort, int birth, int exit) {
        return isValidId(id, from, to) && start != CareData.NO_DAY
                && (cohort == null || !cohort.isBlank() && cohort.equals(cohort.strip()))
                && (birth == CareData.NO_DAY || birth <= start)
                && (exit == CareData.NO_DAY || exit >= start);
    }

    /**
     * Checks fields as a reader holds them ({@link #isValid}), and only when they are bad makes the record,
     * to throw what its constructor says.
     *
     * @throws InvalidValueException naming the first bad field
     */
    static void check(char[] id, int from, int to, int start, @Nullable String cohort, int birth, int exit) {
        if (!isValid(id, from, to, start, cohort, birth, exit)) {
            ofNullable(new String(id, from, to - from), CareData.date(start), cohort, CareData.date(birth),
                    CareData.date(exit));
            throw new AssertionError("Participant.isValid disagrees with Participant.problems");
        }
    }

    /** Returns true when {@code id[from, to)} passes {@link #checkId}: 1 to 64 characters, not padded. */
    static boolean isValidId(char[] id, int from, int to) {
        return to > from && to - from <= MAX_ID_LENGTH
                && !Character.isWhitespace(id[from]) && !Character.isWhitespace(id[to - 1]);
    }

    /**
     * {@return a participant with only an id and a start; the cohort is derived, no age-out, no exit}
     *
     * @param id the participant's id, not null or blank
     * @param start the first day of tracking, not null
     */
    public static Participant of(String id, LocalDate start) {
        return new Participant(id, start, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A participant from the columns of {@link CareData}, where null is a value not given. */
    static Participant ofNullable(String id, @Nullable LocalDate start, @Nullable String cohort,
            @Nullable LocalDate birthDate, @Nullable LocalDate exitDate) {
        return new Participant(id, start, Optional.ofNullable(cohort), Optional.ofNullable(birthDate),
                Optional.ofNullable(exitDate));
    }

    /**
     * {@return a copy with the given cohort label}
     *
     * @param label the cohort label
     */
    public Participant withCohort(String label) {
        return new Participant(id, start, Optional.of(label), birthDate, exitDate);
    }

    /**
     * {@return a copy with the given birth date}
     *
     * @param date the birth date
     */
    public Participant withBirthDate(LocalDate date) {
        return new Participant(id, start, cohort, Optional.of(date), exitDate);
    }

    /**
     * {@return a copy with the given exit date}
     *
     * @param date the exit date
     */
    public Participant withExitDate(LocalDate date) {
        return new Participant(id, start, cohort, birthDate, Optional.of(date));
    }

    /**
     * Checks a participant identifier as found in either file.
     *
     * @throws InvalidValueException naming {@code field} when the id is null, blank, too long or padded
     */
    static void checkId(String field, @Nullable String id) {
        if (id == null || id.isEmpty()) {
            throw new InvalidValueException(field, "is required");
        }
        if (id.length() > MAX_ID_LENGTH) {
            // A very long id (a whole line that is not CSV, say) is quoted in part, so that the message stays a line.
            String quoted = id.length() <= 2 * MAX_ID_LENGTH ? "'" + id + "'"
                    : "'" + id.substring(0, MAX_ID_LENGTH) + "...' (" + id.length() + " characters)";
            throw new InvalidValueException(field, quoted + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        if (id.isBlank()) {
            throw new InvalidValueException(field, "is blank");
        }
        if (!id.equals(id.strip())) {
            throw new InvalidValueException(field, "'" + id + "' has leading or trailing blanks");
        }
    }
}
