package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sibcalc.testing.Theories.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sibcalc.testing.Draw;

/**
 * Properties of the contract's JSON Schema against the reader, {@link ContractJson}, on generated input
 * (the cases one by one are in {@link ContractSchemaTest}): every generated contract the reader takes, the
 * schema takes; and for each kind of value (dates, periods, decimals, named values, texts, state names) a
 * value the schema takes in a field is one the reader takes there, and the other way round. The values are
 * drawn near the edges: real and unreal dates, leap days, signs, zeros, blanks around and inside, characters
 * that look blank and are not. They leave out what the schema cannot say (ContractSchemaTest's
 * description): numbers too large for a period's part, and weeks and days of opposite signs in one period.
 */
class ContractSchemaPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Blanks to the reader (Character.isWhitespace), and characters that look blank and are not. */
    private static final List<String> BLANKS = List.of(" ", "\t", "\n", "\r", "\u000b", "\f", "\u001c", "\u001f",
            "\u1680", "\u2003", "\u2028", "\u2029", "\u205f", "\u3000");
    private static final List<String> NOT_BLANKS = List.of("\u00a0", "\u2007", "\u202f", "\u0085", "\u200b",
            "\ufeff", "\u180e", "\u0000");

    // ---- whole contracts ---------------------------------------------------------------------------

    @Test
    void everyGeneratedContractTheReaderTakesTheSchemaTakes() {
        qt(150).forAll(Draw.gen(ContractSchemaPropertiesTest::contract)).checkAssert(json -> {
            assertThat(ContractSchemaTest.readerErrors(json)).as("the reader, on the generated contract").isEmpty();
            assertThat(ContractSchemaTest.schemaErrors(json)).as(json).isEmpty();
        });
    }

    /** A valid contract: each optional field left out, null or given, each value in one of its spellings. */
    static String contract(Draw draw) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", padded(draw, draw.oneOf(List.of("Test SIB", "Edge of Care", "x"))));
        String currency = draw.oneOf(List.of("GBP", "EUR", "USD"));
        root.put("currency", padded(draw, currency));
        optional(draw, root, "episodeEnd", () -> new TextNode(padded(draw, draw.oneOf(List.of("EXCLUSIVE", "INCLUSIVE")))));
        if (draw.sometimes(30)) {
            ArrayNode types = root.putArray("careTypes");
            for (int i = 0; i <= draw.upTo(3); i++) {
                types.add(padded(draw, draw.oneOf(List.of("C1", "C2", "V2", "CARE"))));
            }
        }
        List<String> states = new ArrayList<>(List.of("care"));
        if (draw.sometimes(60)) {
            ObjectNode node = root.putObject("states");
            for (int i = 0; i < draw.upTo(3); i++) {
                String name = draw.oneOf(List.of("foster", "residential", "secure_unit-1", "A", "Z9"));
                if (!states.contains(name)) {
                    states.add(name);
                    ObjectNode state = node.putObject(name);
                    boolean types = draw.sometimes(50);
                    if (types) {
                        texts(draw, state.putArray("types"), List.of("C2", "V2", "C 2"));
                    } else if (draw.sometimes(20)) {
                        state.putNull("types");
                    }
                    if (!types || draw.sometimes(50)) {
                        texts(draw, state.putArray("placements"), List.of("U1", "U2", "K2", "R1"));
                    }
                }
            }
        } else if (draw.sometimes(20)) {
            root.putNull("states");
        }
        ObjectNode tracking = root.putObject("tracking");
        tracking.put("period", padded(draw, positivePeriod(draw)));
        optional(draw, tracking, "ageOutAt", () -> MAPPER.getNodeFactory().numberNode(draw.between(1, 150)));
        optional(draw, root, "cohorts", () -> new TextNode(padded(draw,
                draw.oneOf(List.of("QUARTER", "MONTH", "YEAR", "FINANCIAL_YEAR")))));
        ObjectNode measurement = root.putObject("measurement");
        if (draw.sometimes(50)) {
            int year = draw.between(1990, 2030);
            measurement.put("from", padded(draw, date(draw, year, 1 + draw.upTo(2), 1 + draw.upTo(27))));
            measurement.put("to", padded(draw, date(draw, year + 1 + draw.upTo(5), 1 + draw.upTo(11), 1 + draw.upTo(27))));
            measurement.put("every", padded(draw, draw.oneOf(List.of("QUARTER", "MONTH"))));
        } else {
            ArrayNode dates = measurement.putArray("dates");
            for (int i = 0; i <= draw.upTo(4); i++) {
                dates.add(date(draw, 2000 + 4 * i + draw.upTo(3), 1 + draw.upTo(11), 1 + draw.upTo(27)));
            }
        }
        ArrayNode outcomes = root.putArray("outcomes");
        boolean careDaysAvoided = draw.sometimes(60);
        if (careDaysAvoided) {
            ObjectNode outcome = outcomes.addObject();
            outcome.put("type", padded(draw, "CARE_DAYS_AVOIDED"));
            optional(draw, outcome, "name", () -> new TextNode("care days avoided"));
            outcome.put("pricePerDay", padded(draw, decimal(draw)));
        }
        int others = draw.between(careDaysAvoided ? 0 : 1, 4);
        for (int i = 0; i < others; i++) {
            outcomes.add(participantOutcome(draw, i, states));
        }
        if (careDaysAvoided || draw.sometimes(30)) {
            ObjectNode baseline = root.putObject("baseline");
            if (draw.sometimes(50)) {
                baseline.put("proportion", padded(draw, proportion(draw)));
            } else {
                ArrayNode monthly = baseline.putArray("monthly");
                for (int i = 0; i <= draw.upTo(5); i++) {
                    monthly.add(proportion(draw));
                }
            }
        } else if (draw.sometimes(30)) {
            root.putNull("baseline");
        }
        boolean cohortNetting = careDaysAvoided && draw.sometimes(40);
        if (cohortNetting) {
            root.put("netting", padded(draw, "COHORT"));
        } else {
            optional(draw, root, "netting", () -> new TextNode("PROGRAMME"));
        }
        if (draw.sometimes(60)) {
            ObjectNode caps = root.putObject("caps");
            optional(draw, caps, "total", () -> new TextNode(draw.upTo(9_999_999) + "." + draw.between(10, 99)));
            if (cohortNetting) {
                optional(draw, caps, "perCohort", () -> new TextNode(draw.upTo(99_999) + ".5"));
            }
            optional(draw, caps, "perParticipant", () -> new TextNode(String.valueOf(draw.upTo(50_000))));
        } else if (draw.sometimes(20)) {
            root.putNull("caps");
        }
        optional(draw, root, "rounding", () -> new TextNode(padded(draw, draw.oneOf(List.of("UP", "DOWN", "CEILING",
                "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY")))));
        optional(draw, root, "clawback", () -> MAPPER.getNodeFactory().booleanNode(draw.sometimes(50)));
        return write(root);
    }

    private static ObjectNode participantOutcome(Draw draw, int i, List<String> states) {
        String type = draw.oneOf(List.of("DAYS", "BLOCKS", "MILESTONE", "ENGAGEMENT"));
        ObjectNode outcome = MAPPER.createObjectNode();
        outcome.put("type", padded(draw, type));
        outcome.put("name", "outcome " + i);
        if (!type.equals("ENGAGEMENT")) {
            outcome.putObject("condition").put(draw.sometimes(50) ? "in" : "outOf", draw.oneOf(states));
        }
        switch (type) {
            case "DAYS" -> outcome.put("pricePerDay", decimal(draw));
            case "BLOCKS" -> {
                outcome.put("block", positivePeriod(draw));
                outcome.put("pricePerBlock", decimal(draw));
                optional(draw, outcome, "maxBlocks", () -> MAPPER.getNodeFactory().numberNode(draw.between(1, 200)));
            }
            case "MILESTONE" -> {
                outcome.put("sustained", positivePeriod(draw));
                outcome.put("price", decimal(draw));
                optional(draw, outcome, "fromStart", () -> MAPPER.getNodeFactory().booleanNode(draw.sometimes(50)));
            }
            default -> outcome.put("price", decimal(draw));
        }
        optional(draw, outcome, "window", () -> {
            ObjectNode window = MAPPER.createObjectNode();
            optional(draw, window, "from", () -> new TextNode(period(draw, false)));
            optional(draw, window, "to", () -> new TextNode(positivePeriod(draw)));
            return window;
        });
        optional(draw, outcome, "cohorts", () -> {
            ArrayNode cohorts = MAPPER.createArrayNode();
            texts(draw, cohorts, List.of("2019-Q1", "2019-Q2", "2019/20"));
            return cohorts;
        });
        optional(draw, outcome, "deadweight", () -> new TextNode(draw.sometimes(20) ? "0" : "0." + draw.upTo(999)));
        return outcome;
    }

    // ---- values, one kind at a time ----------------------------------------------------------------

    @Test
    void aDateTheSchemaTakesIsOneTheReaderTakes() {
        agree(Draw.gen(ContractSchemaPropertiesTest::dateLike),
                (root, value) -> ((ObjectNode) root.path("measurement")).removeAll().putArray("dates").add(value));
    }

    @Test
    void aPositivePeriodTheSchemaTakesIsOneTheReaderTakes() {
        agree(Draw.gen(ContractSchemaPropertiesTest::periodLike),
                (root, value) -> ((ObjectNode) root.path("tracking")).put("period", value));
        agree(Draw.gen(ContractSchemaPropertiesTest::periodLike),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(2)).put("block", value));
    }

    @Test
    void aPeriodTheSchemaTakesIsOneTheReaderTakes() {
        agree(Draw.gen(ContractSchemaPropertiesTest::periodLike),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(1)).putObject("window").put("from", value));
        agree(Draw.gen(ContractSchemaPropertiesTest::periodLike),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(1)).putObject("window").put("to", value));
    }

    @Test
    void aDecimalTheSchemaTakesIsOneTheReaderTakes() {
        agree(Draw.gen(ContractSchemaPropertiesTest::decimalLike),
                (root, value) -> ((ObjectNode) root.path("baseline")).put("proportion", value));
        agree(Draw.gen(ContractSchemaPropertiesTest::decimalLike),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(1)).put("deadweight", value));
        agree(Draw.gen(ContractSchemaPropertiesTest::decimalLike),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(4)).put("price", value));
    }

    @Test
    void aNamedValueTheSchemaTakesIsOneTheReaderTakes() {
        agree(Draw.gen(d -> nameLike(d, List.of("QUARTER", "MONTH", "YEAR", "FINANCIAL_YEAR"))),
                (root, value) -> root.put("cohorts", value));
        agree(Draw.gen(d -> nameLike(d, List.of("HALF_UP", "HALF_DOWN", "UP", "UNNECESSARY"))),
                (root, value) -> root.put("rounding", value));
        agree(Draw.gen(d -> nameLike(d, List.of("ENGAGEMENT", "MILESTONE"))),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(4)).put("type", value));
        // Only the codes' spelling: whether three capitals are a currency is the reader's alone.
        agree(Draw.gen(d -> around(d, d.oneOf(List.of("GBP", "EUR", "USD", "gbp", "Gbp", "GB", "GBPP", "G B")))),
                (root, value) -> root.put("currency", value));
    }

    @Test
    void aTextTheSchemaTakesIsOneTheReaderTakes() {
        agree(Draw.gen(ContractSchemaPropertiesTest::textLike), (root, value) -> root.put("name", value));
        agree(Draw.gen(ContractSchemaPropertiesTest::textLike),
                (root, value) -> ((ObjectNode) root.path("outcomes").path(4)).put("name", value));
        agree(Draw.gen(ContractSchemaPropertiesTest::textLike),
                (root, value) -> ((ObjectNode) root.path("states").path("foster")).putArray("types").add(value));
    }

    @Test
    void aStateNameTheSchemaTakesIsOneTheReaderTakes() {
        Gen<String> names = Draw.gen(d -> {
            if (d.sometimes(10)) {
                return "care";
            }
            StringBuilder name = new StringBuilder();
            for (int i = 0; i <= d.upTo(4); i++) {
                name.append(d.oneOf(List.of("a", "Z", "q", "0", "9", "_", "-", " ", ".", "é", "\n", "\u0085")));
            }
            return name.toString();
        });
        agree(names, (root, value) -> ((ObjectNode) root.path("states")).putObject(value).putArray("types").add("C2"));
    }

    /**
     * Checks, on generated values, that the schema and the reader give the same verdict on the valid contract
     * with the value put in by {@code put}.
     */
    private static void agree(Gen<String> values, java.util.function.BiConsumer<ObjectNode, String> put) {
        ObjectNode base = (ObjectNode) read(InputFolder.CONTRACT_V2);
        qt(100).forAll(values).checkAssert(value -> {
            ObjectNode contract = base.deepCopy();
            put.accept(contract, value);
            String json = write(contract);
            boolean reader = ContractSchemaTest.readerErrors(json).isEmpty();
            List<String> schema = ContractSchemaTest.schemaErrors(json);
            assertThat(schema.isEmpty()).as("the schema's verdict on %s (the reader: %s; the schema: %s)",
                    MAPPER.getNodeFactory().textNode(value), ContractSchemaTest.readerErrors(json), schema)
                    .isEqualTo(reader);
        });
    }

    // ---- the values drawn ------------------------------------------------------------------------------

    /** A date in either form, real or not, perhaps with a character changed and blanks around. */
    private static String dateLike(Draw draw) {
        int year = draw.oneOf(List.of(2019, 2020, 1900, 2000, 2100, 2400, 0, 4, 9999, 1600, 1996, 2023 + draw.upTo(80)));
        // Most often a month's last days, and February's.
        int month = draw.sometimes(50) ? draw.oneOf(List.of(2, 2, 4, 12, 0, 13)) : draw.upTo(13);
        int day = draw.sometimes(70) ? draw.oneOf(List.of(28, 29, 30, 31, 0, 1, 32)) : draw.upTo(32);
        String text = date(draw, year, month, day);
        if (draw.sometimes(20)) {
            text = changed(draw, text, List.of("0", "1", "9", "-", "/", " ", "T", "+"));
        }
        return around(draw, text);
    }

    private static String date(Draw draw, int year, int month, int day) {
        String y = String.format("%04d", year);
        String m = String.format("%02d", month);
        String d = String.format("%02d", day);
        return draw.sometimes(50) ? y + "-" + m + "-" + d : d + "/" + m + "/" + y;
    }

    /** A period of years, months, weeks and days, each signed or not, perhaps changed, with blanks around. */
    private static String periodLike(Draw draw) {
        StringBuilder text = new StringBuilder(draw.oneOf(List.of("", "", "+", "-")));
        text.append(draw.oneOf(List.of("P", "P", "p")));
        // A minus on the weeks and another on the days: the weeks' sign for both, or none on either.
        String weekDaySign = draw.oneOf(List.of("", "", "+", "-"));
        for (String unit : List.of("Y", "M", "W", "D")) {
            if (draw.sometimes(40)) {
                String sign = unit.equals("W") || unit.equals("D") ? weekDaySign : draw.oneOf(List.of("", "", "+", "-"));
                text.append(sign).append(draw.oneOf(List.of("0", "1", "00", "7", "30", "12", "052")))
                        .append(draw.sometimes(20) ? unit.toLowerCase() : unit);
            }
        }
        String period = text.toString();
        if (draw.sometimes(15)) {
            // No minus: one between the weeks and the days could give them opposite signs.
            period = changed(draw, period, List.of("P", "T", "H", "1", "+", " ", "Y", "D"));
        }
        return around(draw, period);
    }

    /** Digits, points and signs, as a decimal or nearly. */
    private static String decimalLike(Draw draw) {
        StringBuilder text = new StringBuilder();
        if (draw.sometimes(70)) {
            text.append(draw.oneOf(List.of("", "", "", "-", "+"))).append(draw.oneOf(List.of("0", "1", "00", "01", "10", "9", "")));
            if (draw.sometimes(60)) {
                text.append(".").append(draw.oneOf(List.of("0", "5", "00", "999", "000001", "")));
            }
        } else {
            for (int i = 0; i <= draw.upTo(5); i++) {
                text.append(draw.oneOf(List.of("0", "1", "5", ".", "-", "+", "e", "E", ",", "%")));
            }
        }
        return around(draw, text.toString());
    }

    /** One of the names, perhaps in another case, cut or changed, with blanks around. */
    private static String nameLike(Draw draw, List<String> names) {
        String name = draw.oneOf(names);
        if (draw.sometimes(10)) {
            name = name.toLowerCase();
        } else if (draw.sometimes(10)) {
            name = name.substring(0, draw.upTo(name.length()));
        } else if (draw.sometimes(10)) {
            name = changed(draw, name, List.of("_", " ", "A", "\t"));
        }
        return around(draw, name);
    }

    /** A short text of letters, blanks and characters that look blank. */
    private static String textLike(Draw draw) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < draw.upTo(4); i++) {
            int kind = draw.upTo(2);
            text.append(kind == 0 ? draw.oneOf(List.of("a", "Z", "1", "é", "😀")) : kind == 1 ? draw.oneOf(BLANKS)
                    : draw.oneOf(NOT_BLANKS));
        }
        return text.toString();
    }

    /** The text with one character replaced by, or one inserted of, the others. */
    private static String changed(Draw draw, String text, List<String> others) {
        int at = draw.upTo(text.length());
        String other = draw.oneOf(others);
        return draw.sometimes(50) || at == text.length() ? text.substring(0, at) + other + text.substring(at)
                : text.substring(0, at) + other + text.substring(at + 1);
    }

    /** The text, perhaps with blanks or characters that look blank around it. */
    private static String around(Draw draw, String text) {
        String before = draw.sometimes(25) ? draw.oneOf(draw.sometimes(70) ? BLANKS : NOT_BLANKS) : "";
        String after = draw.sometimes(25) ? draw.oneOf(draw.sometimes(70) ? BLANKS : NOT_BLANKS) : "";
        return before + text + after;
    }

    /** The text, perhaps with blanks around it, which the reader drops. */
    private static String padded(Draw draw, String text) {
        return draw.sometimes(15) ? draw.oneOf(BLANKS) + text + (draw.sometimes(50) ? draw.oneOf(BLANKS) : "") : text;
    }

    private static String positivePeriod(Draw draw) {
        String period = period(draw, true);
        return period.equals("P0D") ? "P7D" : period;
    }

    /** A period as the docs write them, or one of its other spellings the reader takes. */
    private static String period(Draw draw, boolean positive) {
        String period = draw.oneOf(List.of("P30M", "P2Y", "P7D", "P52W", "P3M", "P1Y6M", "P0D", "p1m", "+P+1Y",
                "-P-3M", "P1W2D", "P0Y0M1D"));
        return !positive && draw.sometimes(10) ? "P0D" : period;
    }

    private static String decimal(Draw draw) {
        return draw.upTo(1000) + (draw.sometimes(70) ? "." + draw.between(0, 99) : "");
    }

    private static String proportion(Draw draw) {
        return draw.oneOf(List.of("0", "1", "0.55", "0.5", "1.00", "0.000001", "0.999"));
    }

    private static void texts(Draw draw, ArrayNode list, List<String> texts) {
        for (int i = 0; i <= draw.upTo(2); i++) {
            list.add(draw.oneOf(texts));
        }
    }

    /** Leaves the field out, sets it to null, or to the value made. */
    private static void optional(Draw draw, ObjectNode node, String field, java.util.function.Supplier<JsonNode> value) {
        int choice = draw.upTo(3);
        if (choice == 1) {
            node.putNull(field);
        } else if (choice >= 2) {
            node.set(field, value.get());
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
