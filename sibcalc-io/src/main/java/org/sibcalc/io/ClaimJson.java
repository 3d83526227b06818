package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Statement;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.claim.Claim;
import org.sibcalc.claim.ClaimCheck.Section;
import org.sibcalc.claim.Figure;

/**
 * Reads a claim: a statement JSON in the form of docs/statement-json.md, {@code sibcalc.statement/1}, from any system
 * (docs/ledger.md). Its figures are kept exactly as claimed, to be checked one by one; what is not a statement is
 * an error naming the JSON path (list positions from 0) and its line, every one at once:
 * {@code claim.json:12: payments[0].cumulativeDue: '12x' is not a decimal}.
 *
 * <p>Required, as docs/statement-json.md has them: {@code schema}, {@code contract} (the contract's name), {@code currency}
 * (the contract's), {@code asOf}, {@code measurement}, {@code cohorts} and {@code payments}; each
 * measurement's {@code participants}, {@code childDays} and {@code careDays} (JSON whole numbers) and
 * {@code careProportion}, {@code expectedCareDays} and {@code careDaysAvoided} (decimal strings, or null);
 * each payment's {@code date}, {@code cumulativeDue}, {@code paidBefore} and {@code payment} (money as
 * decimal strings). Optional, and checked when given: a payment's {@code paid} (true or false),
 * {@code recomputedPayment} and {@code trueUp}, its {@code outcomes} (each {@code name}, {@code type},
 * {@code units}, {@code amount}), its measurement fields and its {@code cohorts}, as sibcalc writes them.
 * Other fields are ignored.
 */
