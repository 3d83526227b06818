package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.CohortRule;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Netting;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;

/**
 * Reads contract terms from JSON (docs/contract.md). Every problem is reported, each naming the line and the
 * field's path, list positions counted from 0 ({@code tracking.period}, {@code outcomes[1].condition.in}):
 * unknown fields, missing required fields, values of the wrong JSON type, bad values and impossible
 * combinations. An outcome may have exactly the fields of its type; another field, even one another type
 * has, is an error naming the type's fields.
 *
 * <p>Decimals and amounts must be JSON strings such as {@code "0.55"}, so that no JSON reader anywhere
 * turns them into binary floating point. Texts that are matched exactly (a state's types and placements, a
 * condition's state, an outcome's cohorts) and outcome names must have no leading or trailing blanks; they
 * are not trimmed silently.
 */
public final class ContractJson {

    // Numbers with a fraction kept exactly as written, so that a message quotes 10000000.00, not 1.0E7; a
    // field given twice is an error, not silently the last one.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(InputLimits.MAX_JSON_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Pattern STATE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    // ISO 4217's code for "no currency": the placeholder price's when the contract's currency is wrong.
    private static final CurrencyUnit NO_CURRENCY = Monetary.getCurrency("XXX");
    /** The fields of each outcome type, in the order messages list them. */
    private static final Map<String, List<String>> OUTCOME_FIELDS = outcomeFields();

    private final String file;
    private final ValidationReport report;
    private final Map<String, Integer> lines;
    private final int errorsAtStart;
    /** The value readers every JSON input shares (texts, decimals, dates), reporting as this reader does. */
    private final JsonInput json;

    private ContractJson(String file, ValidationReport report, Map<String, Integer> lines, ObjectNode root) {
        this.file = file;
        this.report = report;
        this.lines = lines;
        this.errorsAtStart = report.errors().size();
        this.json = JsonInput.of(file, report, lines, root);
    }

    /**
     * Reads the contract file.
     *
     * @param name the file's name for messages
     * @param path the contract file
     * @param report receives every problem, each at its line
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static @Nullable ContractTerms read(Path path, String name, ValidationReport report) {
        return read(InputSource.of(path), name, report);
    }

    /** Reads the contract from any input, as {@link #read(Path, String, ValidationReport)}. */
    static @Nullable ContractTerms read(InputSource source, String name, ValidationReport report) {
        byte[] bytes = JsonInput.readAtMost(source, name, InputLimits.MAX_JSON_BYTES, "a contract", report);
        return bytes == null ? null : parse(bytes, name, report);
    }

