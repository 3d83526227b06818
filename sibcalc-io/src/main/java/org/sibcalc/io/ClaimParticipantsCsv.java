package org.sibcalc.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.DecimalColumn;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.data.CareData;
import org.sibcalc.claim.ClaimedParticipants;
import org.sibcalc.claim.Figure;
import org.sibcalc.data.readers.ReaderAccess;
import org.sibcalc.io.csv.RowFields;
import org.sibcalc.io.csv.CsvRows;

/**
 * Reads each young person's claimed figures, a CSV file in the form of {@code explain}'s output (docs/ledger.md;
 * {@link ExplanationCsv}): every one of its columns is required, the outcome columns named as the contract
 * names its participant outcomes. Every bad field is an error at its line, and so is an id that is no
 * participant of the data, or an id twice (the later line). The figures are kept as claimed.
 *
 * <p>The file is read as the data files are ({@link CsvRows}): each field from the row's characters, an id looked
 * up in the data without a String (first where the data's order puts it), a number into an unscaled long and its
 * scale. A String is made only for a cohort label not seen before, a number too large for a long, and a field
 * in error.
 */
public final class ClaimParticipantsCsv {

    /** Cohort labels looked up one by one before a table of them is kept. */
    private static final int FEW_COHORTS = 32;
    /** The first column of numbers, after id, cohort, first_day and last_day. */
    private static final int NUMBERS = 4;
    /** The position of expected_care_days, blank without a baseline. */
    private static final int EXPECTED = 6;

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
    public static @Nullable List<Figure> read(Path file, String name, ContractTerms terms, CareData data,
            ValidationReport report) {
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
    public static @Nullable ClaimedParticipants readColumns(Path file, String name, ContractTerms terms, CareData data,
            ValidationReport report) {
        List<String> outcomes = terms.participantOutcomes().stream().map(Outcome::name).toList();
        List<String> columns = new ArrayList<>(List.of(ExplanationCsv.HEADER.split(",")));
        outcomes.forEach(o -> columns.add(o.toLowerCase(Locale.ROOT)));
        if (!outcomes.isEmpty()) {
            columns.add("outcome_total");
        }
        // The names as explain writes them, for messages and figures: an outcome's as the contract has it.
        List<String> fields = ClaimedParticipants.fields(outcomes);
        Rows rows = new Rows(name, fields, outcomes, data, report);
        int errors = report.errors().size();
        CsvRows.read(file, name, columns, columns, report, rows::row);
        return report.errors().size() > errors ? null : rows.claimed.build();
    }

    /** The rows read so far, and what is needed to read the next. */
    private static final class Rows {
        private final String name;
        private final List<String> fields;
        private final int outcomes;
        private final CareData data;
        private final ValidationReport report;
        private final RowFields checks;

        private final ClaimedParticipants.Builder claimed;
        private final List<String> cohorts; // the labels named so far, as the claim has them
        private int lastCohort = -1;

        private final int[] lineOf; // participant → the line naming them, or 0
        private final Map<String, Integer> unknown = new HashMap<>(); // ids no participant has → their first line
        private int hint; // where the next id is looked for first: after the last one found

        // The row being read: its numbers, kept until the row is known to be good.
        private final long[] unscaled;
        private final int[] scale;
        private final BigDecimal[] large;
        private final boolean[] blank;

        Rows(String name, List<String> fields, List<String> outcomes, CareData data, ValidationReport report) {
            this.name = name;
            this.fields = fields;
            this.outcomes = outcomes.size();
            this.data = data;
            this.report = report;
            checks = new RowFields(report, name, fields);
            claimed = ClaimedParticipants.builder(data, outcomes, data.participantCount());
            cohorts = claimed.cohorts();
            int count = fields.size() - NUMBERS;
            lineOf = new int[data.participantCount()];
            unscaled = new long[count];
            scale = new int[count];
            large = new BigDecimal[count];
            blank = new boolean[count];
        }

        void row(int line, CsvRows.Row row) {
            RowFields checks = this.checks.at(line);
            int participant = -1;
            if (checks.id(row)) {
                participant = participant(row, line, checks);
            }
            int label = cohort(row);
            int first = checks.optionalDay(row, 2);
            int last = checks.optionalDay(row, 3);
            for (int c = NUMBERS; c < fields.size(); c++) {
                number(row, c, checks);
            }
            if (!checks.ok()) {
                row.rejected();
                return;
            }
            claimed.add(participant, label, first, last);
            for (int k = 0; k < unscaled.length; k++) {
                DecimalColumn.Builder number = claimed.number(k);
                if (blank[k]) {
                    number.addNull();
                } else if (large[k] != null) {
                    number.add(large[k]);
                } else {
                    number.add(unscaled[k], scale[k]);
                }
            }
            row.used();
        }

        /** The row's young person's position in the data, or -1 with an error: not one of them, or named before. */
        private int participant(CsvRows.Row row, int line, RowFields checks) {
            char[] chars = row.chars();
            int from = row.start(0);
            int to = row.end(0);
            int found = hint < data.participantCount() && ReaderAccess.hasId(data, hint, chars, from, to) ? hint
                    : ReaderAccess.indexOf(data, chars, from, to, hint);
            if (found < 0) {
                String id = row.raw(0);
                Integer earlier = unknown.putIfAbsent(id, line);
                checks.error("id", "'" + id + "' " + (earlier != null ? "is also on line " + earlier
                        : "is not a participant of the data"));
                return -1;
            }
            hint = found + 1;
            if (lineOf[found] != 0) {
                checks.error("id", "'" + row.raw(0) + "' is also on line " + lineOf[found]);
                return -1;
            }
            lineOf[found] = line;
            return found;
        }

        /** The row's cohort label as its position among those read, or -1 when blank. */
        private int cohort(CsvRows.Row row) {
            if (row.isBlank(1)) {
                return -1;
            }
            if (lastCohort >= 0 && row.equalsTrimmed(1, cohorts.get(lastCohort))) {
                return lastCohort;
            }
            if (cohorts.size() <= FEW_COHORTS) {
                for (int k = 0; k < cohorts.size(); k++) {
                    if (row.equalsTrimmed(1, cohorts.get(k))) {
                        lastCohort = k;
                        return k;
                    }
                }
            }
            lastCohort = claimed.cohort(row.get(1));
            return lastCohort;
        }

        /**
         * Reads number column {@code c} into the row's numbers: a whole number of zero or more (days, units) or a
         * decimal in plain notation (expected care days, the outcome total); blank only for expected care days.
         */
        private void number(CsvRows.Row row, int c, RowFields checks) {
            int k = c - NUMBERS;
            large[k] = null;
            blank[k] = row.isBlank(c);
            if (blank[k]) {
                if (c != EXPECTED) { // expected_care_days is blank without a baseline
                    checks.error(fields.get(c), "is required");
                }
                return;
            }
            boolean whole = c < EXPECTED || c > EXPECTED && c < EXPECTED + 1 + outcomes;
            char[] chars = row.chars();
            int from = row.trimmedStart(c);
            int to = row.trimmedEnd(c);
            if (!parse(chars, from, to, whole, k)) {
                checks.error(fields.get(c), "'" + row.get(c) + "' is not " + (whole ? "a whole number of zero or more"
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
