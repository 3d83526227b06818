package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sibcalc.io.InputFolder;

/**
 * {@code sibcalc returns} (README, "Investors' returns", §12): the investors' returns from the statement's payments; every error
 * of the investment file, and a cash shortfall, stops it with exit status 1, the field or the date in the
 * message and nothing on standard output. Its HTML is the statement's page with the returns, which
 * {@code statement --format html} writes too for a folder holding {@code investment.json}, stopped by the same
 * errors.
 *
 * <p>The folder: {@link InputFolder}'s contract (quarterly 2019-03-31 to 2019-12-31, baseline 0.5, £10 a care
 * day avoided) and P1 from 2019-01-01 without care: 0.5 × 90, 181, 273, 365 days = 45, 90.5, 136.5, 182.5
 * avoided, so cumulative due 450.00, 905.00, 1365.00, 1825.00 and payments 450.00, 455.00, 460.00, 460.00.
 */
class ReturnsCommandTest {

    /** Lines: 1 {, 2 name, 3 currency, 4 investors, 5 drawdowns, 6 costs, 7 receiptLag, 8 reserve, 9 waterfall, 10 }. */
    private static final String INVESTMENT = """
            {
              "name": "Test investors",
              "currency": "GBP",
              "investors": [ { "name": "A", "commitment": "600.00" }, { "name": "B", "commitment": "400.00" } ],
              "drawdowns": [ { "date": "2019-01-01", "amount": "1000.00" } ],
              "costs": [ { "date": "2019-01-02", "amount": "1000.00", "description": "fees" } ],
              "receiptLag": "P30D",
              "reserveForCosts": true,
              "waterfall": { "returnCap": { "multiple": "1.50" }, "surplusToInvestors": "0.50" }
            }
            """;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private InputFolder folder(String investment) {
        return InputFolder.in(dir).write("investment.json", investment);
    }

