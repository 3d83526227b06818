package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.CohortRule;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.Tracking;

/**
 * Reads contract terms from JSON (SPEC §6). Every problem is reported, each naming the line and the
 * field's path ({@code tracking.period}, {@code outcomes[0].pricePerDay}): unknown fields, missing required
 * fields, values of the wrong JSON type, bad values and impossible combinations.
 *
 * <p>Decimals and amounts must be JSON strings such as {@code "0.55"}, so that no JSON reader anywhere
 * turns them into binary floating point.
 */
public final class ContractJson {

    // Numbers with a fraction kept exactly as written, so that a message quotes 10000000.00, not 1.0E7; a
    // field given twice is an error, not silently the last one.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String file;
    private final ValidationReport report;
    private final Map<String, Integer> lines;
    private final int errorsAtStart;

    private ContractJson(String file, ValidationReport report, Map<String, Integer> lines) {
        this.file = file;
        this.report = report;
        this.lines = lines;
        this.errorsAtStart = report.errors().size();
    }

    /**
     * Reads the contract file.
     *
     * @param name the file's name for messages
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static ContractTerms read(Path path, String name, ValidationReport report) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            report.error(name, 0, "(file)", "cannot be read: no such file");
            return null;
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
        return parse(bytes, name, report);
    }

    /**
     * Reads contract terms from JSON text.
     *
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static ContractTerms parse(byte[] json, String name, ValidationReport report) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = fieldLines(json);
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            report.error(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "(file)",
                    "is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
        if (!(root instanceof ObjectNode)) {
            report.error(name, 1, "(file)", "must hold a JSON object");
            return null;
        }
        return new ContractJson(name, report, lines).terms(root);
    }

    private ContractTerms terms(JsonNode root) {
        allowOnly(root, "", "name", "currency", "episodeEnd", "careTypes", "tracking", "cohorts", "measurement",
                "baseline", "outcomes", "netting", "caps", "rounding", "clawback");
        String name = text(root, "name", true);
        CurrencyUnit currency = value(root, "currency", true, code -> Monetary.getCurrency(code),
                "is not an ISO-4217 currency code");
        EpisodeEnd episodeEnd = enumValue(root, "episodeEnd", EpisodeEnd.class, EpisodeEnd.EXCLUSIVE);
        Set<String> careTypes = careTypes(root);
        Tracking tracking = tracking(root);
        CohortRule cohorts = enumValue(root, "cohorts", CohortRule.class, CohortRule.QUARTER);
        MeasurementDates measurement = measurement(root);
        Baseline baseline = baseline(root);
        Outcome outcome = outcome(root, currency);
        Netting netting = enumValue(root, "netting", Netting.class, Netting.PROGRAMME);
        Caps caps = caps(root, currency);
        RoundingMode rounding = enumValue(root, "rounding", RoundingMode.class, RoundingMode.HALF_UP);
        boolean clawback = clawback(root);
        construct("caps.perCohort", () -> {
            ContractTerms.checkCapsAndNetting(caps, netting);
            return caps;
        });
        if (report.errors().size() > errorsAtStart) {
            return null;
        }
        return construct("", () -> new ContractTerms(name, currency, episodeEnd, careTypes, java.util.Map.of(), tracking, cohorts,
                measurement, baseline, List.of(outcome), netting, caps, rounding, clawback));
    }

    private Set<String> careTypes(JsonNode root) {
        JsonNode node = root.get("careTypes");
        if (node == null) {
            return null;
        }
        List<String> listed = list(node, "careTypes", "type names", this::text);
        if (listed == null) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>(listed);
        return construct("careTypes", () -> {
            if (types.isEmpty()) {
                throw new InvalidValueException("careTypes", "must list at least one type (leave it out to count every type)");
            }
            return types;
        });
    }

    private Tracking tracking(JsonNode root) {
        JsonNode node = object(root, "tracking", true);
        if (node == null) {
            return null;
        }
        allowOnly(node, "tracking.", "period", "ageOutAt");
        Period period = value(node, "tracking.period", true, Period::parse,
                "is not an ISO-8601 period such as P30M");
        Integer ageOutAt = null;
        JsonNode age = node.get("ageOutAt");
        if (age != null && !age.isNull()) {
            if (age.isIntegralNumber() && age.canConvertToInt()) {
                ageOutAt = age.intValue();
            } else {
                error("tracking.ageOutAt", age + " is not a whole number of years");
            }
        }
        Integer ageOut = ageOutAt;
        return period == null ? null : construct("tracking", () -> new Tracking(period, ageOut));
    }

    private MeasurementDates measurement(JsonNode root) {
        JsonNode node = object(root, "measurement", true);
        if (node == null) {
            return null;
        }
        allowOnly(node, "measurement.", "from", "to", "every", "dates");
        if (node.has("dates")) {
            if (node.has("from") || node.has("to") || node.has("every")) {
                error("measurement", "gives both dates and from/to/every; give one or the other");
                return null;
            }
            List<LocalDate> dates = list(node.get("dates"), "measurement.dates", "dates", this::date);
            return dates == null ? null : construct("measurement.dates", () -> MeasurementDates.of(dates));
        }
        LocalDate from = date(node.get("from"), "measurement.from");
        LocalDate to = date(node.get("to"), "measurement.to");
        MeasurementDates.Frequency every = enumValue(node, "measurement.every", "every",
                MeasurementDates.Frequency.class, null);
        if (every == null && !node.has("every")) {
            error("measurement.every", "is required (QUARTER or MONTH), or give a list of dates");
        }
        return from == null || to == null || every == null ? null
                : construct("measurement", () -> MeasurementDates.every(every, from, to));
    }

    private Baseline baseline(JsonNode root) {
        JsonNode node = object(root, "baseline", true);
        if (node == null) {
            return null;
        }
        allowOnly(node, "baseline.", "proportion", "monthly");
        if (node.has("proportion") == node.has("monthly")) {
            error("baseline", "must give either proportion or monthly, not both or neither");
            return null;
        }
        if (node.has("proportion")) {
            BigDecimal proportion = decimal(node.get("proportion"), "baseline.proportion");
            return proportion == null ? null : construct("baseline.proportion", () -> Baseline.flat(proportion));
        }
        List<BigDecimal> proportions = list(node.get("monthly"), "baseline.monthly", "proportions", this::decimal);
        return proportions == null ? null : construct("baseline.monthly", () -> Baseline.monthly(proportions));
    }

    private Outcome outcome(JsonNode root, CurrencyUnit currency) {
        JsonNode outcomes = root.get("outcomes");
        if (outcomes == null || outcomes.isNull()) {
            error("outcomes", "is required");
            return null;
        }
        if (!outcomes.isArray() || outcomes.size() != 1) {
            error("outcomes", "must be a list of exactly one outcome, " + Outcome.CareDaysAvoided.TYPE);
            return null;
        }
        JsonNode node = outcomes.get(0);
        if (!node.isObject()) {
            error("outcomes[0]", "must be an object with type and pricePerDay");
            return null;
        }
        allowOnly(node, "outcomes[0].", "type", "pricePerDay");
        String type = text(node, "outcomes[0].type", "type", true);
        if (type != null && !type.equals(Outcome.CareDaysAvoided.TYPE)) {
            error("outcomes[0].type", "'" + type + "' is not a known outcome type (known: "
                    + Outcome.CareDaysAvoided.TYPE + ")");
        }
        MonetaryAmount price = amount(node.get("pricePerDay"), "outcomes[0].pricePerDay", currency, true);
        return price == null ? null : construct("outcomes[0].pricePerDay", () -> Outcome.careDaysAvoided(price));
    }

    private Caps caps(JsonNode root, CurrencyUnit currency) {
        JsonNode node = object(root, "caps", false);
        if (node == null) {
            return Caps.NONE;
        }
        allowOnly(node, "caps.", "total", "perCohort");
        MonetaryAmount total = amount(node.get("total"), "caps.total", currency, false);
        MonetaryAmount perCohort = amount(node.get("perCohort"), "caps.perCohort", currency, false);
        return construct("caps", () -> new Caps(total, perCohort));
    }

    private boolean clawback(JsonNode root) {
        JsonNode node = root.get("clawback");
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            error("clawback", node + " is not true or false");
            return false;
        }
        return node.booleanValue();
    }

    // ---- values ------------------------------------------------------------------------------------

    private void allowOnly(JsonNode node, String prefix, String... fields) {
        List<String> known = Arrays.asList(fields);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                error(prefix + field, "is not a known field (known here: " + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * Reads a JSON list, each element with {@code element} at its path {@code path[i]}; returns null when the
     * node is not a list or any element is wrong (every wrong element is reported).
     */
    private <T> List<T> list(JsonNode node, String path, String what, BiFunction<JsonNode, String, T> element) {
        if (!node.isArray()) {
            error(path, "must be a list of " + what);
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(element.apply(node.get(i), path + "[" + i + "]"));
        }
        return values.contains(null) ? null : values;
    }

