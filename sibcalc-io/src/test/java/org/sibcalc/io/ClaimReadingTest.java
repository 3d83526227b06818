package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.claim.Claim;
import org.sibcalc.claim.ClaimCheck;
import org.sibcalc.claim.Figure;

/**
 * docs/ledger.md: a claim is a statement JSON (docs/statement-json.md) from any system, optionally with each young person's
 * figures in explain's CSV form. What is not a statement, is of another contract or currency, or names a
 * young person the data do not have, is an error naming the file, the line and the JSON path or field.
 *
 * <p>The folder: P1 from 2019-01-01, never in care; £10.00 a care day avoided against 0.5, quarterly 2019.
 */
class ClaimReadingTest {

    @TempDir
    Path dir;

    private Calculation calculation() {
        return InputFolder.in(dir).read().calculation();
    }

    private String statementJson() {
        return StatementJson.write(calculation().statement(LocalDate.of(2019, 6, 30)));
    }

    private List<String> errors(String json) {
        InputFolder folder = InputFolder.in(dir).write("claim.json", json);
        ValidationReport report = new ValidationReport();
        Claim claim = ClaimJson.read(folder.path("claim.json"), "claim.json", calculation().terms(), report);
        if (report.hasErrors()) {
            assertThat(claim).isNull();
        }
        return folder.texts(report.errors());
    }

    @Test
    void sibcalcsOwnStatementIsAClaimThatChecksClean() {
        InputFolder folder = InputFolder.in(dir).write("claim.json", statementJson());
        ValidationReport report = new ValidationReport();
        Claim claim = ClaimJson.read(folder.path("claim.json"), "claim.json", calculation().terms(), report);

        assertThat(report.errors()).isEmpty();
        assertThat(claim.figures()).isEqualTo(Figure.of(StatementJson.read(statementJson())));
        assertThat(ClaimCheck.of(claim, calculation()).agrees()).isTrue();
    }

    @Test
    void aStatementOfSpec7AloneIsAClaim() {
        // Another system's statement: the fields docs/statement-json.md shows, nothing of sibcalc's own.
        String json = """
                {"schema": "sibcalc.statement/1", "contract": "Test SIB", "currency": "GBP", "asOf": "2019-06-30",
                 "measurement": {"participants": 1, "childDays": 181, "careDays": 0, "careProportion": "0.000000",
                                 "expectedCareDays": "90.5", "careDaysAvoided": "90.5"},
                 "cohorts": [{"cohort": "2019-Q1", "participants": 1, "childDays": 181, "careDays": 0,
                              "careProportion": "0", "expectedCareDays": "90.50", "careDaysAvoided": "90.50"}],
                 "payments": [{"date": "2019-03-31", "cumulativeDue": "450.00", "paidBefore": "0.00", "payment": "450.00"},
                              {"date": "2019-06-30", "cumulativeDue": "905.00", "paidBefore": "450.00", "payment": "455.00"}]}
                """;
        InputFolder folder = InputFolder.in(dir).write("claim.json", json);
        ValidationReport report = new ValidationReport();
        Claim claim = ClaimJson.read(folder.path("claim.json"), "claim.json", calculation().terms(), report);

        assertThat(report.errors()).isEmpty();
        assertThat(ClaimCheck.of(claim, calculation()).agrees()).isTrue();
    }

    @Test
    void whatIsNotAStatementIsAnErrorNamingTheJsonPathAndLine() {
        assertThat(errors("[1, 2]")).containsExactly("claim.json:1: (file): must hold a JSON object: a statement (sibcalc.statement/1)");
        assertThat(errors("{\"schema\": \"sibcalc.statement/1\",")).singleElement().asString()
                .startsWith("claim.json:1: (file): is not valid JSON: ");
        assertThat(errors("{\"name\": \"Test SIB\"}"))
                .containsExactly("claim.json:1: schema: is required: a claim is a statement, schema sibcalc.statement/1");
        assertThat(errors("{\n  \"schema\": \"sibcalc.returns/1\"\n}"))
                .containsExactly("claim.json:2: schema: \"sibcalc.returns/1\" is not sibcalc.statement/1: a claim is a "
                        + "statement in that schema");
    }

