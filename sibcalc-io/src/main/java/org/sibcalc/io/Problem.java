package org.sibcalc.io;

import java.util.Objects;

/**
 * An error or warning about an input, placed in its file: {@code episodes.csv:14: end: 2019-02-01 is
 * before start 2019-03-04}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param severity whether the calculation can go on, not null
 * @param file     the file's name as given, not null
 * @param line     the line in the file, the header being line 1; 0 when the problem concerns the whole file
 * @param field    the field or column concerned, not null
 * @param message  what is wrong, as a sentence without a full stop, not null
 */
public record Problem(Severity severity, String file, int line, String field, String message) {

    /** Whether a problem stops the calculation. */
    public enum Severity {
        /** The calculation cannot go on; no statement is written. */
        ERROR,
        /** Worth a look; the calculation goes on. */
        WARNING
    }

    /** Checks the fields. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code file:line: field: message}, or {@code file: field: message} for a whole-file problem. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
    }
}
