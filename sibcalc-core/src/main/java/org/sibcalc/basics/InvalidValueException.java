package org.sibcalc.basics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value that breaks a rule of the data or the contract, naming the field it came from.
 *
 * <p>The message reads {@code field: problem}, for example {@code exit_date: 2019-01-01 is before start
 * 2019-03-04}. Readers of files put the file and line in front of it.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the field whose value is wrong. */
    private final String field;
    /** What is wrong with the value, without the field name. */
    private final String problem;

    /**
     * Creates an exception for a field.
     *
     * @param field   the field's name as it is spelt in the input, not null
     * @param problem what is wrong with its value, as a sentence without a full stop, not null
     */
    public InvalidValueException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
    }

    /** {@return the name of the field whose value is wrong, never null} */
    public String field() {
        return field;
    }

    /** {@return what is wrong with the value, without the field name, never null} */
    public String problem() {
        return problem;
    }

    /**
     * Checks that a value is present.
     *
     * @param <T> the type of the value
     * @param field the field's name, for the message
     * @param value the value, possibly null
     * @return the value, never null
     * @throws InvalidValueException naming the field when the value is null
     */
    public static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