    @Test
    void everyBadFieldOfAClaimIsReportedAtOnce() {
        String json = statementJson()
                .replace("\"contract\" : \"Test SIB\"", "\"contract\" : \"Another SIB\"")
                .replace("\"currency\" : \"GBP\"", "\"currency\" : \"EUR\"")
                .replace("\"childDays\" : 181,\n    \"careDays\"", "\"childDays\" : \"181\",\n    \"careDays\"")
                .replace("\"cumulativeDue\" : \"450.00\"", "\"cumulativeDue\" : 450.00")
                .replace("\"paidBefore\" : \"450.00\"", "\"paidBefore\" : \"450,00\"")
                .replace("\"date\" : \"2019-06-30\"", "\"date\" : \"2019-03-31\"");

        assertThat(errors(json)).containsExactly(
                "claim.json:3: contract: 'Another SIB' is not the contract of the input, 'Test SIB'",
                "claim.json:4: currency: 'EUR' is not the contract's currency, GBP",
                "claim.json:8: measurement.childDays: \"181\" is not a whole number of zero or more (a JSON number)",
                "claim.json:17: cohorts[0].childDays: \"181\" is not a whole number of zero or more (a JSON number)",
                "claim.json:25: payments[0].cumulativeDue: 450.00 must be a JSON string, such as \"450.00\": decimals and "
                        + "money are strings in a statement",
                "claim.json:41: payments[1].date: 2019-03-31 is also the date of payments[0]");
    }

    @Test
    void aRequiredFieldLeftOutIsAnError() {
        String json = statementJson().replace("\"paidBefore\" : \"0.00\",", "");

        // At the line of the payment that lacks it.
        assertThat(errors(json)).containsExactly("claim.json:23: payments[0].paidBefore: is required");
    }

    @Test
    void youngPeoplesClaimedFiguresAreReadInExplainsForm() {
        Calculation calculation = calculation();
        InputFolder folder = InputFolder.in(dir).write("explain.csv", """
                ID,cohort,first_day,last_day,child_days,care_days,expected_care_days
                P1,2019-Q1,2019-01-01,2019-06-30,181,3,90.5
                """);
        ValidationReport report = new ValidationReport();
        List<Figure> figures = ClaimParticipantsCsv.read(folder.path("explain.csv"), "explain.csv", calculation.terms(),
                calculation.data(), report);

        assertThat(report.errors()).isEmpty();
        Statement statement = calculation.statement(LocalDate.of(2019, 6, 30));
        List<Figure> all = new java.util.ArrayList<>(Figure.of(statement));
        all.addAll(figures);
        Claim claim = new Claim(all);
        assertThat(ClaimCheck.of(claim, calculation).differences()).extracting(d -> d.place() + " " + d.field() + " "
                + d.difference()).containsExactly("participant P1 care_days 3");
    }

    @Test
    void everyBadRowOfTheYoungPeoplesFileIsAnError() {
        Calculation calculation = calculation();
        InputFolder folder = InputFolder.in(dir).write("explain.csv", """
                id,cohort,first_day,last_day,child_days,care_days,expected_care_days
                P1,2019-Q1,2019-01-01,2019-06-30,181,x,90.5
                P9,2019-Q1,2019-01-01,2019-06-30,181,0,90.5
                P1,2019-Q1,31/02/2019,,-1,0,
                """);
        ValidationReport report = new ValidationReport();
        assertThat(ClaimParticipantsCsv.read(folder.path("explain.csv"), "explain.csv", calculation.terms(),
                calculation.data(), report)).isNull();

        assertThat(folder.texts(report.errors())).containsExactly(
                "explain.csv:2: care_days: 'x' is not a whole number of zero or more",
                "explain.csv:3: id: 'P9' is not a participant of the data",
                "explain.csv:4: id: 'P1' is also on line 2",
                "explain.csv:4: first_day: '31/02/2019' is not a real date: February 2019 has 28 days",
                "explain.csv:4: child_days: '-1' is not a whole number of zero or more");
        assertThat(report.rowCounts().get("explain.csv")).isEqualTo(new ValidationReport.RowCount(3, 0, 3));
    }

    @Test
    void theYoungPeoplesFileHasEveryColumnOfExplain() {
        Calculation calculation = calculation();
        InputFolder folder = InputFolder.in(dir).write("explain.csv", "id,cohort,child_days,care_days\n");
        ValidationReport report = new ValidationReport();
        ClaimParticipantsCsv.read(folder.path("explain.csv"), "explain.csv", calculation.terms(), calculation.data(), report);

        assertThat(folder.texts(report.errors())).containsExactly(
                "explain.csv:1: first_day: the required column is missing (the header has id,cohort,child_days,care_days)",
                "explain.csv:1: last_day: the required column is missing (the header has id,cohort,child_days,care_days)",
                "explain.csv:1: expected_care_days: the required column is missing (the header has id,cohort,child_days,care_days)");
    }
}