    /**
     * Reads a contract from a stream of UTF-8 JSON, such as a resource or a database column, as {@link #read(Path,
     * String, ValidationReport)} reads a file. At most one byte past the limit of docs/limits.md is read.
     *
     * @param in the contract's bytes, UTF-8; not closed here, not null
     * @param name the name of the contract in messages, such as {@code contract.json}, not null
     * @param report receives every problem, each at its line
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static @Nullable ContractTerms read(InputStream in, String name, ValidationReport report) {
        byte[] bytes = JsonInput.readAtMost(in, name, InputLimits.MAX_JSON_BYTES, "a contract", report);
        return bytes == null ? null : parse(bytes, name, report);
    }

    /**
     * Reads a contract from JSON text, as {@link #read(Path, String, ValidationReport)} reads a file.
     *
     * @param in the contract's text; not closed here, not null
     * @param name the name of the contract in messages, such as {@code contract.json}, not null
     * @param report receives every problem, each at its line
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static @Nullable ContractTerms read(Reader in, String name, ValidationReport report) {
        byte[] bytes = JsonInput.readAtMost(in, name, InputLimits.MAX_JSON_BYTES, "a contract", report);
        return bytes == null ? null : parse(bytes, name, report);
    }

    /**
     * Reads contract terms from JSON text.
     *
     * @param json the file's bytes, UTF-8
     * @param name the file's name for messages
     * @param report receives every problem, each at its line
     * @return the terms, or null when there were errors (all of them in the report)
     */
    public static @Nullable ContractTerms parse(byte[] json, String name, ValidationReport report) {
        if (json.length > InputLimits.MAX_JSON_BYTES) {
            report.error(name, 0, "(file)", "is larger than the " + String.format(Locale.ROOT, "%,d",
                    InputLimits.MAX_JSON_BYTES) + " bytes (1 MiB) read from a contract at most");
            return null;
        }
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = fieldLines(json);
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            report.error(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "(file)",
                    "has JSON objects or lists nested more than " + InputLimits.MAX_JSON_DEPTH
                            + " deep (a contract's fields are at most 4 deep)");
            return null;
        } catch (JsonProcessingException e) {
            // At the end of the input Jackson is past the last line end, on a line the file does not have.
            int line = e.getLocation() == null ? 0 : Math.min(e.getLocation().getLineNr(), lastLine(json));
            report.error(name, line, "(file)", "is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
        if (!(root instanceof ObjectNode)) {
            report.error(name, 1, "(file)", "must hold a JSON object");
            return null;
        }
        return new ContractJson(name, report, lines, (ObjectNode) root).terms(root);
    }

    /**
     * Writes contract terms as a contract file that {@link #parse} reads back to equal terms: every term held, in
     * the order docs/contract.md lists them; the episode types, placements and cohorts of a set in code-point
     * order; decimals as JSON strings exactly as held ({@code "0.550"} stays {@code "0.550"}), amounts with at least
     * the currency's minor-unit places ({@code "45.00"}); a term
     * the terms leave out (a cap, an age-out, a window's end, a baseline) left out of the file.
     *
     * @param terms the terms, not null
     * @return the contract as pretty-printed JSON, ending with a new line, never null
     */
    public static String write(ContractTerms terms) {
        return ContractJsonWriter.write(Objects.requireNonNull(terms, "terms"));
    }

    /**
     * The number of the file's last line, as an editor shows it: a line end at the very end starts none. At an
     * unexpected end of the input Jackson's location is past the last line end, on a line the file does not
     * have: every JSON reader reports such an error on this line instead.
     */
    static int lastLine(byte[] json) {
        int lines = 1;
        for (int i = 0; i < json.length - 1; i++) {
            if (json[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private ContractTerms terms(JsonNode root) {
        allowOnly(root, "", "name", "currency", "episodeEnd", "careTypes", "states", "tracking", "cohorts",
                "measurement", "baseline", "outcomes", "netting", "caps", "rounding", "clawback");
        String name = text(root, "name", true);
        CurrencyUnit currency = value(root, "currency", true, code -> Monetary.getCurrency(code),
                "is not an ISO-4217 currency code");
        EpisodeEnd episodeEnd = enumValue(root, "episodeEnd", EpisodeEnd.class, EpisodeEnd.EXCLUSIVE);
        Set<String> careTypes = careTypes(root);
        Map<String, State> states = states(root);
        Tracking tracking = tracking(root);
        CohortRule cohorts = enumValue(root, "cohorts", CohortRule.class, CohortRule.QUARTER);
        MeasurementDates measurement = measurement(root);
        Baseline baseline = baseline(root);
        OutcomesRead outcomes = outcomes(root, currency, stateNames(root));
        Netting netting = enumValue(root, "netting", Netting.class, Netting.PROGRAMME);
        Caps caps = caps(root, currency);
        RoundingMode rounding = enumValue(root, "rounding", RoundingMode.class, RoundingMode.HALF_UP);
        boolean clawback = bool(root, "clawback", "clawback", false);
        // The combinations, each checked only when the values it needs are known, so that one mistake is
        // not reported twice.
        if (Boolean.TRUE.equals(outcomes.careDaysAvoided()) && !given(root, "baseline")) {
            error("baseline", "is required");
        }
        if (netting != null) {
            construct("caps.perCohort", () -> {
                ContractTerms.checkCapsAndNetting(caps, netting);
                return caps;
            });
        }
        if (netting != null && Boolean.FALSE.equals(outcomes.careDaysAvoided())) {
            construct("netting", () -> {
                ContractTerms.checkNettingAndOutcomes(netting, outcomes.read());
                return netting;
            });
        }
        if (report.errors().size() > errorsAtStart) {
            return null;
        }
        return construct("", () -> new ContractTerms(name, currency, episodeEnd, Optional.ofNullable(careTypes), states,
                tracking, cohorts, measurement, Optional.ofNullable(baseline), outcomes.read(), netting, caps, rounding,
                clawback));
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

    /**
     * Reads the named states. A state with an error is left out of the map, but its name still counts as
     * known (see {@link #stateNames}), so that a condition naming it is not an error as well.
     */
    private Map<String, State> states(JsonNode root) {
        JsonNode node = object(root, "states", false);
        Map<String, State> states = new LinkedHashMap<>();
        if (node == null) {
            return states;
        }
        if (node.size() > InputLimits.MAX_STATES) {
            error("states", "names " + node.size() + " states, more than the " + InputLimits.MAX_STATES
                    + " a contract may have");
            return states;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String path = "states." + name;
            if (!STATE_NAME.matcher(name).matches()) {
                report.error(file, lineOf(path), "states", "'" + name
                        + "' is not a state name: a letter, then letters, digits, '_' or '-'");
            } else if (name.equals(State.CARE)) {
                error(path, "cannot be redefined: care is the episodes of careTypes");
            } else {
                State state = state(field.getValue(), path);
                if (state != null) {
                    states.put(name, state);
                }
            }
        }
        return states;
    }

    private State state(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, node + " is not a JSON object with types, placements or both");
            return null;
        }
        int errorsBefore = report.errors().size();
        allowOnly(node, path + ".", "types", "placements");
        Set<String> types = stateTexts(node, path + ".types", "types");
        Set<String> placements = stateTexts(node, path + ".placements", "placements");
        if (report.errors().size() > errorsBefore) {
            return null;
        }
        return constructIn(path + ".", () -> new State(Optional.ofNullable(types), Optional.ofNullable(placements)));
    }

    /** Reads a state's list of types or placements: null when it is not given. */
    private Set<String> stateTexts(JsonNode state, String path, String field) {
        JsonNode node = state.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> texts = list(node, path, "texts", this::trimmedText);
        return texts == null ? null : new LinkedHashSet<>(texts);
    }

    /**
     * Returns the names a condition may give: care and every name in {@code states}, even a bad one; null
     * when {@code states} is not an object, so that nothing can be said about them.
     */
    private static Set<String> stateNames(JsonNode root) {
        Set<String> names = new LinkedHashSet<>();
        names.add(State.CARE);
        JsonNode states = root.get("states");
        if (states != null && !states.isNull()) {
            if (!states.isObject()) {
                return null;
            }
            states.fieldNames().forEachRemaining(names::add);
        }
        return names;
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
        OptionalInt ageOut = ageOutAt == null ? OptionalInt.empty() : OptionalInt.of(ageOutAt);
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
            JsonNode listed = node.get("dates");
            if (listed.size() > InputLimits.MAX_MEASUREMENT_DATES) {
                return tooManyDates("measurement.dates", listed.size());
            }
            List<LocalDate> dates = list(listed, "measurement.dates", "dates", this::date);
            return dates == null ? null : construct("measurement.dates", () -> MeasurementDates.of(dates));
        }
        LocalDate from = date(node.get("from"), "measurement.from");
        LocalDate to = date(node.get("to"), "measurement.to");
        MeasurementDates.Frequency every = enumValue(node, "measurement.every", "every",
                MeasurementDates.Frequency.class, null);
        if (every == null && !node.has("every")) {
            error("measurement.every", "is required (QUARTER or MONTH), or give a list of dates");
        }
        MeasurementDates dates = from == null || to == null || every == null ? null
                : construct("measurement", () -> MeasurementDates.every(every, from, to));
        int count = dates == null ? 0 : dates.dates().size();
        return count > InputLimits.MAX_MEASUREMENT_DATES ? tooManyDates("measurement", count) : dates;
    }

    private MeasurementDates tooManyDates(String path, int count) {
        error(path, "gives " + count + " measurement dates, more than the " + InputLimits.MAX_MEASUREMENT_DATES
                + " a contract may have");
        return null;
    }

    /** Reads the baseline, which is optional here; whether the contract needs one is checked in {@link #terms}. */
    private Baseline baseline(JsonNode root) {
        JsonNode node = object(root, "baseline", false);
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

    /**
     * The outcomes as read.
     *
     * @param read            every outcome read without an error, in order
     * @param careDaysAvoided whether the contract has a {@code CARE_DAYS_AVOIDED} outcome: true when one is
     *                        listed, false when every outcome has a known type and none is, null when the
     *                        outcomes are missing or a type is not known
     */
    private record OutcomesRead(List<Outcome> read, Boolean careDaysAvoided) {
    }

    private static Map<String, List<String>> outcomeFields() {
        List<String> participant = List.of("window", "cohorts", "deadweight");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(Outcome.CareDaysAvoided.TYPE, List.of("type", "name", "pricePerDay"));
        fields.put(Outcome.Days.TYPE, fieldsOf(List.of("condition", "pricePerDay"), participant));
        fields.put(Outcome.Blocks.TYPE, fieldsOf(List.of("condition", "block", "pricePerBlock", "maxBlocks"), participant));
        fields.put(Outcome.Milestone.TYPE, fieldsOf(List.of("condition", "sustained", "price", "fromStart"), participant));
        fields.put(Outcome.Engagement.TYPE, fieldsOf(List.of("price"), participant));
        return Collections.unmodifiableMap(fields);
    }

    private static List<String> fieldsOf(List<String> own, List<String> participant) {
        List<String> fields = new ArrayList<>(List.of("type", "name"));
        fields.addAll(own);
        fields.addAll(participant);
        return List.copyOf(fields);
    }

    private OutcomesRead outcomes(JsonNode root, CurrencyUnit currency, Set<String> states) {
        JsonNode list = root.get("outcomes");
        if (list == null || list.isNull()) {
            error("outcomes", "is required");
            return new OutcomesRead(List.of(), null);
        }
        if (!list.isArray()) {
            error("outcomes", "must be a list of outcomes, each an object with a type");
            return new OutcomesRead(List.of(), null);
        }
        if (list.isEmpty()) {
            error("outcomes", "must list at least one outcome");
            return new OutcomesRead(List.of(), null);
        }
        if (list.size() > InputLimits.MAX_OUTCOMES) {
            error("outcomes", "lists " + list.size() + " outcomes, more than the " + InputLimits.MAX_OUTCOMES
                    + " a contract may have");
            return new OutcomesRead(List.of(), null);
        }
        List<Outcome> read = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int careDaysAvoided = -1;
        boolean everyTypeKnown = true;
        for (int i = 0; i < list.size(); i++) {
            String path = "outcomes[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                error(path, node + " is not a JSON object with a type and the type's fields");
                everyTypeKnown = false;
                continue;
            }
            String type = outcomeType(node, path);
            if (type == null) {
                everyTypeKnown = false;
                continue;
            }
            // A second CARE_DAYS_AVOIDED is reported as such, not also as a second outcome of that name.
            boolean secondCareDaysAvoided = false;
            if (type.equals(Outcome.CareDaysAvoided.TYPE)) {
                if (careDaysAvoided >= 0) {
                    error(path + ".type", "a contract has at most one " + Outcome.CareDaysAvoided.TYPE
                            + " outcome; outcomes[" + careDaysAvoided + "] is one");
                    secondCareDaysAvoided = true;
                } else {
                    careDaysAvoided = i;
                }
            }
            String name = trimmedText(node, path + ".name", "name", false);
            if (name == null && !given(node, "name")) {
                name = type;
            }
            if (name != null && !secondCareDaysAvoided) {
                Integer earlier = names.putIfAbsent(name, i);
                if (earlier != null) {
                    error(path + ".name", "'" + name + "' is also the name of outcomes[" + earlier
                            + "]; give each outcome its own name");
                }
            }
            Outcome outcome = outcome(node, path, type, name == null ? type : name, currency, states);
            if (outcome != null) {
                read.add(outcome);
            }
        }
        Boolean hasCareDaysAvoided = careDaysAvoided >= 0 ? Boolean.TRUE : everyTypeKnown ? Boolean.FALSE : null;
        return new OutcomesRead(read, hasCareDaysAvoided);
    }

    /**
     * Reads an outcome's type and checks that it has no field its type does not have; returns null when the
     * type is missing or not known.
     */
    private String outcomeType(JsonNode node, String path) {
        String type = text(node, path + ".type", "type", true);
        List<String> fields = type == null ? null : OUTCOME_FIELDS.get(type);
        if (type != null && fields == null) {
            error(path + ".type", "'" + type + "' is not a known outcome type (known: "
                    + String.join(", ", OUTCOME_FIELDS.keySet()) + ")");
        }
        if (fields == null) {
            Set<String> anyType = new LinkedHashSet<>();
            OUTCOME_FIELDS.values().forEach(anyType::addAll);
            allowOnly(node, path + ".", anyType.toArray(String[]::new));
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!fields.contains(field)) {
                String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
                error(path + "." + field, "is not a field of " + article + type + " outcome (its fields: "
                        + String.join(", ", fields) + ")");
            }
        }
        return type;
    }

    /**
     * Reads the fields of one outcome of a known type; null when a value is missing or wrong (every problem
     * reported).
     *
     * <p>An outcome's record checks its values in turn and stops at the first bad one. So that every bad
     * value is reported, each is first checked on its own, in an outcome of the type whose other values are
     * placeholders that pass ({@link #checkedAlone}): the rules and their messages stay the record's.
     */
    private Outcome outcome(JsonNode node, String path, String type, String name, CurrencyUnit currency,
            Set<String> states) {
        String at = path + ".";
        if (type.equals(Outcome.CareDaysAvoided.TYPE)) {
            MonetaryAmount pricePerDay = amount(node.get("pricePerDay"), at + "pricePerDay", currency, true);
            return pricePerDay == null ? null : constructIn(at, () -> new Outcome.CareDaysAvoided(name, pricePerDay));
        }
        int errorsBefore = report.errors().size();
        MonetaryAmount zero = Money.zero(currency == null ? NO_CURRENCY : currency);
        Condition anyCondition = Condition.outOf(State.CARE);
        Period oneDay = Period.ofDays(1);
        boolean blocks = type.equals(Outcome.Blocks.TYPE);
        boolean milestone = type.equals(Outcome.Milestone.TYPE);

        Condition condition = type.equals(Outcome.Engagement.TYPE) ? null : condition(node, at + "condition", states);
        Period block = !blocks ? null
                : checkedAlone(at, period(node, at + "block", true), b -> Outcome.blocks(anyCondition, b, zero));
        Period sustained = !milestone ? null
                : checkedAlone(at, period(node, at + "sustained", true), p -> Outcome.milestone(anyCondition, p, zero));
        String priceField = type.equals(Outcome.Days.TYPE) ? "pricePerDay" : blocks ? "pricePerBlock" : "price";
        MonetaryAmount price = checkedAlone(at, amount(node.get(priceField), at + priceField, currency, true),
                p -> switch (type) {
                    case Outcome.Days.TYPE -> Outcome.days(anyCondition, p);
                    case Outcome.Blocks.TYPE -> Outcome.blocks(anyCondition, oneDay, p);
                    case Outcome.Milestone.TYPE -> Outcome.milestone(anyCondition, oneDay, p);
                    default -> Outcome.engagement(p);
                });
        Integer maxBlocks = !blocks ? Outcome.Blocks.NO_MAXIMUM
                : checkedAlone(at, maxBlocks(node, at + "maxBlocks"),
                        n -> Outcome.blocks(anyCondition, oneDay, zero).withMaxBlocks(n));
        boolean fromStart = milestone && bool(node, at + "fromStart", "fromStart", false);
        OutcomeWindow window = window(node, at);
        Set<String> cohorts = outcomeCohorts(node, at + "cohorts");
        BigDecimal deadweight = checkedAlone(at, deadweight(node, at + "deadweight"),
                d -> Outcome.engagement(zero).withDeadweight(d));
        if (report.errors().size() > errorsBefore || price == null) {
            return null;
        }
        return constructIn(at, () -> switch (type) {
            case Outcome.Days.TYPE -> new Outcome.Days(name, condition, price, window, cohorts, deadweight);
            case Outcome.Blocks.TYPE -> new Outcome.Blocks(name, condition, block, price, maxBlocks, window, cohorts,
                    deadweight);
            case Outcome.Milestone.TYPE -> new Outcome.Milestone(name, condition, sustained, price, fromStart, window,
                    cohorts, deadweight);
            default -> new Outcome.Engagement(name, price, window, cohorts, deadweight);
        });
    }

    /**
     * Returns the value when the outcome made with it is valid, else null (the record's error reported at
     * {@code at}, such as {@code outcomes[2].}); null for null.
     */
    private <T> T checkedAlone(String at, T value, Function<T, Outcome> outcome) {
        if (value == null) {
            return null;
        }
        return constructIn(at, () -> outcome.apply(value)) == null ? null : value;
    }

    /**
     * Reads a condition: exactly one of {@code in} and {@code outOf}, naming care or one of {@code states}
     * (any name when {@code states} is null).
     */
    private Condition condition(JsonNode outcome, String path, Set<String> states) {
        JsonNode node = object(outcome, path, "condition", true);
        if (node == null) {
            return null;
        }
        allowOnly(node, path + ".", "in", "outOf");
        boolean in = node.has("in");
        if (in == node.has("outOf")) {
            error(path, in ? "gives both in and outOf; give one of them"
                    : "must give in or outOf, naming a state, such as {\"outOf\": \"care\"}");
            return null;
        }
        String field = in ? "in" : "outOf";
        String state = trimmedText(node, path + "." + field, field, true);
        if (state == null) {
            return null;
        }
        if (states != null && !states.contains(state)) {
            error(path + "." + field, "'" + state + "' is not a state: known are " + String.join(", ", states));
            return null;
        }
        return constructIn(path + ".", () -> new Condition(state, in));
    }

    /** Reads an outcome's window; the whole tracking window when it is not given or is wrong. */
    private OutcomeWindow window(JsonNode outcome, String at) {
        JsonNode node = object(outcome, at + "window", "window", false);
        if (node == null) {
            return OutcomeWindow.WHOLE;
        }
        allowOnly(node, at + "window.", "from", "to");
        // Each end checked on its own, so that both are reported when both are wrong.
        Period from = period(node, at + "window.from", false);
        Period to = period(node, at + "window.to", false);
        boolean fromValid = from == null || constructIn(at, () -> OutcomeWindow.from(from)) != null;
        boolean toValid = to == null || constructIn(at, () -> OutcomeWindow.upTo(to)) != null;
        if (!fromValid || !toValid) {
            return OutcomeWindow.WHOLE;
        }
        OutcomeWindow window = constructIn(at, () -> new OutcomeWindow(from == null ? Period.ZERO : from,
                Optional.ofNullable(to)));
        return window == null ? OutcomeWindow.WHOLE : window;
    }

    /** Reads the cohorts an outcome counts; every cohort when they are not given or are wrong. */
    private Set<String> outcomeCohorts(JsonNode outcome, String path) {
        JsonNode node = outcome.get("cohorts");
        if (node == null || node.isNull()) {
            return Set.of();
        }
        List<String> labels = list(node, path, "cohort labels", this::trimmedText);
        if (labels == null) {
            return Set.of();
        }
        if (labels.isEmpty()) {
            error(path, "must list at least one cohort (leave it out to count every cohort)");
        }
        return new LinkedHashSet<>(labels);
    }

    /** Reads a deadweight; zero when it is not given or is not a decimal. */
    private BigDecimal deadweight(JsonNode outcome, String path) {
        JsonNode node = outcome.get("deadweight");
        if (node == null || node.isNull()) {
            return BigDecimal.ZERO;
        }
        BigDecimal deadweight = decimal(node, path);
        return deadweight == null ? BigDecimal.ZERO : deadweight;
    }

    /** Reads the most blocks paid; no maximum when it is not given or is not a whole number. */
    private int maxBlocks(JsonNode outcome, String path) {
        JsonNode node = outcome.get("maxBlocks");
        if (node == null || node.isNull()) {
            return Outcome.Blocks.NO_MAXIMUM;
        }
        if (!node.isIntegralNumber()) {
            error(path, node + " is not a whole number of blocks");
            return Outcome.Blocks.NO_MAXIMUM;
        }
        if (!node.canConvertToInt()) {
            error(path, node + (node.bigIntegerValue().signum() > 0 ? " is too large: at most " + Integer.MAX_VALUE
                    : " is not at least 1"));
            return Outcome.Blocks.NO_MAXIMUM;
        }
        return node.intValue();
    }

    private Caps caps(JsonNode root, CurrencyUnit currency) {
        JsonNode node = object(root, "caps", false);
        if (node == null) {
            return Caps.NONE;
        }
        allowOnly(node, "caps.", "total", "perCohort", "perParticipant");
        MonetaryAmount total = cap(node, "total", currency);
        MonetaryAmount perCohort = cap(node, "perCohort", currency);
        MonetaryAmount perParticipant = cap(node, "perParticipant", currency);
        return construct("caps", () -> new Caps(Optional.ofNullable(total), Optional.ofNullable(perCohort),
                Optional.ofNullable(perParticipant)));
    }

    /**
     * Reads a cap: an amount with no more decimal places than the currency's minor unit. (The terms check
     * that too, but only the first cap; here every cap is checked.)
     */
    private MonetaryAmount cap(JsonNode caps, String field, CurrencyUnit currency) {
        String path = "caps." + field;
        MonetaryAmount cap = amount(caps.get(field), path, currency, false);
        if (cap == null) {
            return null;
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits >= 0 && cap.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().scale() > digits) {
            error(path, MoneyText.withCurrency(cap) + " has more than " + digits + " decimal places");
        }
        return cap;
    }

    private boolean bool(JsonNode parent, String path, String field, boolean fallback) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            error(path, node + " is not true or false");
            return fallback;
        }
        return node.booleanValue();
    }

