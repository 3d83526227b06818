package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Statement;

/**
 * docs/statement-json.md: the statement's JSON, schema {@code sibcalc.statement/1}: integers as JSON numbers,
  * decimals and
 * money as strings in plain notation, money at the currency's minor-unit scale, cohorts sorted by label as
 * text, payments ascending; and what is written reads back as the same statement.
 */
class StatementJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    @TempDir
    Path dir;

    /**
     * Quarterly from 2018-12-31 (before anyone starts) to 2019-12-31; £200,000 a care day avoided, capped at
     * £7.1m, so the cap is reached at the first quarter with a participant.
     */
    private static final String CONTRACT = """
            {
              "name": "JSON test SIB",
              "currency": "GBP",
              "tracking": { "period": "P30M" },
              "measurement": { "from": "2018-12-31", "to": "2019-12-31", "every": "QUARTER" },
              "baseline": { "proportion": "0.5" },
              "outcomes": [ { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "200000.00" } ],
              "caps": { "total": "7100000.00" }
            }
            """;

    private Statement statement(String contract) {
        InputFiles inputs = InputFolder.in(dir)
                .contract(contract)
                .participants("id,start,cohort",
                        "P1,2019-01-01,",        // 2019-Q1
                        "P2,2019-04-10,",        // 2019-Q2
                        "P3,2019-05-01,a-team",
                        "P4,2019-05-01,B",
                        "P5,2020-02-01,C")       // starts after the reporting date: no cohort C
                .episodes("id,start,end", "P4,2019-06-01,2019-07-01")
                .read();
        assertThat(inputs.report().errors()).isEmpty();
        return inputs.calculation().statement(AS_OF);
    }

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void theStatementHasTheSchemaAndTheFiguresOfSpec7() throws Exception {
        JsonNode root = parse(StatementJson.write(statement(CONTRACT)));

        assertThat(root.get("schema").textValue()).isEqualTo("sibcalc.statement/1");
        assertThat(root.get("contract").textValue()).isEqualTo("JSON test SIB");
        assertThat(root.get("currency").textValue()).isEqualTo("GBP");
        assertThat(root.get("asOf").textValue()).isEqualTo("2019-12-31");
        // Child days: P1 365, P2 266 (2019-04-10..12-31), P3 245, P4 245 = 1121; care days: P4's 30 in June.
        // Care proportion 30 / 1121 = 0.0267618... → 0.026762; expected 1121 × 0.5 = 560.5; avoided 530.5.
        assertThat(MAPPER.convertValue(root.get("measurement"), new TypeReference<Map<String, Object>>() { }))
                .containsExactly(
                Map.entry("participants", 4), Map.entry("childDays", 1121), Map.entry("careDays", 30),
                Map.entry("careProportion", "0.026762"), Map.entry("expectedCareDays", "560.5"),
                Map.entry("careDaysAvoided", "530.5"));
    }

    @Test
    void cohortsAreSortedByLabelAsTextAndOnlyThoseStartedByTheReportingDate() throws Exception {
        JsonNode cohorts = parse(StatementJson.write(statement(CONTRACT))).get("cohorts");

        // Code-point order: digits, then capitals, then small letters.
        assertThat(cohorts.findValuesAsText("cohort")).containsExactly("2019-Q1", "2019-Q2", "B", "a-team");
        // 2019-Q1: P1 alone, no care: a proportion of zero at six places, written plainly, not as 0E-6.
        assertThat(cohorts.get(0).get("careProportion").textValue()).isEqualTo("0.000000");
        // B: P4, 245 child days, 30 care days: 30 / 245 = 0.1224489... → 0.122449; expected 122.5.
        assertThat(cohorts.get(2).get("careProportion").textValue()).isEqualTo("0.122449");
        assertThat(cohorts.get(2).get("expectedCareDays").textValue()).isEqualTo("122.5");
        assertThat(cohorts.get(2).get("careDaysAvoided").textValue()).isEqualTo("92.5");
    }

    @Test
    void paymentsAreAscendingWithMoneyAtTheMinorUnit() throws Exception {
        JsonNode payments = parse(StatementJson.write(statement(CONTRACT))).get("payments");

        List<List<String>> rows = new ArrayList<>();
        for (JsonNode payment : payments) {
            rows.add(List.of(payment.get("date").textValue(), payment.get("cumulativeDue").textValue(),
                    payment.get("paidBefore").textValue(), payment.get("payment").textValue()));
        }
        // At 2019-03-31 P1 has 90 days × 0.5 = 45 care days avoided × £200,000 = £9m, capped at £7.1m.
        assertThat(rows).containsExactly(
                List.of("2018-12-31", "0.00", "0.00", "0.00"),
                List.of("2019-03-31", "7100000.00", "0.00", "7100000.00"),
                List.of("2019-06-30", "7100000.00", "7100000.00", "0.00"),
                List.of("2019-09-30", "7100000.00", "7100000.00", "0.00"),
                List.of("2019-12-31", "7100000.00", "7100000.00", "0.00"));
        // Nobody has started at the first date: no child days, so no proportion.
        assertThat(payments.get(0).get("childDays").intValue()).isZero();
        assertThat(payments.get(0).get("careProportion").isNull()).isTrue();
    }

    @Test
    void moneyOfACurrencyWithoutMinorUnitsHasNoDecimals() throws Exception {
        String yen = CONTRACT.replace("\"GBP\"", "\"JPY\"").replace("\"200000.00\"", "\"200000\"")
                .replace("\"7100000.00\"", "\"7100000\"");

        JsonNode payment = parse(StatementJson.write(statement(yen))).get("payments").get(1);

        assertThat(payment.get("cumulativeDue").textValue()).isEqualTo("7100000");
        assertThat(payment.get("paidBefore").textValue()).isEqualTo("0");
    }

    @Test
    void integersAreJsonNumbersAndDecimalsAndMoneyArePlainStrings() throws Exception {
        JsonNode root = parse(StatementJson.write(statement(CONTRACT)));

        List<JsonNode> measured = new ArrayList<>();
        measured.add(root.get("measurement"));
        root.get("cohorts").forEach(measured::add);
        root.get("payments").forEach(measured::add);
        for (JsonNode node : measured) {
            for (String field : List.of("participants", "childDays", "careDays")) {
                assertThat(node.get(field).isIntegralNumber()).as(field + " in " + node).isTrue();
            }
            for (String field : List.of("expectedCareDays", "careDaysAvoided")) {
                assertThat(node.get(field).textValue()).as(field + " in " + node).matches("-?[0-9]+(\\.[0-9]+)?");
            }
            JsonNode proportion = node.get("careProportion");
            assertThat(proportion.isNull() || proportion.textValue().matches("[01]\\.[0-9]{6}"))
                    .as("careProportion in " + node).isTrue();
        }
        for (JsonNode payment : root.get("payments")) {
            for (String field : List.of("cumulativeDue", "paidBefore", "payment")) {
                assertThat(payment.get(field).textValue()).as(field).matches("-?[0-9]+\\.[0-9]{2}");
            }
        }
    }

    @Test
    void aStatementReadBackIsTheStatementWritten() {
        Statement written = statement(CONTRACT);

        Statement read = StatementJson.read(StatementJson.write(written));

        assertThat(read.contractName()).isEqualTo(written.contractName());
        assertThat(read.currency()).isEqualTo(written.currency());
        assertThat(read.asOf()).isEqualTo(written.asOf());
        assertThat(read.programme()).isEqualTo(written.programme());
        assertThat(read.cohorts()).isEqualTo(written.cohorts());
        assertThat(read.payments()).isEqualTo(written.payments());
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aPaymentAtWhichACapBoundNamesItAndWhatWouldBeDueWithoutIt() throws Exception {
        JsonNode payments = parse(StatementJson.write(statement(CONTRACT))).get("payments");

        // 2018-12-31: no one yet, nothing capped. 2019-03-31: P1's 90 days × 0.5 = 45 care days avoided,
        // × £200,000.00 = £9,000,000.00, capped at £7,100,000.00.
        assertThat(payments.get(0).has("capsBound")).isFalse();
        assertThat(payments.get(0).has("uncappedDue")).isFalse();
        assertThat(payments.get(1).get("capsBound")).extracting(JsonNode::textValue).containsExactly("caps.total");
        assertThat(payments.get(1).get("uncappedDue").textValue()).isEqualTo("9000000.00");
        assertThat(payments.get(1).get("cumulativeDue").textValue()).isEqualTo("7100000.00");
    }

    @Test
    void underCohortNettingEachPaymentListsItsCohortsAndReadsBack() throws Exception {
        Statement written = statement(CONTRACT.replace("\"caps\"", "\"netting\": \"COHORT\",\n  \"caps\""));

        JsonNode lastPayment = parse(StatementJson.write(written)).get("payments").get(4);
        assertThat(lastPayment.get("date").textValue()).isEqualTo("2019-12-31");
        assertThat(lastPayment.get("cohorts")).extracting(c -> c.get("cohort").textValue())
                .containsExactly("2019-Q1", "2019-Q2", "B", "a-team");
        assertThat(StatementJson.read(StatementJson.write(written)).payments()).isEqualTo(written.payments());
        assertThat(parse(StatementJson.write(statement(CONTRACT))).get("payments").get(4).has("cohorts")).isFalse();
    }

    @Test
    void theEssexStatementReadBackIsTheStatementWritten() {
        Path essex = Path.of("examples/essex");
        Statement written = InputFiles.read(essex.resolve("contract.json"), essex.resolve("participants.csv"),
                essex.resolve("episodes.csv"), false).calculation().statement(LocalDate.of(2019, 3, 31));

        Statement read = StatementJson.read(StatementJson.write(written));

        assertThat(read.programme()).isEqualTo(written.programme());
        assertThat(read.cohorts()).isEqualTo(written.cohorts());
        assertThat(read.payments()).isEqualTo(written.payments());
        assertThat(StatementJson.write(read).replaceAll("(?s)\"warnings\" : \\{.*", ""))
                .isEqualTo(StatementJson.write(written).replaceAll("(?s)\"warnings\" : \\{.*", ""));
    }

    @Test
    void textThatIsNotAStatementIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StatementJson.read("{\"schema\": \"other/1\"}"))
                .withMessage("Not a sibcalc.statement/1 statement: schema is \"other/1\"");
    }
}
