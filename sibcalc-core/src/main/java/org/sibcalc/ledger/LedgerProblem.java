package org.sibcalc.ledger;

import java.util.Objects;

/**
 * A rule of docs/ledger.md that an entry of a payment ledger breaks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entry   the position of the entry in the list checked, from 0
 * @param field   {@code date} or {@code amount}, not null
 * @param message what is wrong, naming the value, as a sentence without a full stop, not null
 */
public record LedgerProblem(int entry, String field, String message) {

    /**
     * Checks the fields.
     *
     * @param entry the {@link #entry() entry} record component
     * @param field the {@link #field() field} record component
     * @param message the {@link #message() message} record component
     */
    public LedgerProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
