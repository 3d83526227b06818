package org.sibcalc.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.State;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.measure.WindowEnd;
import org.threeten.extra.LocalDateRange;

/**
 * Each participant's days as CSV (docs/explain.md), one row per participant in the order of the data, with the
 * columns {@code id,cohort,first_day,last_day,child_days,care_days,expected_care_days}, then, when the contract
 * has participant outcomes, a column of units per outcome, headed by its name, and {@code outcome_total}, the
 * participant's total of their amounts after the cap per participant (exact); then
 * {@code window_end_reason} (a {@link WindowEnd}, such as {@code REPORTING_DATE}), {@code care_days_avoided}
 * (expected care days − care days, exact) and the merged spans of each state within the window:
 * {@code care_spans}, then {@code STATE_spans} for each state of the contract in contract order.
 *
 * <p>The days of the window are inclusive and blank when the window is empty; {@code expected_care_days} and
 * {@code care_days_avoided} are blank without a baseline. A state's spans are written
 * {@code first..last;first..last}, each span's first and last day inclusive and in date order, such as
 * {@code 2019-02-01..2019-02-28;2019-05-01..2019-06-30}; blank when the state has no day in the window.
 *
 * <p>{@code check --claim-participants} compares the columns up to {@code outcome_total} and ignores the others,
 * so the first form ({@link #write(List, Stream, Writer)}) is a claim too.
 */
public final class ExplanationCsv {

    /** The header row's first columns, which every contract has. */
    public static final String HEADER = "id,cohort,first_day,last_day,child_days,care_days,expected_care_days";

    /** The columns after the outcomes', before the spans of each state. */
    public static final String WINDOW_AND_AVOIDED = "window_end_reason,care_days_avoided";

    /** The end of a spans column's name: {@code care_spans}, {@code foster_spans}. */
    public static final String SPANS = "_spans";

    private ExplanationCsv() {
    }

    /**
     * Writes explain's CSV: the header and a row per explanation, with every column; the stream is read once,
     * in order.
     *
     * @param terms the contract explained, for the names of its participant outcomes and states
     * @param explanations the explanations, read once, in order
     * @param out where the CSV is written
     * @throws IOException when the CSV cannot be written
     */
    public static void write(ContractTerms terms, Stream<ParticipantExplanation> explanations, Writer out)
            throws IOException {
        List<String> states = new ArrayList<>(List.of(State.CARE));
        states.addAll(terms.states().keySet());
        write(terms.participantOutcomes().stream().map(Outcome::name).toList(), states, explanations, out);
    }

    /**
     * Writes the header and a row per explanation of a contract without participant outcomes, in the columns
     * {@code check --claim-participants} compares (up to {@code expected_care_days}).
     *
     * @param explanations the explanations, read once, in order
     * @param out where the CSV is written
     * @throws IOException when the CSV cannot be written
     */
    public static void write(Stream<ParticipantExplanation> explanations, Writer out) throws IOException {
        write(List.of(), explanations, out);
    }

    /**
     * Writes the header and a row per explanation in the columns {@code check --claim-participants} compares
     * (up to {@code outcome_total}), without the window's end reason, the care days avoided and the spans;
     * the stream is read once, in order.
     *
     * @param outcomeNames the names of the contract's participant outcomes, in order
     * @param explanations the explanations
     * @param out where the CSV goes; not closed
     * @throws IOException when writing fails
     */
    public static void write(List<String> outcomeNames, Stream<ParticipantExplanation> explanations, Writer out)
            throws IOException {
        write(outcomeNames, null, explanations, out);
    }

    /** With {@code states} null, only the columns a claim needs. */
    private static void write(List<String> outcomeNames, List<String> states, Stream<ParticipantExplanation> explanations,
            Writer out) throws IOException {
        out.write(HEADER);
        for (String name : outcomeNames) {
            out.write(',');
            out.write(field(name));
        }
        if (!outcomeNames.isEmpty()) {
            out.write(",outcome_total");
        }
        if (states != null) {
            out.write(',');
            out.write(WINDOW_AND_AVOIDED);
            for (String state : states) {
                out.write(',');
                out.write(field(state + SPANS));
            }
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
                out.write(e.expectedCareDays().isEmpty() ? "" : e.expectedCareDays().get().toPlainString());
                for (long units : e.outcomeUnits()) {
                    out.write(',');
                    out.write(Long.toString(units));
                }
                if (!outcomeNames.isEmpty()) {
                    out.write(',');
                    out.write(e.outcomeTotal().toPlainString());
                }
                if (states != null) {
                    out.write(',');
                    out.write(e.windowEnd().name());
                    out.write(',');
                    out.write(e.careDaysAvoided().isEmpty() ? "" : e.careDaysAvoided().get().toPlainString());
                    for (String state : states) {
                        out.write(',');
                        out.write(spans(e.spansOf(state)));
                    }
                }
                out.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * {@return spans in the compact form of a spans column: {@code first..last} for each, its days inclusive,
     * separated by {@code ;}, such as {@code 2019-02-01..2019-02-28;2019-05-01..2019-06-30}; empty for none}
     *
     * @param spans half-open spans, none empty
     */
    public static String spans(List<LocalDateRange> spans) {
        StringBuilder text = new StringBuilder();
        for (LocalDateRange span : spans) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(span.getStart()).append("..").append(span.getEndInclusive());
        }
        return text.toString();
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
