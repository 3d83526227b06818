package org.sibcalc.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything found wrong with a set of input files, and what became of every row (docs/input-files.md).
 *
 * <p>Every error is kept, not just the first. Rows are accounted for per file: rows read = rows used +
 * rows rejected. A warning may be given as the facts and a way to write its sentence, which is written only
 * when the warning is read: a file with a hundred thousand warnings costs a hundred thousand small objects,
 * not a hundred thousand sentences, until they are shown. Mutable while the files are read; not thread-safe.
 */
public final class ValidationReport {

    /**
     * What became of the data rows of one file (the header and empty lines are not rows).
     *
     * @param read     data rows read
     * @param used     rows that went into the calculation, counting each repeat of an SSDA903 episode that
     *                 was merged into the one episode it repeats
     * @param rejected rows left out, each with an error (or a warning, such as for ignored unmatched
     *                 episodes)
     * @param merged   of the rows used, the repeats of an SSDA903 episode reported again (in a later year's
     *                 table or the same one) that were merged into one episode; 0 for other files
     */
    public record RowCount(long read, long used, long rejected, long merged) {

        /**
         * The row counts of a file with no merged rows.
         *
         * @param read the {@link #read() read} record component
         * @param used the {@link #used() used} record component
         * @param rejected the {@link #rejected() rejected} record component
         */
        public RowCount(long read, long used, long rejected) {
            this(read, used, rejected, 0);
        }
    }

    /** A warning, its sentence written when it is read. */
    private record Warning(String file, int line, String field, Supplier<String> message) {
        Problem problem() {
            return new Problem(Problem.Severity.WARNING, file, line, field, message.get());
        }
    }

    private final List<Problem> errors = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    // Blocks of warnings added at once (warnings(List)), each after the first `after` single warnings: a block's
    // entries are made only when read, so that a hundred thousand warnings cost nothing until shown.
    private final List<Block> blocks = new ArrayList<>();

    private record Block(int after, List<Problem> problems) {
    }
    private final Map<String, long[]> rows = new LinkedHashMap<>();

    /**
     * Records an error.
     *
     * @param file the file's name as given
     * @param line the line in the file, the header being line 1; 0 for the whole file
     * @param field the field or column concerned
     * @param message what is wrong, as a sentence without a full stop
     */
    public void error(String file, int line, String field, String message) {
        errors.add(new Problem(Problem.Severity.ERROR, file, line, field, message));
    }

    /**
     * Records a warning.
     *
     * @param file the file's name as given
     * @param line the line in the file, the header being line 1; 0 for the whole file
     * @param field the field or column concerned
     * @param message what is wrong, as a sentence without a full stop
     */
    public void warning(String file, int line, String field, String message) {
        Objects.requireNonNull(message, "message");
        warnings.add(new Warning(file, line, field, () -> message));
    }