    // ---- values ------------------------------------------------------------------------------------

    private void allowOnly(JsonNode node, String prefix, String... fields) {
        json.allowOnly(node, prefix, fields);
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

    /** Returns true when the field is there and not JSON null. */
    private static boolean given(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull();
    }

    private JsonNode object(JsonNode parent, String field, boolean required) {
        return object(parent, field, field, required);
    }

    private JsonNode object(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            error(path, "must be a JSON object");
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
        return json.text(node, path);
    }

    /**
     * Reads a text that is matched exactly, or is a name: leading or trailing blanks are an error, not
     * trimmed away.
     */
    private String trimmedText(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        return trimmedText(node, path);
    }

    private String trimmedText(JsonNode node, String path) {
        String text = text(node, path);
        if (text != null && !text.equals(node.textValue())) {
            error(path, node + " has leading or trailing blanks; write it without them");
            return null;
        }
        return text;
    }

    /** Reads an ISO-8601 period such as P7D; whether it may be zero or negative is the terms' rule. */
    private Period period(JsonNode parent, String path, boolean required) {
        return value(parent, path, required, Period::parse, "is not an ISO-8601 period such as P7D");
    }

    private <T> T value(JsonNode parent, String path, boolean required, Function<String, T> parser, String problem) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        String text = text(parent, path, field, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | UnknownCurrencyException | IllegalArgumentException | ArithmeticException e) {
            // ArithmeticException: Period.parse's weeks, multiplied by 7, do not fit in an int (P400000000W).
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
        return json.date(node, path);
    }

    private BigDecimal decimal(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            error(path, "is required");
            return null;
        }
        return json.decimal(node, path);
    }

