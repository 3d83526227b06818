package org.sibcalc.io;

import java.util.Objects;

/**
 * An error or warning about an input, placed in its file: {@code episodes.csv:14: end: 2019-02-01 is
 * before start 2019-03-04}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Control characters in the field and the message (a line break inside a quoted CSV value, a NUL byte
 * that a JSON parser quotes) are written as escapes, {@code \n} or {@code \u0000}, so that a problem is
 * always one line of text.
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

    /**
     * Checks the fields.
     *
     * @param severity the {@link #severity() severity} record component
     * @param file the {@link #file() file} record component
     * @param line the {@link #line() line} record component
     * @param field the {@link #field() field} record component
     * @param message the {@link #message() message} record component
     */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        field = oneLine(field);
        message = oneLine(message);
    }

    /** The text with each control character (and each Unicode line or paragraph separator) escaped. */
    private static String oneLine(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (!control) {
                    escaped.append(c);
                } else if (c == '\n') {
                    escaped.append("\\n");
                } else if (c == '\r') {
                    escaped.append("\\r");
                } else if (c == '\t') {
                    escaped.append("\\t");
                } else {
                    escaped.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Returns {@code file:line: field: message}, or {@code file: field: message} for a whole-file problem. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
    }
}
