package org.sibcalc.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.ledger.ClaimedParticipants;
import org.sibcalc.ledger.Figure;

/**
 * Reads each young person's claimed figures, a CSV file in the form of {@code explain}'s output (docs/ledger.md;
 * {@link ExplanationCsv}): every one of its columns is required, the outcome columns named as the contract
 * names its participant outcomes. Every bad field is an error at its line, and so is an id that is no
 * participant of the data, or an id twice (the later line). The figures are kept as claimed.
 *
 * <p>The file is read as the data files are ({@link CsvRows}): each field from FastCSV's characters, an id looked
 * up in the data without a String (first where the data's order puts it), a number into an unscaled long and its
 * scale. A String is made only for a cohort label not seen before, a number too large for a long, and a field
 * in error. FastCSV tokenizes on the calling thread and hands the rows over in batches to a second thread,
 * which checks them and keeps their figures: a million rows take the time of the slower of the two.
 */
public final class ClaimParticipantsCsv {

    /** The first column of numbers, after id, cohort, first_day and last_day. */
    private static final int NUMBERS = 4;
    /** The position of expected_care_days, blank without a baseline. */
    private static final int EXPECTED = 6;
    /** Cohort labels looked up one by one before a table of them is kept. */
    private static final int FEW_COHORTS = 32;
    /** Rows handed over at a time, and batches in flight. */
    private static final int BATCH_ROWS = 4_096;
    private static final int BATCHES = 4;
    /**
     * Problems in the order the file has them, as one thread reading it finds them: by line, and those of the
     * whole file without a line (a file that stops being readable) after the rows before it.
     */
    private static final Comparator<Problem> BY_LINE = Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE
            : p.line());

    private ClaimParticipantsCsv() {
    }

    /**
     * Reads the file, reporting every problem in {@code report}.
     *
     * @param data the data the claim must be about: every id must be one of its participants
     * @param name the file's name in messages
     * @param file the claimed young people's figures, a CSV file in the columns of {@code explain}
     * @param terms the contract, whose participant outcomes are the file's further columns; not null
     * @param report receives every problem, each at its line
     * @return the figures, in the order of the file (each made when it is read), or null when there were errors
     */
    public static List<Figure> read(Path file, String name, ContractTerms terms, CareData data, ValidationReport report) {
        ClaimedParticipants claimed = readColumns(file, name, terms, data, report);
        return claimed == null ? null : claimed.figures();
    }

    /**
     * Reads the file as columns, reporting every problem in {@code report}; see {@link #read}.
     *
     * @param file the claim's young people's CSV file
     * @param name the file's name in messages
     * @param terms the contract the claim is under
     * @param data the data the claim must be about: every id must be one of its participants
     * @param report where every problem found is reported
     * @return the young people's claimed figures, in the order of the file, or null when there were errors
     */
    public static ClaimedParticipants readColumns(Path file, String name, ContractTerms terms, CareData data,
            ValidationReport report) {
        List<String> outcomes = terms.participantOutcomes().stream().map(Outcome::name).toList();
        List<String> columns = new ArrayList<>(List.of(ExplanationCsv.HEADER.split(",")));
        outcomes.forEach(o -> columns.add(o.toLowerCase(Locale.ROOT)));
        if (!outcomes.isEmpty()) {
            columns.add("outcome_total");
        }
        // The names as explain writes them, for messages and figures: an outcome's as the contract has it.
        List<String> fields = ClaimedParticipants.fields(outcomes);
        ValidationReport read = new ValidationReport(); // the file's own problems, as FastCSV reads it
        Rows rows = new Rows(name, fields, outcomes, data);
        Handover handover = new Handover(rows, columns.size());
        try {
            CsvRows.read(file, name, columns, columns, read, handover::add);
        } finally {
            handover.finish();
        }
        ValidationReport found = new ValidationReport();
        found.append(read, (a, b) -> 0);
        found.append(rows.report, (a, b) -> 0);
        int errors = report.errors().size();
        report.append(found, BY_LINE);
        return report.errors().size() > errors ? null : rows.claimed.build();
    }

    /** Rows of the file, their known columns' characters one after another, as FastCSV read them. */
    private static final class Batch {
        private final int columns;
        private int size;
        private int[] lines = new int[BATCH_ROWS];
        private int[] ends; // row k's column c is chars[ends[k * columns + c - 1], ends[k * columns + c]), from 0
        private char[] chars = new char[BATCH_ROWS * 64];
        private boolean last;

        Batch(int columns) {
            this.columns = columns;
            ends = new int[BATCH_ROWS * columns];
        }

        boolean full() {
            return size == BATCH_ROWS;
        }

        void add(int line, CsvRows.Row row) {
            lines[size] = line;
            int at = size * columns;
            int used = at == 0 ? 0 : ends[at - 1];
            for (int c = 0; c < columns; c++) {
                int from = row.start(c);
                int length = row.end(c) - from;
                if (used + length > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(used + length, 2 * chars.length));
                }
                System.arraycopy(row.chars(), from, chars, used, length);
                used += length;
                ends[at + c] = used;
            }
            size++;
        }

        int start(int k, int c) {
            int at = k * columns + c;
            return at == 0 ? 0 : ends[at - 1];
        }

        int end(int k, int c) {
            return ends[k * columns + c];
        }
    }

    /**
     * Hands FastCSV's rows over to a thread that checks them, a batch at a time, batches being used again once
     * checked. What that thread throws is thrown by {@link #finish()}.
     */
    private static final class Handover {
        private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
        private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES);
        private final Thread thread;
        private volatile Throwable failure;
        private Batch batch;

        Handover(Rows rows, int columns) {
            for (int b = 0; b < BATCHES; b++) {
                empty.add(new Batch(columns));
            }
            thread = new Thread(() -> check(rows), "sibcalc-read-claim");
            thread.setDaemon(true);
            thread.start();
            batch = take(empty);
        }

        /** Takes a row of the file, as FastCSV hands it over (valid only during the call). */
        void add(int line, CsvRows.Row row) {
            batch.add(line, row);
            if (batch.full()) {
                put(batch);
                batch = take(empty);
            }
        }

        /** Hands over the last rows and waits until they are checked. */
        void finish() {
            batch.last = true;
            put(batch);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the claim", e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }

        private void check(Rows rows) {
            for (boolean last = false; !last; ) {
                Batch next = take(full);
                last = next.last;
                try {
                    if (failure == null) {
                        for (int k = 0; k < next.size; k++) {
                            rows.row(next, k);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure = e; // the rest is taken and dropped, so that the reading never waits for a place
                }
                next.size = 0;
                if (!last) {
                    put(empty, next);
                }
            }
        }

        private void put(Batch b) {
            put(full, b);
        }

        private static void put(BlockingQueue<Batch> queue, Batch b) {
            try {
                queue.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the claim", e);
            }
        }

        private static Batch take(BlockingQueue<Batch> queue) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the claim", e);
            }
        }
    }

    /** The rows checked so far, their problems, and what is needed to check the next. */
    private static final class Rows {
        private final String name;
        private final List<String> fields;
        private final int outcomes;
        private final CareData data;
        private final ValidationReport report = new ValidationReport();
        private final ValidationReport.RowTally tally;

        private final ClaimedParticipants.Builder claimed;
        private final List<String> cohorts; // the labels named so far, as the claim has them
        private int lastCohort = -1;

        private final int[] lineOf; // participant → the line naming them, or 0
        private final Map<String, Integer> unknown = new HashMap<>(); // ids no participant has → their first line
        private int hint; // where the next id is looked for first: after the last one found

        // The row being checked: where it is, whether it is good so far, and its numbers until it is known good.
        private Batch batch;
        private int row;
        private int line;
        private boolean ok;
        private final long[] unscaled;
        private final int[] scale;
        private final BigDecimal[] large;
        private final boolean[] blank;

        Rows(String name, List<String> fields, List<String> outcomes, CareData data) {
            this.name = name;
            this.fields = fields;
            this.outcomes = outcomes.size();
            this.data = data;
            tally = report.rowsOf(name);
            claimed = ClaimedParticipants.builder(data, outcomes, data.participantCount());
            cohorts = claimed.cohorts();
            int count = fields.size() - NUMBERS;
            lineOf = new int[data.participantCount()];
            unscaled = new long[count];
            scale = new int[count];
            large = new BigDecimal[count];
            blank = new boolean[count];
        }

        /** Checks row {@code k} of the batch, and keeps its figures when every field is good. */
        void row(Batch b, int k) {
            batch = b;
            row = k;
            line = b.lines[k];
            ok = true;
            int participant = id() ? participant() : -1;
            int label = cohort();
            int first = day(2);
            int last = day(3);
            for (int c = NUMBERS; c < fields.size(); c++) {
                number(c);
            }
            if (!ok) {
                tally.rejected();
                return;
            }
            claimed.add(participant, label, first, last);
            for (int n = 0; n < unscaled.length; n++) {
                DecimalColumn.Builder number = claimed.number(n);
                if (blank[n]) {
                    number.addNull();
                } else if (large[n] != null) {
                    number.add(large[n]);
                } else {
                    number.add(unscaled[n], scale[n]);
                }
            }
            tally.used();
        }

        private void error(String field, String message) {
            report.error(name, line, field, message);
            ok = false;
        }

        private char[] chars() {
            return batch.chars;
        }

        private int start(int c) {
            return batch.start(row, c);
        }

        private int end(int c) {
            return batch.end(row, c);
        }

        private int trimmedStart(int c) {
            int from = start(c);
            int to = end(c);
            while (from < to && CsvRows.Row.blank(batch.chars[from])) {
                from++;
            }
            return from;
        }

        private int trimmedEnd(int c, int from) {
            int to = end(c);
            while (to > from && CsvRows.Row.blank(batch.chars[to - 1])) {
                to--;
            }
            return to;
        }

        private boolean isBlank(int c) {
            return trimmedStart(c) == end(c);
        }

        /** Column {@code c} exactly as written. */
        private String raw(int c) {
            return new String(batch.chars, start(c), end(c) - start(c));
        }

        /** Column {@code c} without surrounding blanks, or null when blank. */
        private String get(int c) {
            int from = trimmedStart(c);
            int to = trimmedEnd(c, from);
            return from == to ? null : new String(batch.chars, from, to - from);
        }

        /** Checks the id exactly as written, as the data files' ids are: neither blank nor padded. */
        private boolean id() {
            if (isBlank(0)) {
                error("id", "is blank");
                return false;
            }
            if (CsvRows.Row.blank(batch.chars[start(0)]) || CsvRows.Row.blank(batch.chars[end(0) - 1])) {
                error("id", "'" + raw(0) + "' has leading or trailing blanks");
                return false;
            }
            return true;
        }

        /** The row's young person's position in the data, or -1 with an error: not one of them, or named before. */
        private int participant() {
            int from = start(0);
            int to = end(0);
            int found = hint < data.participantCount() && data.hasId(hint, chars(), from, to) ? hint
                    : data.indexOf(chars(), from, to, hint);
            if (found < 0) {
                String id = raw(0);
                Integer earlier = unknown.putIfAbsent(id, line);
                error("id", "'" + id + "' " + (earlier != null ? "is also on line " + earlier
                        : "is not a participant of the data"));
                return -1;
            }
            hint = found + 1;
            if (lineOf[found] != 0) {
                error("id", "'" + raw(0) + "' is also on line " + lineOf[found]);
                return -1;
            }
            lineOf[found] = line;
            return found;
        }

        /** The row's cohort label as its position among those read, or -1 when blank. */
        private int cohort() {
            int from = trimmedStart(1);
            int to = trimmedEnd(1, from);
            if (from == to) {
                return -1;
            }
            if (lastCohort >= 0 && is(from, to, cohorts.get(lastCohort))) {
                return lastCohort;
            }
            if (cohorts.size() <= FEW_COHORTS) {
                for (int k = 0; k < cohorts.size(); k++) {
                    if (is(from, to, cohorts.get(k))) {
                        lastCohort = k;
                        return k;
                    }
                }
            }
            lastCohort = claimed.cohort(new String(batch.chars, from, to - from));
            return lastCohort;
        }

        private boolean is(int from, int to, String text) {
            if (to - from != text.length()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (batch.chars[from + i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The date in column {@code c} as an epoch day, or {@link CareData#NO_DAY} when blank or bad. */
        private int day(int c) {
            int from = trimmedStart(c);
            int to = trimmedEnd(c, from);
            if (from == to) {
                return CareData.NO_DAY;
            }
            int day = DateText.epochDay(batch.chars, from, to);
            if (day != DateText.NOT_A_DATE) {
                return day;
            }
            try {
                return Math.toIntExact(DateText.parse(fields.get(c), get(c)).toEpochDay());
            } catch (InvalidValueException e) { // always, as epochDay said: this gives the message
                error(e.field(), e.problem());
                return CareData.NO_DAY;
            }
        }

        /**
         * Reads number column {@code c} into the row's numbers: a whole number of zero or more (days, units) or a
         * decimal in plain notation (expected care days, the outcome total); blank only for expected care days.
         */
        private void number(int c) {
            int k = c - NUMBERS;
            large[k] = null;
            int from = trimmedStart(c);
            int to = trimmedEnd(c, from);
            blank[k] = from == to;
            if (blank[k]) {
                if (c != EXPECTED) { // expected_care_days is blank without a baseline
                    error(fields.get(c), "is required");
                }
                return;
            }
            boolean whole = c < EXPECTED || c > EXPECTED && c < EXPECTED + 1 + outcomes;
            if (!parse(batch.chars, from, to, whole, k)) {
                error(fields.get(c), "'" + get(c) + "' is not " + (whole ? "a whole number of zero or more"
                        : "a decimal in plain notation, such as 12.5"));
            }
        }

        /**
         * Reads {@code chars[from, to)} as digits ({@code whole}) or as {@code -?digits(.digits)?} into number
         * {@code k}: an unscaled long and its scale, or a BigDecimal when it does not fit.
         *
         * @return false when the text is not of that form
         */
        private boolean parse(char[] chars, int from, int to, boolean whole, int k) {
            int i = from;
            boolean negative = !whole && i < to && chars[i] == '-';
            if (negative) {
                i++;
            }
            long value = 0;
            boolean fits = true;
            int digits = 0;
            int fraction = -1; // digits after the point, once there is one
            for (; i < to; i++) {
                char ch = chars[i];
                if (ch == '.' && !whole && fraction < 0 && digits > 0) {
                    fraction = 0;
                    continue;
                }
                if (ch < '0' || ch > '9') {
                    return false;
                }
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
                int d = ch - '0';
                if (value > (Long.MAX_VALUE - d) / 10) {
                    fits = false;
                } else {
                    value = value * 10 + d;
                }
            }
            if (digits == 0 || fraction == 0) {
                return false;
            }
            if (fits) {
                unscaled[k] = negative ? -value : value;
                scale[k] = Math.max(fraction, 0);
            } else {
                large[k] = new BigDecimal(new String(chars, from, to - from));
            }
            return true;
        }
    }
}