public final class ClaimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final List<String> COUNTS = List.of("participants", "childDays", "careDays");
    private static final List<String> DECIMALS = List.of("careProportion", "expectedCareDays", "careDaysAvoided");

    private final String name;
    private final ValidationReport report;
    private final Map<String, Integer> lines;
    private final List<Figure> figures = new ArrayList<>();

    private ClaimJson(String name, ValidationReport report, Map<String, Integer> lines) {
        this.name = name;
        this.report = report;
        this.lines = lines;
    }

    /**
     * Reads a claim under a contract, reporting every problem in {@code report}.
     *
     * @param terms the contract the claim must be of (its name and currency); null when it could not be read,
     *              in which case the claim is checked as a statement only
     * @param name  the file's name in messages
     * @param file the claim file, a statement's JSON
     * @param report receives every problem, each at its line
     * @return the claim, or null when there were errors
     */
    public static @Nullable Claim read(Path file, String name, @Nullable ContractTerms terms, ValidationReport report) {
        byte[] bytes = JsonInput.readAtMost(InputSource.of(file), name, InputLimits.MAX_CLAIM_BYTES, "a claim", report);
        if (bytes == null) {
            return null;
        }
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = ContractJson.fieldLines(bytes);
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            report.error(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "(file)",
                    "has JSON objects or lists nested more than " + InputLimits.MAX_JSON_DEPTH + " deep");
            return null;
        } catch (JsonProcessingException e) {
            // At the end of the input Jackson is past the last line end, on a line the file does not have.
            int line = e.getLocation() == null ? 0 : Math.min(e.getLocation().getLineNr(), ContractJson.lastLine(bytes));
            report.error(name, line, "(file)", "is not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            report.error(name, 0, "(file)", "cannot be read: " + e);
            return null;
        }
        if (root == null || !root.isObject()) {
            report.error(name, 1, "(file)", "must hold a JSON object: a statement (" + Statement.SCHEMA + ")");
            return null;
        }
        int errors = report.errors().size();
        ClaimJson claim = new ClaimJson(name, report, lines);
        claim.statement(root, terms);
        return report.errors().size() > errors ? null : new Claim(claim.figures);
    }

    private void statement(JsonNode root, ContractTerms terms) {
        JsonNode schema = root.get("schema");
        if (schema == null) {
            error("schema", "is required: a claim is a statement, schema " + Statement.SCHEMA);
            return; // not a statement: the rest would only be noise
        }
        if (!schema.isTextual() || !schema.textValue().equals(Statement.SCHEMA)) {
            error("schema", schema + " is not " + Statement.SCHEMA + ": a claim is a statement in that schema");
            return;
        }
        String contract = text(root, "contract", "contract", true);
        if (contract != null && terms != null && !contract.equals(terms.name())) {
            error("contract", "'" + contract + "' is not the contract of the input, '" + terms.name() + "'");
        }
        String currency = text(root, "currency", "currency", true);
        if (currency != null) {
            try {
                Monetary.getCurrency(currency);
                if (terms != null && !currency.equals(terms.currency().getCurrencyCode())) {
                    error("currency", "'" + currency + "' is not the contract's currency, "
                            + terms.currency().getCurrencyCode());
                }
            } catch (UnknownCurrencyException e) {
                error("currency", "'" + currency + "' is not an ISO-4217 currency code");
            }
        }
        LocalDate asOf = date(root, "asOf", "asOf", true);
        add(Figure.text(Section.STATEMENT, null, null, null, "contract", contract));
        add(Figure.text(Section.STATEMENT, null, null, null, "currency", currency));
        add(Figure.text(Section.STATEMENT, null, null, null, "asOf", asOf == null ? null : asOf.toString()));
        JsonNode measurement = object(root, "measurement", "measurement", true);
        if (measurement != null) {
            measurement(measurement, "measurement", Section.PROGRAMME, null, null, true);
        }
        cohorts(root, "", Section.COHORT, null, true);
        JsonNode payments = array(root, "payments", "payments", true);
        Map<LocalDate, Integer> dates = new HashMap<>();
        for (int i = 0; payments != null && i < payments.size(); i++) {
            payment(payments.get(i), "payments[" + i + "]", dates, i);
        }
    }

    private void payment(JsonNode node, String at, Map<LocalDate, Integer> dates, int i) {
        if (!node.isObject()) {
            error(at, "must be a JSON object: a payment");
            return;
        }
        LocalDate date = date(node, "date", at + ".date", true);
        if (date == null) {
            return;
        }
        Integer earlier = dates.putIfAbsent(date, i);
        if (earlier != null) {
            error(at + ".date", date + " is also the date of payments[" + earlier + "]");
            return;
        }
        add(Figure.text(Section.PAYMENT, null, date, null, "date", date.toString()));
        for (String field : List.of("cumulativeDue", "paidBefore", "payment")) {
            decimal(node, field, at, Section.PAYMENT, null, date, true);
        }
        JsonNode paid = node.get("paid");
        if (paid != null) {
            if (paid.isBoolean()) {
                add(Figure.text(Section.PAYMENT, null, date, null, "paid", Boolean.toString(paid.booleanValue())));
            } else {
                error(at + ".paid", paid + " is not true or false");
            }
        }
        decimal(node, "recomputedPayment", at, Section.PAYMENT, null, date, false);
        decimal(node, "trueUp", at, Section.PAYMENT, null, date, false);
        measurement(node, at, Section.PAYMENT, null, date, false);
        cohorts(node, at + ".", Section.PAYMENT, date, false);
        JsonNode outcomes = array(node, "outcomes", at + ".outcomes", false);
        Map<String, Integer> names = new HashMap<>();
        for (int o = 0; outcomes != null && o < outcomes.size(); o++) {
            String oat = at + ".outcomes[" + o + "]";
            JsonNode outcome = outcomes.get(o);
            if (!outcome.isObject()) {
                error(oat, "must be a JSON object: an outcome");
                continue;
            }
            String name = text(outcome, "name", oat + ".name", true);
            String type = text(outcome, "type", oat + ".type", true);
            if (name == null) {
                continue;
            }
            Integer first = names.putIfAbsent(name, o);
            if (first != null) {
                error(oat + ".name", "'" + name + "' is also the name of " + at + ".outcomes[" + first + "]");
                continue;
            }
            String field = "outcomes[" + name + "].";
            add(Figure.text(Section.PAYMENT, null, date, null, field + "name", name));
            add(Figure.text(Section.PAYMENT, null, date, null, field + "type", type));
            BigDecimal units = decimal(outcome, "units", oat + ".units", true);
            BigDecimal amount = decimal(outcome, "amount", oat + ".amount", true);
            add(Figure.number(Section.PAYMENT, null, date, null, field + "units", units));
            add(Figure.number(Section.PAYMENT, null, date, null, field + "amount", amount));
        }
    }

    private void cohorts(JsonNode parent, String prefix, Section section, LocalDate date, boolean required) {
        JsonNode cohorts = array(parent, "cohorts", prefix + "cohorts", required);
        Map<String, Integer> labels = new HashMap<>();
        for (int c = 0; cohorts != null && c < cohorts.size(); c++) {
            String at = prefix + "cohorts[" + c + "]";
            JsonNode cohort = cohorts.get(c);
            if (!cohort.isObject()) {
                error(at, "must be a JSON object: a cohort");
                continue;
            }
            String label = text(cohort, "cohort", at + ".cohort", true);
            if (label == null) {
                continue;
            }
            Integer first = labels.putIfAbsent(label, c);
            if (first != null) {
                error(at + ".cohort", "'" + label + "' is also the cohort of " + prefix + "cohorts[" + first + "]");
                continue;
            }
            add(Figure.text(section, label, date, null, "cohort", label));
            measurement(cohort, at, section, label, date, true);
        }
    }

    /** The six figures of a measurement; {@code required} for the programme's and a cohort's, not a payment's. */
    private void measurement(JsonNode node, String at, Section section, String cohort, LocalDate date, boolean required) {
        for (String field : COUNTS) {
            JsonNode value = node.get(field);
            String path = at + "." + field;
            if (value == null) {
                if (required) {
                    error(path, "is required");
                }
            } else if (!value.isIntegralNumber() || value.bigIntegerValue().signum() < 0) {
                error(path, value + " is not a whole number of zero or more (a JSON number)");
            } else {
                add(Figure.number(section, cohort, date, null, field, new BigDecimal(value.bigIntegerValue())));
            }
        }
        for (String field : DECIMALS) {
            decimal(node, field, at, section, cohort, date, required);
        }
    }

    /**
     * Adds the decimal figure {@code field} of the node when it is there; JSON {@code null} (no value) is allowed
     * for a measurement's decimals only.
     */
    private void decimal(JsonNode node, String field, String at, Section section, String cohort, LocalDate date,
            boolean required) {
        JsonNode value = node.get(field);
        String path = at + "." + field;
        if (value != null && value.isNull() && DECIMALS.contains(field)) {
            add(Figure.number(section, cohort, date, null, field, null));
            return;
        }
        BigDecimal number = decimal(node, field, path, required);
        if (number != null) {
            add(Figure.number(section, cohort, date, null, field, number));
        }
    }

    /** Reads a decimal string; reports a missing one when required, and one of another form always. */
    private BigDecimal decimal(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (value.isTextual() && DECIMAL.matcher(value.textValue()).matches()) {
            return new BigDecimal(value.textValue());
        }
        if (value.isNumber()) {
            error(path, value + " must be a JSON string, such as \"" + value + "\": decimals and money are strings in a statement");
        } else {
            error(path, value + " is not a decimal in plain notation, such as \"1234.50\"");
        }
        return null;
    }

    private String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            error(path, value + " is not a JSON string");
            return null;
        }
        return value.textValue();
    }

    private LocalDate date(JsonNode node, String field, String path, boolean required) {
        String text = text(node, field, path, required);
        if (text == null) {
            return null;
        }
        try {
            return DateText.parse(path, text.strip());
        } catch (InvalidValueException e) {
            error(path, e.problem());
            return null;
        }
    }

    private JsonNode object(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!value.isObject()) {
            error(path, value.getNodeType().name().toLowerCase() + " is not a JSON object");
            return null;
        }
        return value;
    }

    private JsonNode array(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!value.isArray()) {
            error(path, "is not a JSON list");
            return null;
        }
        return value;
    }

    private void add(Figure figure) {
        figures.add(figure);
    }

    /** Reports a problem at a path, on the line of the value, or of the nearest enclosing one the reader knows. */
    private void error(String path, String message) {
        String at = path;
        Integer line = lines.get(at);
        while (line == null && !at.isEmpty()) {
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
            line = lines.get(at);
        }
        report.error(name, line == null ? 1 : line, path, message);
    }
}
