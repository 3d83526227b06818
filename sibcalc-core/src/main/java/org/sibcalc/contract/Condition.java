package org.sibcalc.contract;

import org.sibcalc.basics.InvalidValueException;

/**
 * Which days of a participant meet an outcome's condition: the days in a state ({@code {"in": "foster"}})
 * or the days out of it ({@code {"outOf": "care"}}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the state's name: {@value State#CARE} or one of the contract's states; not null
 * @param in    true for the days in the state, false for the days out of it
 */
public record Condition(String state, boolean in) {

    /**
     * Validates the state's name.
     *
     * @param state the {@link #state() state} record component
     * @param in the {@link #in() in} record component
     */
    public Condition {
        if (state == null || state.isBlank()) {
            throw new InvalidValueException(in ? "in" : "outOf", "is required: the name of a state");
        }
    }

    /**
     * {@return the condition of being in the state}
     *
     * @param state {@value State#CARE} or the name of one of the contract's states, not null
     */
    public static Condition in(String state) {
        return new Condition(state, true);
    }

    /**
     * {@return the condition of being out of the state}
     *
     * @param state {@value State#CARE} or the name of one of the contract's states, not null
     */
    public static Condition outOf(String state) {
        return new Condition(state, false);
    }

    /** {@return the contract file's name of this condition's field: {@code in} or {@code outOf}} */
    public String field() {
        return in ? "in" : "outOf";
    }

    @Override
    public String toString() {
        return (in ? "in " : "out of ") + state;
    }
}