    private MonetaryAmount amount(JsonNode node, String path, CurrencyUnit currency, boolean required) {
        if ((node == null || node.isNull()) && !required) {
            return null;
        }
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Money.of(value, currency);
    }

    /**
     * Constructs a value whose messages name fields relative to {@code prefix}, such as {@code pricePerBlock}
     * of {@code outcomes[1].}; returns null when it throws (the error reported).
     */
    private <T> T constructIn(String prefix, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            error(prefix + e.field(), e.problem());
            return null;
        }
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

    private int lineOf(String path) {
        return lineOf(lines, path);
    }

    /**
     * Returns the line of the value at {@code path} among {@link #fieldLines}, or of the nearest enclosing
     * value the file has, or 1: where a problem with that value is reported, in any JSON input.
     */
    static int lineOf(Map<String, Integer> lines, String path) {
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

    /**
     * Returns the line of the field at {@code path} (such as {@code episodeEnd}) in the contract file, or 0
     * when the file cannot be read or has no such field: for a problem found once the contract is read
     * beside the other files.
     */
    static int lineOf(InputSource contract, String path) {
        try (InputStream in = contract.open()) {
            return fieldLines(in.readAllBytes()).getOrDefault(path, 0);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Every field's and element's path, as {@code caps.total} or {@code measurement.dates[2]}, and its line:
     * for the contract and every other JSON input (with the same limits on size and nesting).
     */
    static Map<String, Integer> fieldLines(byte[] json) throws IOException {
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
                String parent = path.length() == 0 ? "" : path + ".";
                path.setLength(0);
                path.append(JsonInput.member(parent, p.getMatchingProperty()));
            }
        }
        return path.toString();
    }
}
