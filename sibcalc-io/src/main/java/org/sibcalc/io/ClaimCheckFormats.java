package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sibcalc.claim.ClaimCheck;
import org.sibcalc.claim.ClaimCheck.Difference;

/**
 * A claim check (docs/ledger.md) as text for people, JSON ({@code sibcalc.check/1}) and CSV for tools. Every
 * difference has where it is (section, cohort, payment date, participant, field), the claimed and the
 * recomputed value as written, and claimed − recomputed when both are numbers; a value that is not there
 * is {@code (none)} in the text, {@code null} in the JSON and blank in the CSV.
 */
public final class ClaimCheckFormats {

    /** The schema name of the JSON form. */
    public static final String SCHEMA = "sibcalc.check/1";
    /** The CSV header. */
    public static final String CSV_HEADER = "section,cohort,date,participant,field,claimed,recomputed,difference";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClaimCheckFormats() {
    }

    /**
     * Returns the check as text: what was compared, and a table of the differences, ending with a new line.
     *
     * @param claim      how the claim is named, such as its file
     * @param recomputed how what it was checked against is named, such as the input folder
     * @param check the check, not null
     * @return the text
     */
    public static String text(ClaimCheck check, String claim, String recomputed) {
        StringBuilder out = new StringBuilder();
        out.append("Claim check: ").append(check.contractName()).append(", as of ").append(check.asOf()).append('\n');
        out.append("Claim ").append(claim).append(", recomputed from ").append(recomputed).append("\n\n");
        int n = check.differences().size();
        out.append(String.format(Locale.ROOT, "%,d", check.compared())).append(" figures compared: ")
                .append(n == 0 ? "every one agrees." : n + (n == 1 ? " differs." : " differ.")).append('\n');
        if (n == 0) {
            return out.toString();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Where", "Field", "Claimed", "Recomputed", "Difference"});
        for (Difference d : check.differences()) {
            rows.add(new String[] {d.place(), d.field(), shown(d.claimed()), shown(d.recomputed()),
                d.difference() == null ? "" : d.difference().toPlainString()});
        }
        out.append('\n');
        table(out, rows, 2);
        return out.toString();
    }

    /**
     * {@return the check as JSON, {@value #SCHEMA}, ending with a new line}
     *
     * @param check the check, not null
     */
    public static String json(ClaimCheck check) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("contract", check.contractName());
        root.put("asOf", check.asOf().toString());
        root.put("compared", check.compared());
        root.put("agrees", check.agrees());
        ArrayNode differences = root.putArray("differences");
        for (Difference d : check.differences()) {
            ObjectNode node = differences.addObject();
            node.put("section", d.section().name());
            node.put("cohort", d.cohort());
            node.put("date", d.date() == null ? null : d.date().toString());
            node.put("participant", d.participant());
            node.put("field", d.field());
            node.put("claimed", d.claimed());
            node.put("recomputed", d.recomputed());
            node.put("difference", d.difference() == null ? null : d.difference().toPlainString());
        }
        return write(root);
    }

    /**
     * {@return the differences as CSV, one row each under {@value #CSV_HEADER}, ending with a new line}
     *
     * @param check the check, not null
     */
    public static String csv(ClaimCheck check) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (Difference d : check.differences()) {
            row(out, d.section().name(), d.cohort(), d.date() == null ? null : d.date().toString(), d.participant(),
                    d.field(), d.claimed(), d.recomputed(), d.difference() == null ? null : d.difference().toPlainString());
        }
        return out.toString();
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }

    /** Appends one CSV row, RFC 4180 quoting; a null is a blank field. */
    static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : ",").append(fields[i] == null ? "" : ExplanationCsv.field(fields[i]));
        }
        out.append('\n');
    }

    /** Appends the rows as a table, indented, the first two columns left-aligned and the others right-aligned. */
    static void table(StringBuilder out, List<String[]> rows, int leftColumns) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(c < leftColumns ? row[c] + pad : pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not be written as JSON", e);
        }
    }
}