    /**
     * Records a warning whose sentence is written only when the warning is read ({@link #warnings()}), so
     * that warnings nobody reads cost no text.
     *
     * @param message writes the sentence; called each time the warning is read, on the reading thread
     * @param file the file's name as given
     * @param line the line in the file, the header being line 1; 0 for the whole file
     * @param field the field or column concerned
     */
    public void warning(String file, int line, String field, Supplier<String> message) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        warnings.add(new Warning(file, line, field, Objects.requireNonNull(message, "message")));
    }

    /**
     * Records warnings as a block, after those recorded so far: {@code problems} is a view whose entries are
     * made, and their sentences written, only when {@link #warnings()} reads them. Each must be a warning.
     *
     * @param problems the warnings, read only when the report's warnings are; not null
     */
    public void warnings(List<Problem> problems) {
        blocks.add(new Block(warnings.size(), Objects.requireNonNull(problems, "problems")));
    }

    /**
     * Returns the tally of the file's data rows, listing the file in the row counts even when it has no
     * rows or cannot be read. For the readers of this module's formats; not for library users.
     *
     * @param file the file's name as given
     * @return the tally, counting for the file from now on
     */
    public RowTally rowsOf(String file) {
        return new RowTally(counts(file));
    }

    /**
     * Counts the data rows of one file as they are used or rejected. For the readers of this module's
     * formats; not for library users.
     */
    public static final class RowTally {
        private final long[] counts; // {used, rejected, merged}, shared with the report

        private RowTally(long[] counts) {
            this.counts = counts;
        }

        /** Counts a data row that went into the calculation. */
        public void used() {
            counts[0]++;
        }

        /**
         * Counts data rows that went into the calculation.
         *
         * @param rows how many
         */
        public void used(int rows) {
            counts[0] += rows;
        }

        /** Counts a data row that was left out. */
        public void rejected() {
            counts[1]++;
        }

        /** Counts a data row that repeats an episode and was merged into it: it is used, as a repeat. */
        public void merged() {
            counts[0]++;
            counts[2]++;
        }

        /** Counts every row counted as used so far as left out instead. */
        public void rejectUsed() {
            counts[1] += counts[0];
            counts[0] = 0;
            counts[2] = 0;
        }
    }

    /**
     * Adds every problem and row count of {@code other} after what is here, each in the order found: a report
     * some of a file's rows were checked into on another thread, put back together. For the readers of this
     * module's formats; not for library users.
     *
     * @param other the report to add; not changed
     */
    public void addAll(ValidationReport other) {
        errors.addAll(other.errors);
        int singles = warnings.size();
        other.blocks.forEach(block -> blocks.add(new Block(singles + block.after(), block.problems())));
        warnings.addAll(other.warnings);
        addRowCounts(other);
    }

    /**
     * Adds everything in {@code other}, a report of files read apart from this one's, after what is here:
     * its problems in order of line (in the order found within a line) and its row counts.
     */
    void append(ValidationReport other) {
        append(other, Comparator.comparingInt(Problem::line));
    }

    /**
     * As {@link #append(ValidationReport)}, with the other report's errors in the order given; its warnings
     * by line. Stable sorts: problems that compare equal stay in the order found.
     */
    void append(ValidationReport other, Comparator<Problem> order) {
        other.errors.stream().sorted(order).forEach(errors::add);
        other.warnings.stream().sorted(Comparator.comparingInt(Warning::line)).forEach(warnings::add);
        other.blocks.forEach(block -> warnings(block.problems())); // a block stays in its own order, after
        addRowCounts(other);
    }

    /** Adds {@code other}'s row counts, file by file, to this report's. */
    private void addRowCounts(ValidationReport other) {
        other.rows.forEach((file, counts) -> {
            long[] here = counts(file);
            for (int k = 0; k < here.length; k++) {
                here[k] += counts[k];
            }
        });
    }

    /** {@return true when there is at least one error} */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** {@return every error, in the order found} */
    public List<Problem> errors() {
        return Collections.unmodifiableList(errors);
    }

    /**
     * Returns every warning, in the order found: an unmodifiable view that writes a warning's sentence when
     * the warning is read, so that counting them ({@code size()}) or showing the first few writes no more.
     *
     * @return the warnings, never null
     */
    public List<Problem> warnings() {
        return new AbstractList<>() {
            @Override
            public Problem get(int index) {
                Objects.checkIndex(index, size());
                int singles = 0; // single warnings before the block being looked at
                int at = index; // index among the warnings from `singles` on
                for (Block block : blocks) {
                    int before = block.after() - singles;
                    if (at < before) {
                        break;
                    }
                    at -= before;
                    singles = block.after();
                    if (at < block.problems().size()) {
                        return block.problems().get(at);
                    }
                    at -= block.problems().size();
                }
                return warnings.get(singles + at).problem();
            }

            @Override
            public int size() {
                int size = warnings.size();
                for (Block block : blocks) {
                    size += block.problems().size();
                }
                return size;
            }
        };
    }

    /** {@return the row counts of each data file read, in the order read} */
    public Map<String, RowCount> rowCounts() {
        Map<String, RowCount> result = new LinkedHashMap<>();
        rows.forEach((file, c) -> result.put(file, new RowCount(c[0] + c[1], c[0], c[1], c[2])));
        return Collections.unmodifiableMap(result);
    }

    private long[] counts(String file) {
        return rows.computeIfAbsent(file, f -> new long[3]);
    }
}
