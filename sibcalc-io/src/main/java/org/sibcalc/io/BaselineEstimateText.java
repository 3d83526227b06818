package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sibcalc.measure.BaselineEstimate;

/**
 * A comparison group's baseline as text for people and as JSON ({@code sibcalc.baseline/1}) for tools:
 * the {@code flat} and {@code monthly} objects are written as a contract's {@code baseline} takes them,
 * ready to be pasted in.
 */
public final class BaselineEstimateText {

    /** The schema name of the JSON form. */
    public static final String SCHEMA = "sibcalc.baseline/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineEstimateText() {
    }

    /**
     * {@return the estimate as text, ending with a new line}
     *
     * @param estimate the estimate, not null
     */
    public static String text(BaselineEstimate estimate) {
        StringBuilder out = new StringBuilder();
        out.append("Comparison group: ").append(String.format(Locale.ROOT, "%,d", estimate.participants()))
                .append(" young people, ").append(String.format(Locale.ROOT, "%,d", estimate.childDays()))
                .append(" child days, ").append(String.format(Locale.ROOT, "%,d", estimate.careDays()))
                .append(" care days\n");
        out.append("Flat baseline: ").append(estimate.flatProportion().toPlainString()).append("\n\n");
        out.append(String.format(Locale.ROOT, "  %5s  %12s  %12s  %10s%n", "Month", "Child days", "Care days", "Proportion"));
        for (BaselineEstimate.Month m : estimate.months()) {
            out.append(String.format(Locale.ROOT, "  %5d  %,12d  %,12d  %10s%n", m.month(), m.childDays(), m.careDays(),
                    m.proportion().toPlainString()));
        }
        out.append("\nIn a contract: \"baseline\": {\"proportion\": \"").append(estimate.flatProportion().toPlainString())
                .append("\"}, or the monthly list from --format json.\n");
        return out.toString();
    }

    /**
     * {@return the estimate as pretty-printed JSON, ending with a new line}
     *
     * @param estimate the estimate, not null
     */
    public static String json(BaselineEstimate estimate) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("participants", estimate.participants());
        root.put("childDays", estimate.childDays());
        root.put("careDays", estimate.careDays());
        root.putObject("flat").put("proportion", estimate.flatProportion().toPlainString());
        ArrayNode monthly = root.putObject("monthly").putArray("monthly");
        ArrayNode months = root.putArray("months");
        for (BaselineEstimate.Month m : estimate.months()) {
            monthly.add(m.proportion().toPlainString());
            ObjectNode month = months.addObject();
            month.put("month", m.month());
            month.put("childDays", m.childDays());
            month.put("careDays", m.careDays());
            month.put("proportion", m.proportion().toPlainString());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A baseline could not be written as JSON", e);
        }
    }
}
