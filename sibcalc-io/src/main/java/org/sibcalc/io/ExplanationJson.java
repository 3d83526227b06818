package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.State;
import org.sibcalc.measure.ParticipantExplanation;
import org.threeten.extra.LocalDateRange;

/**
 * Each participant's days as JSON, schema {@code sibcalc.explain/1} (docs/explain.md): the figures of
 * {@link ExplanationCsv}'s columns, with each state's spans as a list of {@code {"firstDay", "lastDay", "days"}}
 * (days inclusive). Integers are JSON numbers; decimals are JSON strings in plain notation; a value that does not
 * exist is {@code null}.
 *
 * <p>The participants are written as the stream gives them, one at a time, so that a large programme needs
 * no more memory than a small one.
 */
public final class ExplanationJson {

    /** The schema named in every explanation. */
    public static final String SCHEMA = "sibcalc.explain/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private ExplanationJson() {
    }

    /**
     * Writes the explanation of every participant, pretty-printed and ending with a new line; the stream is read
     * once, in order.
     *
     * @param terms        the contract explained, for its name, outcomes and states
     * @param asOf         the reporting date of the explanations
     * @param explanations the explanations, read once, in order
     * @param out          where the JSON is written
     * @throws IOException when the JSON cannot be written
     */
    public static void write(ContractTerms terms, LocalDate asOf, Stream<ParticipantExplanation> explanations, Writer out)
            throws IOException {
        List<Outcome.PerParticipant> outcomes = terms.participantOutcomes();
        List<String> states = new ArrayList<>(List.of(State.CARE));
        states.addAll(terms.states().keySet());
        JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeStringField("contract", terms.name());
        json.writeStringField("asOf", asOf.toString());
        json.writeArrayFieldStart("states");
        for (String state : states) {
            json.writeString(state);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("outcomes");
        for (Outcome.PerParticipant outcome : outcomes) {
            json.writeStartObject();
            json.writeStringField("name", outcome.name());
            json.writeStringField("type", outcome.type());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("participants");
        try {
            for (Iterator<ParticipantExplanation> it = explanations.iterator(); it.hasNext(); ) {
                participant(json, it.next(), outcomes, states);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private static void participant(JsonGenerator json, ParticipantExplanation e, List<Outcome.PerParticipant> outcomes,
            List<String> states) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeStringField("cohort", e.cohort());
        json.writeBooleanField("counted", e.counted());
        date(json, "firstDay", e.firstDay());
        date(json, "lastDay", e.lastDay());
        json.writeStringField("windowEnd", e.windowEnd().name());
        json.writeNumberField("childDays", e.childDays());
        json.writeNumberField("careDays", e.careDays());
        json.writeStringField("expectedCareDays", e.expectedCareDays().isEmpty() ? null : e.expectedCareDays().get().toPlainString());
        json.writeStringField("careDaysAvoided", e.careDaysAvoided().isEmpty() ? null : e.careDaysAvoided().get().toPlainString());
        json.writeObjectFieldStart("spans");
        for (String state : states) {
            json.writeArrayFieldStart(state);
            for (LocalDateRange span : e.spansOf(state)) {
                json.writeStartObject();
                json.writeStringField("firstDay", span.getStart().toString());
                json.writeStringField("lastDay", span.getEndInclusive().toString());
                json.writeNumberField("days", span.lengthInDays());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        if (!outcomes.isEmpty()) {
            json.writeArrayFieldStart("outcomes");
            for (int o = 0; o < outcomes.size(); o++) {
                json.writeStartObject();
                json.writeStringField("name", outcomes.get(o).name());
                json.writeNumberField("units", e.outcomeUnits().get(o));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("outcomeTotal", e.outcomeTotal().toPlainString());
        }
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String field, Optional<LocalDate> day) throws IOException {
        if (day.isPresent()) {
            json.writeStringField(field, day.get().toString());
        } else {
            json.writeNullField(field);
        }
    }
}
