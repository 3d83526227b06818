package org.sibcalc.io;

import org.sibcalc.data.Participant;

/**
 * The most the readers take from one file (docs/limits.md). Each is far beyond a real contract or a real
 * year of care data, and each turns a hostile or broken file — a 2 GB file of one line, JSON nested
 * 100,000 deep, a CSV row of a million columns — into one clear error within seconds, instead of a hang or
 * running out of memory. A limit reached is an error like any other: {@code file:line: field: message},
 * and nothing is calculated.
 */
public final class InputLimits {

    /** The largest CSV file read, in bytes (1 GiB): about 10 million rows of the Essex shape. */
    public static final long MAX_CSV_BYTES = 1L << 30;
    /** The most data rows read from one CSV file; the header and blank lines are not rows. */
    public static final int MAX_ROWS = 10_000_000;
    /** The most fields in one CSV row, the header's columns included. */
    public static final int MAX_COLUMNS = 1_000;
    /** The most characters in one CSV row (its fields, without separators and quotes). */
    public static final int MAX_ROW_CHARS = 1 << 20;
    /** The most characters in one CSV field. */
    public static final int MAX_FIELD_CHARS = 10_000;
    /** The most characters in a participant's id (docs/input-files.md). */
    public static final int MAX_ID_CHARS = Participant.MAX_ID_LENGTH;

    /** The largest contract file read, in bytes (1 MiB; a contract is a few kilobytes). */
    public static final int MAX_JSON_BYTES = 1 << 20;
    /** The deepest nesting of JSON objects and lists in a contract; a contract's own fields are 4 deep. */
    public static final int MAX_JSON_DEPTH = 16;
    /** The most outcomes in a contract. */
    public static final int MAX_OUTCOMES = 100;
    /** The most named states in a contract. */
    public static final int MAX_STATES = 100;
    /**
     * The most measurement dates in a contract, listed or derived from {@code every}: a thousand years of
     * quarter ends, or three centuries of month ends.
     */
    public static final int MAX_MEASUREMENT_DATES = 4_000;

    private InputLimits() {
    }
}
