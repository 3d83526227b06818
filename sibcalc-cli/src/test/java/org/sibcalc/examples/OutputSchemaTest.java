package org.sibcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sibcalc.cli.Run;
import org.sibcalc.io.JsonSchemas;

/**
 * The command line's JSON output is valid by the JSON Schemas that sibcalc-io ships
 * ({@code org/sibcalc/io/schema/statement.schema.json}, docs/statement-json.md, and
 * {@code returns.schema.json}): the statement of every example at several reporting dates, with and without
 * a payment ledger, and the investors' returns. Each is also checked against the closed copy of its schema
 * ({@link JsonSchemas#closedErrors}), so that the output has no field the schema does not describe; and the
 * statements together have every field the schema describes as optional, so that each is checked somewhere.
 */
class OutputSchemaTest {

    /** Every field, and every null, seen in the statements checked: {@code /payments/paid}, {@code null /measurement/careProportion}. */
    private static final List<String> SEEN = new ArrayList<>();

    static Stream<Path> exampleFolders() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            return files.filter(f -> f.getFileName().toString().equals("contract.json")).map(Path::getParent)
                    .sorted().toList().stream();
        }
    }

    /** Each example at its last measurement date, before anyone starts, and in the middle. */
    static Stream<Arguments> examplesAndDates() throws IOException {
        return exampleFolders().flatMap(folder -> Stream.of(null, "2000-01-01", "2016-06-15", "2019-03-31")
                .map(asOf -> Arguments.of(folder, asOf)));
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @MethodSource("examplesAndDates")
    void theStatementOfEveryExampleIsValid(Path folder, String asOf) {
        List<String> args = new ArrayList<>(List.of("statement", folder.toString(), "--format", "json"));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf));
        }
        assertValidStatement(Run.sibcalc(args.toArray(String[]::new)));
    }

    @ParameterizedTest(name = "as of {0}")
    @MethodSource("quarterlyDates")
    void theStatementWithAPaymentLedgerIsValid(String asOf) {
        // examples/quarterly/2019-03-31 has a payment ledger, payments.csv, up to 2018-12-31.
        assertThat(Path.of("examples/quarterly/2019-03-31/payments.csv")).exists();
        Run run = Run.sibcalc("statement", "examples/quarterly/2019-03-31", "--as-of", asOf, "--format", "json");
        assertValidStatement(run);
        if (asOf.equals("2019-03-31")) {
            assertThat(run.out()).contains("\"paid\" : true", "\"recomputedPayment\"", "\"trueUp\"");
        }
    }

    static Stream<String> quarterlyDates() {
        return Stream.of("2013-06-30", "2018-09-30", "2018-12-31", "2019-01-15", "2019-03-31");
    }

    @ParameterizedTest(name = "as of {0}")
    @MethodSource("quarterlyDates")
    void theStatementWithoutTheLedgerIsValid(String asOf) {
        String dir = "examples/quarterly/2019-03-31/";
        Run run = Run.sibcalc("statement", "--contract", dir + "contract.json", "--participants", dir + "participants.csv",
                "--episodes", dir + "episodes.csv", "--as-of", asOf, "--format", "json");
        assertValidStatement(run);
        assertThat(run.out()).doesNotContain("\"paid\"");
    }

    @Test
    void theStatementOfAContractWithoutABaselineIsValid(@TempDir Path dir) throws IOException {
        String contract = Files.readString(Path.of("examples/essex/contract.json"));
        int outcomes = contract.indexOf("\"outcomes\"");
        int end = contract.indexOf(']', outcomes);
        contract = contract.substring(0, outcomes) + "\"outcomes\": [ { \"type\": \"DAYS\", \"condition\": { \"outOf\": "
                + "\"care\" }, \"pricePerDay\": \"1.00\" } ]" + contract.substring(end + 1);
        contract = contract.replaceAll("\"baseline\"\\s*:\\s*\\{[^}]*\\},", "");
        assertThat(contract).doesNotContain("baseline", "CARE_DAYS_AVOIDED");
        Files.writeString(dir.resolve("contract.json"), contract);
        for (String file : List.of("participants.csv", "episodes.csv")) {
            Files.copy(Path.of("examples/essex").resolve(file), dir.resolve(file));
        }
        Run run = Run.sibcalc("statement", dir.toString(), "--format", "json");
        assertValidStatement(run);
        assertThat(run.out()).contains("\"expectedCareDays\" : null");
    }

    @Test
    void theStatementUnderCohortNettingWithCapsThatBindIsValid(@TempDir Path dir) throws IOException {
        String contract = Files.readString(Path.of("examples/essex/contract.json"));
        assertThat(contract).contains("\"netting\": \"PROGRAMME\"", "\"caps\": { \"total\": \"7100000.00\" }");
        Files.writeString(dir.resolve("contract.json"), contract.replace("\"netting\": \"PROGRAMME\"",
                "\"netting\": \"COHORT\"").replace("\"caps\": { \"total\": \"7100000.00\" }",
                "\"caps\": { \"total\": \"1000000.00\", \"perCohort\": \"50000.00\" }"));
        for (String file : List.of("participants.csv", "episodes.csv")) {
            Files.copy(Path.of("examples/essex").resolve(file), dir.resolve(file));
        }
        Run run = Run.sibcalc("statement", dir.toString(), "--format", "json");
        assertValidStatement(run);
        assertThat(run.out()).contains("\"caps.perCohort\"", "\"caps.total\"");
    }

    @Test
    void theQuarterlyExamplesClaimIsAValidStatement() throws IOException {
        String claim = Files.readString(Path.of("examples/quarterly/claim-2019-03-31.json"));
        assertThat(JsonSchemas.errors(JsonSchemas.STATEMENT, claim)).isEmpty();
        assertThat(JsonSchemas.closedErrors(JsonSchemas.STATEMENT, claim)).isEmpty();
    }

    @ParameterizedTest(name = "as of {0}")
    @MethodSource("returnsDates")
    void theInvestorsReturnsAreValid(String asOf) {
        List<String> args = new ArrayList<>(List.of("returns", "examples/essex", "--format", "json"));
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf));
        }
        Run run = Run.sibcalc(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JsonSchemas.errors(JsonSchemas.RETURNS, run.out())).isEmpty();
        assertThat(JsonSchemas.closedErrors(JsonSchemas.RETURNS, run.out())).isEmpty();
        if (asOf == null) {
            assertThat(run.out()).contains("\"DRAWDOWN\"", "\"RECEIPT\"", "\"COST\"", "\"DISTRIBUTION\"");
        }
    }

    static Stream<String> returnsDates() {
        return Stream.of(null, "2013-05-01", "2016-03-31");
    }

    @Test
    void theSchemasNotAWriterRejectAStatementThatIsNotOne() {
        String statement = Run.sibcalc("statement", "examples/essex", "--format", "json").out();
        assertThat(JsonSchemas.errors(JsonSchemas.STATEMENT, statement.replace("sibcalc.statement/1", "sibcalc.statement/2")))
                .isNotEmpty();
        assertThat(JsonSchemas.errors(JsonSchemas.STATEMENT, statement.replace("\"careDays\" : 23495", "\"careDays\" : \"23495\"")))
                .isNotEmpty();
        assertThat(JsonSchemas.errors(JsonSchemas.STATEMENT, statement.replaceFirst("\"paidBefore\" : \"0.00\"",
                "\"paidBefore\" : 0.00"))).isNotEmpty();
        // A field a later version adds is valid by the schema, and not by its closed copy.
        String added = statement.replaceFirst("\"asOf\"", "\"notes\" : \"later\", \"asOf\"");
        assertThat(JsonSchemas.errors(JsonSchemas.STATEMENT, added)).isEmpty();
        assertThat(JsonSchemas.closedErrors(JsonSchemas.STATEMENT, added)).isNotEmpty();
    }

    /** The optional fields and the nulls of the statement's schema, each in some statement checked above. */
    @AfterAll
    static void everyOptionalFieldAndNullWasChecked() {
        assertThat(SEEN).contains("/payments/paid", "/payments/recomputedPayment", "/payments/trueUp",
                "/payments/cohorts", "/payments/capsBound", "/payments/uncappedDue", "null /measurement/careProportion", "null /measurement/expectedCareDays",
                "null /payments/careDaysAvoided", "/warnings/STARTS_AFTER_REPORTING_DATE");
    }

    private static void assertValidStatement(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JsonSchemas.errors(JsonSchemas.STATEMENT, run.out())).isEmpty();
        assertThat(JsonSchemas.closedErrors(JsonSchemas.STATEMENT, run.out())).isEmpty();
        see(JsonSchemas.parse(run.out()), "");
    }

    /** Adds every field's path, without list positions, and every null's, to {@link #SEEN}. */
    private static void see(com.fasterxml.jackson.databind.JsonNode node, String path) {
        if (node.isNull()) {
            add("null " + path);
        } else if (node.isArray()) {
            node.forEach(element -> see(element, path));
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                add(path + "/" + field.getKey());
                see(field.getValue(), path + "/" + field.getKey());
            });
        }
    }

    private static synchronized void add(String seen) {
        if (!SEEN.contains(seen)) {
            SEEN.add(seen);
        }
    }
}
