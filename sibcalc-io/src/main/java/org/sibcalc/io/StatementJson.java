package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.sibcalc.Statement;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Cap;
import org.sibcalc.payment.OutcomeAmount;
import org.sibcalc.payment.Payment;

/**
 * The statement as JSON, schema {@code sibcalc.statement/1} (docs/statement-json.md): integers as JSON numbers,
  * decimals
 * and money as JSON strings in plain notation, money at the currency's minor-unit scale.
 *
 * <p>Beyond the fields of docs/statement-json.md, each payment also carries the programme's measurement at its date
  * (participants,
 * child days, care days, expected care days, care days avoided) and, under COHORT netting, each cohort's
 * ({@code cohorts}), so every amount can be traced; and {@code warnings} counts the data warnings by kind.
 * With a payment ledger (docs/ledger.md), each payment the ledger reaches has {@code "paid": true} and
 * {@code recomputedPayment}, and the first payment after the ledger's last has {@code trueUp}. A payment at
 * which a cap bound names it in {@code capsBound} (such as {@code ["caps.total"]}) and has {@code uncappedDue},
 * what would be due without the caps.
 */
public final class StatementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatementJson() {
    }

    /**
     * {@return the statement as pretty-printed JSON, ending with a new line}
     *
     * @param statement the statement, not null
     */
    public static String write(Statement statement) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Statement.SCHEMA);
        root.put("contract", statement.contractName());
        root.put("currency", statement.currency().getCurrencyCode());
        root.put("asOf", statement.asOf().toString());
        measurement(root.putObject("measurement"), statement.programme());
        cohorts(root.putArray("cohorts"), statement.cohorts());
        ArrayNode payments = root.putArray("payments");
        for (Payment payment : statement.payments()) {
            ObjectNode node = payments.addObject();
            node.put("date", payment.date().toString());
            node.put("cumulativeDue", MoneyText.plain(payment.cumulativeDue()));
            node.put("paidBefore", MoneyText.plain(payment.paidBefore()));
            node.put("payment", MoneyText.plain(payment.payment()));
            if (payment.paid()) {
                node.put("paid", true);
                node.put("recomputedPayment", MoneyText.plain(payment.recomputedPayment().orElseThrow()));
            }
            if (payment.trueUp().isPresent()) {
                node.put("trueUp", MoneyText.plain(payment.trueUp().get()));
            }
            if (payment.capped()) {
                ArrayNode bound = node.putArray("capsBound");
                payment.capsBound().forEach(cap -> bound.add(cap.field()));
                node.put("uncappedDue", MoneyText.plain(payment.uncappedDue()));
            }
            measurement(node, payment.programme());
            if (!payment.nettedCohorts().isEmpty()) {
                cohorts(node.putArray("cohorts"), payment.nettedCohorts());
            }
            ArrayNode outcomes = node.putArray("outcomes");
            for (OutcomeAmount outcome : payment.outcomes()) {
                ObjectNode o = outcomes.addObject();
                o.put("name", outcome.name());
                o.put("type", outcome.type());
                o.put("units", outcome.units().toPlainString());
                o.put("amount", outcome.amount().getNumber().numberValue(BigDecimal.class).toPlainString());
            }
        }
        int[] byKind = new int[DataWarning.Kind.values().length]; // a count, not a map look-up, per warning
        for (DataWarning warning : statement.warnings()) {
            byKind[warning.kind().ordinal()]++;
        }
        Map<String, Integer> warnings = new TreeMap<>();
        for (DataWarning.Kind kind : DataWarning.Kind.values()) {
            if (byKind[kind.ordinal()] > 0) {
                warnings.put(kind.name(), byKind[kind.ordinal()]);
            }
        }
        ObjectNode counts = root.putObject("warnings");
        warnings.forEach(counts::put);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A statement could not be written as JSON", e);
        }
    }

    /**
     * Reads a statement written by {@link #write}. Warnings are not in the JSON (only their counts), so the
     * statement read has none.
     *
     * @param json the statement's JSON, not null
     * @return the statement, without warnings
     * @throws IllegalArgumentException when the text is not a {@code sibcalc.statement/1} statement
     */
    public static Statement read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (!Statement.SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException("Not a " + Statement.SCHEMA + " statement: schema is " + root.get("schema"));
        }
        CurrencyUnit currency = Monetary.getCurrency(root.path("currency").asText());
        List<CohortMeasurement> cohorts = cohorts(root.path("cohorts"));
        List<Payment> payments = new ArrayList<>();
        for (JsonNode node : root.path("payments")) {
            Set<Cap> bound = EnumSet.noneOf(Cap.class);
            node.path("capsBound").forEach(cap -> bound.add(Cap.ofField(cap.asText())));
            MonetaryAmount cumulativeDue = money(node.path("cumulativeDue"), currency);
            payments.add(new Payment(LocalDate.parse(node.path("date").asText()),
                    cumulativeDue, money(node.path("paidBefore"), currency),
                    money(node.path("payment"), currency), measurement(node), cohorts(node.path("cohorts")),
                    outcomes(node.path("outcomes"), currency), node.path("paid").asBoolean(false),
                    node.hasNonNull("recomputedPayment") ? Optional.of(money(node.path("recomputedPayment"), currency))
                            : Optional.empty(),
                    node.hasNonNull("trueUp") ? Optional.of(money(node.path("trueUp"), currency)) : Optional.empty(),
                    node.hasNonNull("uncappedDue") ? money(node.path("uncappedDue"), currency) : cumulativeDue, bound));
        }
        return new Statement(root.path("contract").asText(), currency, LocalDate.parse(root.path("asOf").asText()),
                measurement(root.path("measurement")), cohorts, payments, List.of());
    }

    private static void cohorts(ArrayNode array, List<CohortMeasurement> cohorts) {
        for (CohortMeasurement cohort : cohorts) {
            ObjectNode node = array.addObject();
            node.put("cohort", cohort.cohort());
            measurement(node, cohort.measurement());
        }
    }

    private static List<CohortMeasurement> cohorts(JsonNode array) {
        List<CohortMeasurement> cohorts = new ArrayList<>();
        for (JsonNode node : array) {
            cohorts.add(new CohortMeasurement(node.path("cohort").asText(), measurement(node)));
        }
        return cohorts;
    }

    private static void measurement(ObjectNode node, Measurement m) {
        node.put("participants", m.participants());
        node.put("childDays", m.childDays());
        node.put("careDays", m.careDays());
        if (m.careProportion().isPresent()) {
            node.put("careProportion", m.careProportion().get().toPlainString());
        } else {
            node.putNull("careProportion");
        }
        if (m.expectedCareDays().isEmpty()) {
            node.putNull("expectedCareDays");
            node.putNull("careDaysAvoided");
        } else {
            node.put("expectedCareDays", m.expectedCareDays().get().toPlainString());
            node.put("careDaysAvoided", m.careDaysAvoided().orElseThrow().toPlainString());
        }
    }

    private static Measurement measurement(JsonNode node) {
        JsonNode expected = node.path("expectedCareDays");
        return new Measurement(node.path("participants").asInt(), node.path("childDays").asLong(),
                node.path("careDays").asLong(),
                expected.isTextual() ? Optional.of(new BigDecimal(expected.asText())) : Optional.empty());
    }

    private static List<OutcomeAmount> outcomes(JsonNode array, CurrencyUnit currency) {
        List<OutcomeAmount> outcomes = new ArrayList<>();
        for (JsonNode node : array) {
            outcomes.add(new OutcomeAmount(node.path("name").asText(), node.path("type").asText(),
                    new BigDecimal(node.path("units").asText()), money(node.path("amount"), currency)));
        }
        return outcomes;
    }


    private static MonetaryAmount money(JsonNode node, CurrencyUnit currency) {
        return Money.of(new BigDecimal(node.asText()), currency);
    }
}
