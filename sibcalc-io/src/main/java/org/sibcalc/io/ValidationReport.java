package org.sibcalc.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything found wrong with a set of input files, and what became of every row (SPEC §8).
 *
 * <p>Every error is kept, not just the first. Rows are accounted for per file: rows read = rows used +
 * rows rejected. Mutable while the files are read; not thread-safe.
 */
public final class ValidationReport {

    /**
     * What became of the data rows of one file (the header and empty lines are not rows).
     *
     * @param read     data rows read
     * @param used     rows that went into the calculation
     * @param rejected rows left out, each with an error (or, for ignored unmatched episodes, a warning)
     */
    public record RowCount(long read, long used, long rejected) {
    }

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, long[]> rows = new LinkedHashMap<>();

    /** Records an error. */
    public void error(String file, int line, String field, String message) {
        errors.add(new Problem(Problem.Severity.ERROR, file, line, field, message));
    }

    /** Records a warning. */
    public void warning(String file, int line, String field, String message) {
        warnings.add(new Problem(Problem.Severity.WARNING, file, line, field, message));
    }

    /**
     * Returns the tally of the file's data rows, listing the file in the row counts even when it has no
     * rows or cannot be read.
     */
    RowTally rowsOf(String file) {
        return new RowTally(counts(file));
    }

    /** Counts the data rows of one file as they are used or rejected. */
    static final class RowTally {
        private final long[] counts; // {used, rejected}, shared with the report

        private RowTally(long[] counts) {
            this.counts = counts;
        }

        /** Counts a data row that went into the calculation. */
        void used() {
            counts[0]++;
        }

        /** Counts a data row that was left out. */
        void rejected() {
            counts[1]++;
        }

        /** Counts every row counted as used so far as left out instead. */
        void rejectUsed() {
            counts[1] += counts[0];
            counts[0] = 0;
        }
    }

    /**
     * Adds everything in {@code other}, a report of files read apart from this one's, after what is here:
     * its problems in order of line (in the order found within a line) and its row counts.
     */
    void append(ValidationReport other) {
        append(other, Comparator.comparingInt(Problem::line));
    }

    /** As {@link #append(ValidationReport)}, with the other report's problems in the order given. */
    void append(ValidationReport other, Comparator<Problem> order) {
        other.errors.stream().sorted(order).forEach(errors::add);
        other.warnings.stream().sorted(order).forEach(warnings::add);
        other.rows.forEach((file, counts) -> {
            long[] here = counts(file);
            here[0] += counts[0];
            here[1] += counts[1];
        });
    }

    /** Returns true when there is at least one error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Returns every error, in the order found. */
    public List<Problem> errors() {
        return Collections.unmodifiableList(errors);
    }

    /** Returns every warning, in the order found. */
    public List<Problem> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Returns the row counts of each data file read, in the order read. */
    public Map<String, RowCount> rowCounts() {
        Map<String, RowCount> result = new LinkedHashMap<>();
        rows.forEach((file, c) -> result.put(file, new RowCount(c[0] + c[1], c[0], c[1])));
        return Collections.unmodifiableMap(result);
    }

    private long[] counts(String file) {
        return rows.computeIfAbsent(file, f -> new long[2]);
    }
}
