package org.sibcalc.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.MoneyText;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.Condition;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.OutcomeWindow;
import org.sibcalc.contract.State;
import org.sibcalc.contract.Tracking;

/**
 * Writes contract terms as the contract file {@link ContractJson} reads (docs/contract.md): every term the
 * terms hold, in the order the documentation lists them, sets in code-point order, decimals as strings exactly
 * as held ({@code "0.550"} stays {@code "0.550"}) and amounts with at least the currency's minor-unit places
 * ({@code "45.00"}). A term left out of the terms, such as a missing cap or an outcome's window end, is left out
 * of the file.
 */
final class ContractJsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ContractJsonWriter() {
    }

    static String write(ContractTerms terms) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", terms.name());
        root.put("currency", terms.currency().getCurrencyCode());
        root.put("episodeEnd", terms.episodeEnd().name());
        if (terms.careTypes() != null) {
            texts(root.putArray("careTypes"), terms.careTypes());
        }
        if (!terms.states().isEmpty()) {
            ObjectNode states = root.putObject("states");
            for (Map.Entry<String, State> state : terms.states().entrySet()) {
                ObjectNode node = states.putObject(state.getKey());
                if (state.getValue().types() != null) {
                    texts(node.putArray("types"), state.getValue().types());
                }
                if (state.getValue().placements() != null) {
                    texts(node.putArray("placements"), state.getValue().placements());
                }
            }
        }
        tracking(root.putObject("tracking"), terms.tracking());
        root.put("cohorts", terms.cohortRule().name());
        measurement(root.putObject("measurement"), terms.measurement());
        if (terms.baseline() != null) {
            baseline(root.putObject("baseline"), terms.baseline());
        }
        ArrayNode outcomes = root.putArray("outcomes");
        for (Outcome outcome : terms.outcomes()) {
            outcome(outcomes.addObject(), outcome);
        }
        root.put("netting", terms.netting().name());
        caps(root, terms.caps());
        root.put("rounding", terms.rounding().name());
        root.put("clawback", terms.clawback());
        return root.toPrettyString() + "\n";
    }

    private static void tracking(ObjectNode node, Tracking tracking) {
        node.put("period", tracking.period().toString());
        if (tracking.ageOutAt() != null) {
            node.put("ageOutAt", tracking.ageOutAt().intValue());
        }
    }

    private static void measurement(ObjectNode node, MeasurementDates measurement) {
        if (measurement instanceof MeasurementDates.Every) {
            MeasurementDates.Every every = (MeasurementDates.Every) measurement;
            node.put("from", every.from().toString());
            node.put("to", every.to().toString());
            node.put("every", every.every().name());
        } else {
            ArrayNode dates = node.putArray("dates");
            for (LocalDate date : measurement.dates()) {
                dates.add(date.toString());
            }
        }
    }

    private static void baseline(ObjectNode node, Baseline baseline) {
        if (baseline instanceof Baseline.Flat) {
            node.put("proportion", ((Baseline.Flat) baseline).proportion().toPlainString());
        } else {
            ArrayNode monthly = node.putArray("monthly");
            for (BigDecimal proportion : ((Baseline.Monthly) baseline).proportions()) {
                monthly.add(proportion.toPlainString());
            }
        }
    }

    private static void outcome(ObjectNode node, Outcome outcome) {
        node.put("type", outcome.type());
        node.put("name", outcome.name());
        if (outcome instanceof Outcome.CareDaysAvoided) {
            amount(node, "pricePerDay", ((Outcome.CareDaysAvoided) outcome).pricePerDay());
            return;
        }
        if (outcome instanceof Outcome.Days) {
            Outcome.Days days = (Outcome.Days) outcome;
            condition(node, days.condition());
            amount(node, "pricePerDay", days.pricePerDay());
        } else if (outcome instanceof Outcome.Blocks) {
            Outcome.Blocks blocks = (Outcome.Blocks) outcome;
            condition(node, blocks.condition());
            node.put("block", blocks.block().toString());
            amount(node, "pricePerBlock", blocks.pricePerBlock());
            if (blocks.maxBlocks() != Outcome.Blocks.NO_MAXIMUM) {
                node.put("maxBlocks", blocks.maxBlocks());
            }
        } else if (outcome instanceof Outcome.Milestone) {
            Outcome.Milestone milestone = (Outcome.Milestone) outcome;
            condition(node, milestone.condition());
            node.put("sustained", milestone.sustained().toString());
            amount(node, "price", milestone.price());
            node.put("fromStart", milestone.fromStart());
        } else {
            amount(node, "price", ((Outcome.Engagement) outcome).price());
        }
        Outcome.PerParticipant perParticipant = (Outcome.PerParticipant) outcome;
        window(node, perParticipant.window());
        if (!perParticipant.cohorts().isEmpty()) {
            texts(node.putArray("cohorts"), perParticipant.cohorts());
        }
        node.put("deadweight", perParticipant.deadweight().toPlainString());
    }

    private static void condition(ObjectNode node, Condition condition) {
        node.putObject("condition").put(condition.field(), condition.state());
    }

    private static void window(ObjectNode node, OutcomeWindow window) {
        if (window.equals(OutcomeWindow.WHOLE)) {
            return;
        }
        ObjectNode written = node.putObject("window");
        written.put("from", window.from().toString());
        Period to = window.to();
        if (to != null) {
            written.put("to", to.toString());
        }
    }

    private static void caps(ObjectNode root, Caps caps) {
        if (caps.equals(Caps.NONE)) {
            return;
        }
        ObjectNode node = root.putObject("caps");
        if (caps.total() != null) {
            amount(node, "total", caps.total());
        }
        if (caps.perCohort() != null) {
            amount(node, "perCohort", caps.perCohort());
        }
        if (caps.perParticipant() != null) {
            amount(node, "perParticipant", caps.perParticipant());
        }
    }

    private static void amount(ObjectNode node, String field, MonetaryAmount amount) {
        node.put(field, MoneyText.plain(amount));
    }

    private static void texts(ArrayNode node, Collection<String> texts) {
        for (String text : new TreeSet<>(texts)) {
            node.add(text);
        }
    }
}
