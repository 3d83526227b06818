package org.sibcalc.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.sibcalc.measure.ParticipantExplanation;

/**
 * Each participant's days as CSV, one row per participant in the order of the data, with the columns
 * {@code id,cohort,first_day,last_day,child_days,care_days,expected_care_days}, then, when the contract has
 * participant outcomes, a column of units per outcome, headed by its name, and {@code outcome_total}, the
 * participant's total of their amounts after the cap per participant (exact). The days of the window are
 * inclusive and blank when the window is empty; {@code expected_care_days} is blank without a baseline.
 */
public final class ExplanationCsv {

    /** The header row. */
    public static final String HEADER = "id,cohort,first_day,last_day,child_days,care_days,expected_care_days";

    private ExplanationCsv() {
    }

    /**
     * Writes the header and a row per explanation of a contract without participant outcomes.
     *
     * @param explanations the explanations, read once, in order
     * @param out where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void write(Stream<ParticipantExplanation> explanations, Writer out) throws IOException {
        write(List.of(), explanations, out);
    }

    /**
     * Writes the header and a row per explanation; the stream is read once, in order.
     *
     * @param outcomeNames the names of the contract's participant outcomes, in order
     * @param explanations the explanations
     * @param out where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void write(List<String> outcomeNames, Stream<ParticipantExplanation> explanations, Writer out)
            throws IOException {
        out.write(HEADER);
        for (String name : outcomeNames) {
            out.write(',');
            out.write(field(name));
        }
        if (!outcomeNames.isEmpty()) {
            out.write(",outcome_total");
        }
        out.write('\n');
        try {
            for (Iterator<ParticipantExplanation> it = explanations.iterator(); it.hasNext(); ) {
                ParticipantExplanation e = it.next();
                out.write(field(e.id()));
                out.write(',');
                out.write(field(e.cohort()));
                out.write(',');
                out.write(e.firstDay().map(Object::toString).orElse(""));
                out.write(',');
                out.write(e.lastDay().map(Object::toString).orElse(""));
                out.write(',');
                out.write(Long.toString(e.childDays()));
                out.write(',');
                out.write(Long.toString(e.careDays()));
                out.write(',');
                out.write(e.expectedCareDays() == null ? "" : e.expectedCareDays().toPlainString());
                for (long units : e.outcomeUnits()) {
                    out.write(',');
                    out.write(Long.toString(units));
                }
                if (!outcomeNames.isEmpty()) {
                    out.write(',');
                    out.write(e.outcomeTotal().toPlainString());
                }
                out.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String field(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