    private JsonNode object(JsonNode parent, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            error(field, "must be a JSON object");
            return null;
        }
        return node;
    }

    private String text(JsonNode parent, String field, boolean required) {
        return text(parent, field, field, required);
    }

    private String text(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        return text(node, path);
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual() || node.textValue().isBlank()) {
            error(path, node + " is not a non-blank JSON string");
            return null;
        }
        return node.textValue().strip();
    }

    private <T> T value(JsonNode parent, String path, boolean required, Function<String, T> parser, String problem) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        String text = text(parent, path, field, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | UnknownCurrencyException | IllegalArgumentException e) {
            error(path, "'" + text + "' " + problem);
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type, E fallback) {
        return enumValue(parent, field, field, type, fallback);
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String path, String field, Class<E> type, E fallback) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(path, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
            return null;
        }
    }

    private LocalDate date(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            error(path, "is required");
            return null;
        }
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return DateText.parse(path, text);
        } catch (InvalidValueException e) {
            error(path, e.problem());
            return null;
        }
    }

    private BigDecimal decimal(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            error(path, "is required");
            return null;
        }
        if (node.isNumber()) {
            error(path, node + " must be written as a JSON string, \"" + node + "\", so that it stays exact");
            return null;
        }
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            error(path, "'" + text + "' is not a decimal number such as 0.55");
            return null;
        }
        return new BigDecimal(text);
    }

    private MonetaryAmount amount(JsonNode node, String path, CurrencyUnit currency, boolean required) {
        if ((node == null || node.isNull()) && !required) {
            return null;
        }
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Money.of(value, currency);
    }

    private <T> T construct(String path, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            error(e.field().isEmpty() ? path : e.field(), e.problem());
            return null;
        }
    }

    private void error(String path, String message) {
        report.error(file, lineOf(path), path, message);
    }

    /** The line of the field, or of the nearest enclosing field that is present, or 1. */
    private int lineOf(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Every field's and element's path, as {@code caps.total} or {@code measurement.dates[2]}, and its line. */
    private static Map<String, Integer> fieldLines(byte[] json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String path = dotted(parser.getParsingContext().pathAsPointer());
                    lines.putIfAbsent(path, (int) parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    private static String dotted(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }
}