    @Test
    void withoutAReportingDateTheReturnsAreAtTheLastPaymentsArrival() {
        Run run = Run.sibcalc("returns", folder(INVESTMENT).dir().toString());

        // Received 30 days after each measurement date. 2019-04-30: 450.00 all capital (A 270.00, B 180.00);
        // 2019-07-30: 455.00 capital; 2019-10-30: capital 1000.00 − 905.00 = 95.00, then return up to
        // 1.5 × 1000.00 = 1500.00 − 1000.00 = 500.00: all 365.00; 2020-01-30: return 1500.00 − 1365.00 = 135.00,
        // surplus 460.00 − 135.00 = 325.00, half to investors: 162.50. A: 270.00 + 273.00 + 276.00 + 178.50 =
        // 997.50 of 600.00; B: 180.00 + 182.00 + 184.00 + 119.00 = 665.00 of 400.00; all: 1662.50 = 1.6625 × 1000.00.
        // IRR: −1000.00 on day 0, then 450.00, 455.00, 460.00, 297.50 on days 119, 210, 302, 394: r = 1.2131330...
        // (the shares are exactly 60% and 40% of each, so the same rate).
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Test investors\nInvestors' returns as of 2020-01-30, amounts in GBP\n");
        assertThat(run.outLines()).contains(
                "  A                  600.00    600.00       997.50  397.50  1.662500  121.3133%",
                "  B                  400.00    400.00       665.00  265.00  1.662500  121.3133%",
                "  All investors    1,000.00  1,000.00     1,662.50  662.50  1.662500  121.3133%",
                "  2020-01-30   460.00     0.00     460.00      0.00  135.00                162.50    162.50",
                "  Total                          1,825.00  1,000.00  500.00                162.50    162.50",
                "  2019-01-02  cost          -1,000.00      0.00  fees",
                "  2019-04-30  receipt          450.00    450.00  outcome payment of 2019-03-31",
                "  2020-01-30  retained        -162.50      0.00  surplus retained for the commissioner",
                "  Closing balance 0.00");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theJsonHasTheSchemaTheCashTheTiersAndTheReturns() throws Exception {
        Run run = Run.sibcalc("returns", folder(INVESTMENT).dir().toString(), "--format", "json", "--as-of", "2019-10-30");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = MAPPER.readTree(run.out());
        assertThat(json.get("schema").asText()).isEqualTo("sibcalc.returns/1");
        assertThat(json.get("asOf").asText()).isEqualTo("2019-10-30");
        assertThat(json.at("/returns/allInvestors/distributed").asText()).isEqualTo("1365.00");
        assertThat(json.at("/returns/allInvestors/moneyMultiple").asText()).isEqualTo("1.365000");
        assertThat(json.at("/returns/investors/1/investor").asText()).isEqualTo("B");
        assertThat(json.at("/distributions/2/capital").asText()).isEqualTo("95.00");
        assertThat(json.at("/distributions/2/return").asText()).isEqualTo("365.00");
        assertThat(json.at("/distributions/2/byInvestor").toString()).isEqualTo("[\"276.00\",\"184.00\"]");
        assertThat(json.at("/cash/2/event").asText()).isEqualTo("RECEIPT");
        assertThat(json.at("/cash/2/measurementDate").asText()).isEqualTo("2019-03-31");
        assertThat(json.at("/cash/1/description").asText()).isEqualTo("fees");
        assertThat(json.at("/cash/0/byInvestor").toString()).isEqualTo("[\"600.00\",\"400.00\"]");
        assertThat(json.get("closingBalance").asText()).isEqualTo("0.00");
    }

    @Test
    void theInvestmentFileMayBeNamed() {
        InputFolder folder = InputFolder.in(dir).write("other.json", INVESTMENT.replace("Test investors", "Other investors"));

        Run run = Run.sibcalc("returns", folder.dir().toString(), "--investment", folder.path("other.json").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Other investors\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another currency             | "GBP"                     | "EUR"                 | investment.json:3: currency: 'EUR' is not the contract's currency, GBP
            two investors of one name    | { "name": "B",            | { "name": "A",        | investment.json:4: investors[1].name: 'A' is already the name of investors[0]
            a commitment of zero         | "400.00"                  | "0.00"                | investment.json:4: investors[1].commitment: GBP 0.00 is not positive
            drawdowns beyond commitments | "amount": "1000.00" } ],  | "amount": "1000.01" } ], | investment.json:5: drawdowns: add up to GBP 1000.01, more than the GBP 1000.00 the investors committed
            a multiple below one         | "1.50"                    | "0.99"                | investment.json:9: waterfall.returnCap.multiple: 0.99 is below 1: a cap below the capital drawn would keep back the capital itself
            a negative irr cap           | { "multiple": "1.50" }    | { "irr": "-0.05" }    | investment.json:9: waterfall.returnCap.irr: -0.05 is negative
            a surplus share above one    | "0.50"                    | "1.01"                | investment.json:9: waterfall.surplusToInvestors: 1.01 is not from 0 to 1
            a surplus share without a cap | "returnCap": { "multiple": "1.50" }, | ''         | investment.json:9: waterfall.surplusToInvestors: needs a returnCap: without a cap the investors get everything and no surplus is left
            a negative receipt lag       | "P30D"                    | "P-30D"               | investment.json:7: receiptLag: P-30D has a negative component
            """)
    void anErrorOfTheInvestmentStopsTheReturnsNamingTheField(String what, String from, String to, String expected) {
        assertThat(INVESTMENT).contains(from);
        InputFolder folder = folder(INVESTMENT.replace(from, to));

        // The HTML statement of the folder reads its investment too, and reports its errors the same way.
        for (String[] command : List.of(new String[] {"returns"}, new String[] {"statement", "--format", "html"})) {
            Run run = Run.sibcalc(command[0], folder.dir().toString(), command.length > 1 ? command[1] : "--format",
                    command.length > 1 ? command[2] : "text");

            assertThat(run.status()).as(command[0]).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines().stream().map(folder::relative)).containsExactly(expected,
                    "sibcalc: 1 error in the input; nothing was calculated.");
        }
    }

    @Test
    void aShortfallStopsTheReturnsNamingTheDateAndTheShortfall() {
        // 1000.00 drawn on 2019-01-01, 1200.00 of costs on 2019-01-02: 1000.00 − 1200.00 = −200.00.
        InputFolder folder = folder(INVESTMENT.replace("\"amount\": \"1000.00\", \"description\"", "\"amount\": \"1200.00\", \"description\""));

        for (Run run : List.of(Run.sibcalc("returns", folder.dir().toString()),
                Run.sibcalc("statement", folder.dir().toString(), "--format", "html"))) {
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines().stream().map(folder::relative)).containsExactly(
                    "investment.json: on 2019-01-02 the SPV's cash after costs would be GBP -200.00: a shortfall of "
                            + "GBP 200.00 (draw down capital by then, or move the costs later)",
                    "sibcalc: the SPV cannot pay its way; nothing was calculated.");
        }
    }

    @Test
    void errorsOfTheDataAndOfTheInvestmentAreReportedTogether() {
        InputFolder folder = folder(INVESTMENT.replace("\"P30D\"", "\"30\"")).participants("id,start", ",2019-01-01");

        Run run = Run.sibcalc("returns", folder.dir().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Run.sibcalc("statement", folder.dir().toString(), "--format", "html").err()).isEqualTo(run.err());
        assertThat(run.errLines().stream().map(folder::relative)).containsExactly(
                "participants.csv:2: id: is blank",
                "investment.json:7: receiptLag: '30' is not an ISO-8601 period such as P30D",
                "sibcalc: 2 errors in the input; nothing was calculated.");
    }

    @Test
    void theHtmlIsTheStatementsPageAtTheReturnsDateWithTheReturns() {
        Run run = Run.sibcalc("returns", folder(INVESTMENT).dir().toString(), "--format", "html");

        // Without --as-of, at 2020-01-30, when the payment of 2019-12-31 has arrived: the figures of the text above.
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">").endsWith("</html>\n").contains(
                "<title>Test SIB: statement as of 2020-01-30</title>",
                "<h2 id=\"returns-heading\">Investors&#39; returns</h2>",
                "<tr class=\"total\"><th scope=\"row\">All investors</th><td class=\"number\">GBP 1,000.00</td>"
                        + "<td class=\"number\">GBP 1,000.00</td><td class=\"number\">GBP 1,662.50</td>"
                        + "<td class=\"number\">GBP 662.50</td><td class=\"number\">1.662500</td>"
                        + "<td class=\"number\">121.3133%</td></tr>",
                "<tr><th scope=\"row\">2020-01-30</th><td class=\"number\">GBP 0.00</td><td class=\"number\">GBP 460.00</td>"
                        + "<td class=\"number\">GBP 0.00</td><td class=\"number\">GBP 135.00</td>"
                        + "<td class=\"number\">GBP 162.50</td><td class=\"number\">GBP 162.50</td></tr>");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theHtmlStatementOfAFolderWithAnInvestmentHasTheReturnsAtTheStatementsDate() throws Exception {
        String folder = folder(INVESTMENT).dir().toString();

        Run statement = Run.sibcalc("statement", folder, "--format", "html");
        Run returns = Run.sibcalc("returns", folder, "--format", "html", "--as-of", "2019-12-31");

        // The statement is at the last measurement date, 2019-12-31; its payment arrives 30 days later.
        assertThat(statement.status()).as(statement.err()).isZero();
        assertThat(statement.out()).isEqualTo(returns.out()).contains("<h2 id=\"returns-heading\">Investors&#39; returns</h2>",
                "<p class=\"note\">The outcome payment of 2019-12-31, GBP 460.00, arrives on 2020-01-30 after 2019-12-31, "
                        + "so it is not in these returns.");
        Files.delete(dir.resolve("investment.json"));
        assertThat(Run.sibcalc("statement", folder, "--format", "html").out()).doesNotContain("returns-heading");
    }

    @Test
    void theTextAndJsonStatementsDoNotReadTheInvestment() {
        String folder = folder(INVESTMENT.replace("\"GBP\"", "\"EUR\"")).dir().toString();

        assertThat(Run.sibcalc("statement", folder).status()).isZero();
        assertThat(Run.sibcalc("statement", folder, "--format", "json").status()).isZero();
        assertThat(Run.sibcalc("statement", folder, "--format", "html").status()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "html"})
    void outputWritesTheReturnsToAFileInsteadOfStandardOutput(String format) throws Exception {
        String folder = folder(INVESTMENT).dir().toString();
        Path file = dir.resolve("returns." + format);

        Run run = Run.sibcalc("returns", folder, "--format", format, "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(Run.sibcalc("returns", folder, "--format", format).out());
    }

    @Test
    void aMissingInvestmentFileIsAnInputError() {
        InputFolder folder = InputFolder.in(dir);

        Run run = Run.sibcalc("returns", folder.dir().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().stream().map(folder::relative)).containsExactly(
                "investment.json: (file): cannot be read: no such file",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @Test
    void withoutAFolderTheInvestmentFileMustBeNamed() {
        InputFolder folder = folder(INVESTMENT);

        Run run = Run.sibcalc("returns", "--contract", folder.path("contract.json").toString(),
                "--participants", folder.path("participants.csv").toString(),
                "--episodes", folder.path("episodes.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("Give a folder DIR, or --investment (and the other input files).");
    }

    @Test
    void aBadFormatIsAUsageError() {
        Run run = Run.sibcalc("returns", folder(INVESTMENT).dir().toString(), "--format", "xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theTextListsEveryCashEventAndDistribution() {
        List<String> lines = Run.sibcalc("returns", folder(INVESTMENT).dir().toString()).outLines();

        // 1 drawdown, 1 cost, 4 receipts, 4 distributions, 1 retained; 4 distributions and a total.
        assertThat(lines.stream().filter(l -> l.matches("  \\d{4}-\\d\\d-\\d\\d  [a-z]+ .*"))).hasSize(11);
        assertThat(lines.stream().filter(l -> l.matches("  \\d{4}-\\d\\d-\\d\\d  +[0-9,.]+ .*"))).hasSize(4);
    }
}
