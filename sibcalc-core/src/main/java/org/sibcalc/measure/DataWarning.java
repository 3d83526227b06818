package org.sibcalc.measure;

import java.util.Objects;

/**
 * Something in the data a commissioner should look at, which does not stop the calculation (SPEC §8).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind        what kind of warning, not null
 * @param participant the participant's position in the data
 * @param episode     the episode's position in the data, or -1 when the warning is about the participant
 * @param field       the input field the warning is about, such as {@code start}, not null
 * @param message     a sentence naming the participant, the dates and what follows from them, not null
 */
public record DataWarning(Kind kind, int participant, int episode, String field, String message) {

    /** The kinds of warning the calculation reports. */
    public enum Kind {
        /** Two counted episodes of one participant share days; those days are counted once. */
        OVERLAPPING_EPISODES,
        /** A counted episode ends on the day it starts and counts no days. */
        ZERO_LENGTH_EPISODE,
        /** A counted episode has no day in the participant's whole tracking window. */
        EPISODE_OUTSIDE_WINDOW,
        /** A participant starts after the reporting date and is not counted. */
        STARTS_AFTER_REPORTING_DATE
    }

    /** Checks the fields. */
    public DataWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
