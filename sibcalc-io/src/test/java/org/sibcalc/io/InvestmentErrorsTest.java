package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.ReturnCap;

/**
 * README, "Investors' returns": every field of the investment file is validated, and each problem is an error naming the
 * field by its JSON path and the line of its value. Each test changes one line of {@link #INVESTMENT}, so
 * the line numbers stay those of the valid file.
 */
class InvestmentErrorsTest {

    /**
     * A valid investment. Its lines: 1 {, 2 name, 3 currency, 4 investors, 5 drawdowns, 6 costs, 7 receiptLag,
     * 8 reserveForCosts, 9 waterfall, 10 }.
     */
    static final String INVESTMENT = """
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

    private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    @TempDir
    Path dir;

    private static List<String> errorsOf(String json) {
        ValidationReport report = new ValidationReport();
        InvestmentTerms terms = InvestmentJson.parse(json.getBytes(StandardCharsets.UTF_8), "investment.json", report, GBP);
        if (!report.hasErrors()) {
            assertThat(terms).isNotNull();
        } else {
            assertThat(terms).isNull();
        }
        return report.errors().stream().map(Problem::toString).toList();
    }

    /** Returns the errors of reading the valid investment with {@code from} replaced by {@code to}. */
    private static List<String> errorsWith(String from, String to) {
        assertThat(INVESTMENT).contains(from);
        return errorsOf(INVESTMENT.replace(from, to));
    }

    @Test
    void theValidInvestmentHasNoErrorsAndEveryFieldIsRead() {
        ValidationReport report = new ValidationReport();
        InvestmentTerms terms = InvestmentJson.parse(INVESTMENT.getBytes(StandardCharsets.UTF_8), "investment.json",
                report, GBP);

        assertThat(report.errors()).isEmpty();
        assertThat(terms.name()).isEqualTo("Test investors");
        assertThat(terms.investors()).extracting(i -> i.name()).containsExactly("A", "B");
        assertThat(terms.drawdowns()).hasSize(1);
        assertThat(terms.costs()).singleElement().satisfies(c -> assertThat(c.description()).isEqualTo("fees"));
        assertThat(terms.receiptLag()).hasToString("P30D");
        assertThat(terms.reserveForCosts()).isTrue();
        assertThat(terms.waterfall().returnCap()).isEqualTo(ReturnCap.multiple(new java.math.BigDecimal("1.50")));
        assertThat(terms.waterfall().surplusToInvestors()).isEqualByComparingTo("0.50");
    }

    @Test
    void costsReceiptLagReserveAndWaterfallHaveDefaults() {
        ValidationReport report = new ValidationReport();
        InvestmentTerms terms = InvestmentJson.parse("""
                { "name": "N", "currency": "GBP", "investors": [ { "name": "A", "commitment": "1.00" } ],
                  "drawdowns": [] }
                """.getBytes(StandardCharsets.UTF_8), "investment.json", report, GBP);

        assertThat(report.errors()).isEmpty();
        assertThat(terms.costs()).isEmpty();
        assertThat(terms.receiptLag().isZero()).isTrue();
        assertThat(terms.reserveForCosts()).isTrue();
        assertThat(terms.waterfall().returnCap()).isEqualTo(ReturnCap.NONE);
        assertThat(terms.waterfall().surplusToInvestors()).isZero();
    }

    @ParameterizedTest(name = "{0} is required")
    @CsvSource(delimiter = '|', textBlock = """
            name                   | "name": "Test investors",                       | ''                      | investment.json:1: name: is required
            currency               | "currency": "GBP",                              | ''                      | investment.json:1: currency: is required
            investors              | "investors": [ { "name": "A", "commitment": "600.00" }, { "name": "B", "commitment": "400.00" } ], | '' | investment.json:1: investors: is required
            drawdowns              | "drawdowns": [ { "date": "2019-01-01", "amount": "1000.00" } ], | ''          | investment.json:1: drawdowns: is required
            investors[0].name      | "name": "A",                                    | ''                      | investment.json:4: investors[0].name: is required
            investors[1].commitment | , "commitment": "400.00"                       | ''                      | investment.json:4: investors[1].commitment: is required
            drawdowns[0].date      | "date": "2019-01-01", "amount": "1000.00"       | "amount": "1000.00"     | investment.json:5: drawdowns[0].date: is required
            costs[0].amount        | , "amount": "1000.00", "description"            | , "description"         | investment.json:6: costs[0].amount: is required
            """)
    void aMissingRequiredFieldIsAnErrorNamingIt(String field, String from, String to, String expected) {
        assertThat(errorsWith(from, to)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field              | "receiptLag": "P30D",     | "receiptLag": "P30D", "notes": "x", | investment.json:7: notes: is not a known field (known here: name, currency, investors, drawdowns, costs, receiptLag, reserveForCosts, waterfall)
            unknown investor field     | { "name": "B",            | { "nmae": "C", "name": "B",        | investment.json:4: investors[1].nmae: is not a known field (known here: name, commitment)
            unknown drawdown field     | "amount": "1000.00" } ],  | "amount": "1000.00", "by": "A" } ], | investment.json:5: drawdowns[0].by: is not a known field (known here: date, amount)
            unknown waterfall field    | "surplusToInvestors"      | "cap": "1", "surplusToInvestors"   | investment.json:9: waterfall.cap: is not a known field (known here: returnCap, surplusToInvestors)
            unknown cap field          | { "multiple": "1.50" }    | { "multiple": "1.50", "max": "1" } | investment.json:9: waterfall.returnCap.max: is not a known field (known here: multiple, irr)
            field with no name         | "receiptLag": "P30D",     | "receiptLag": "P30D", "": "x",     | investment.json:7: [""]: is not a known field (known here: name, currency, investors, drawdowns, costs, receiptLag, reserveForCosts, waterfall)
            field named with a quote   | { "multiple": "1.50" }    | { "multiple": "1.50", "a\\\"b": "1" } | investment.json:9: waterfall.returnCap["a\\\"b"]: is not a known field (known here: multiple, irr)
            field named with a bell    | { "name": "B",            | { "\\u0007": "C", "name": "B",  | investment.json:4: investors[1]["\\u0007"]: is not a known field (known here: name, commitment)
            blank name                 | "Test investors"          | "  "                               | investment.json:2: name: "  " is not a non-blank JSON string
            unknown currency           | "GBP"                     | "XYZ"                              | investment.json:3: currency: 'XYZ' is not an ISO-4217 currency code
            another currency           | "GBP"                     | "EUR"                              | investment.json:3: currency: 'EUR' is not the contract's currency, GBP
            investors not a list       | "investors": [ { "name": "A", "commitment": "600.00" }, { "name": "B", "commitment": "400.00" } ] | "investors": { "name": "A" } | investment.json:4: investors: must be a list of investors
            no investors               | "investors": [ { "name": "A", "commitment": "600.00" }, { "name": "B", "commitment": "400.00" } ] | "investors": [] | investment.json:4: investors: must list at least one investor
            investor not an object     | { "name": "B", "commitment": "400.00" } | "B"                  | investment.json:4: investors[1]: must be a JSON object
            duplicate investor         | { "name": "B",            | { "name": "A",                     | investment.json:4: investors[1].name: 'A' is already the name of investors[0]
            untrimmed investor         | { "name": "B",            | { "name": "B ",                    | investment.json:4: investors[1].name: "B " has leading or trailing blanks
            zero commitment            | "400.00"                  | "0.00"                             | investment.json:4: investors[1].commitment: GBP 0.00 is not positive
            negative commitment        | "400.00"                  | "-400.00"                          | investment.json:4: investors[1].commitment: GBP -400.00 is not positive
            commitment as a number     | "400.00"                  | 400.00                             | investment.json:4: investors[1].commitment: 400.00 must be written as a JSON string, "400.00", so that it stays exact
            commitment not a decimal   | "400.00"                  | "400,00"                           | investment.json:4: investors[1].commitment: '400,00' is not a decimal number such as 0.55
            commitment beyond pence    | "400.00"                  | "400.001"                          | investment.json:4: investors[1].commitment: GBP 400.001 has more than the 2 decimal places of GBP
            drawdowns not a list       | [ { "date": "2019-01-01", "amount": "1000.00" } ] | "1000.00"  | investment.json:5: drawdowns: must be a list of drawdowns
            unreal drawdown date       | "2019-01-01", "amount": "1000.00" | "2019-02-30", "amount": "1000.00" | investment.json:5: drawdowns[0].date: '2019-02-30' is not a real date: February 2019 has 28 days
            zero drawdown              | "amount": "1000.00" } ],  | "amount": "0" } ],                 | investment.json:5: drawdowns[0].amount: GBP 0.00 is not positive
            drawdowns beyond commitments | "amount": "1000.00" } ], | "amount": "1000.01" } ],          | investment.json:5: drawdowns: add up to GBP 1000.01, more than the GBP 1000.00 the investors committed
            negative cost              | "amount": "1000.00", "description" | "amount": "-5.00", "description" | investment.json:6: costs[0].amount: GBP -5.00 is not positive
            description not a text     | "fees"                    | 5                                  | investment.json:6: costs[0].description: 5 is not a JSON string
            cost date in another form  | "2019-01-02"              | "2 Jan 2019"                        | investment.json:6: costs[0].date: '2 Jan 2019' is not a date in the form yyyy-MM-dd or dd/MM/yyyy
            receipt lag not a period   | "P30D"                    | "30 days"                          | investment.json:7: receiptLag: '30 days' is not an ISO-8601 period such as P30D
            negative receipt lag       | "P30D"                    | "P1M-1D"                           | investment.json:7: receiptLag: P1M-1D has a negative component
            receipt lag beyond an int  | "P30D"                    | "P400000000W"                      | investment.json:7: receiptLag: 'P400000000W' is not an ISO-8601 period such as P30D
            reserve not a boolean      | "reserveForCosts": true   | "reserveForCosts": "yes"           | investment.json:8: reserveForCosts: "yes" is not true or false
            waterfall not an object    | { "returnCap": { "multiple": "1.50" }, "surplusToInvestors": "0.50" } | "capped" | investment.json:9: waterfall: must be a JSON object
            two caps                   | { "multiple": "1.50" }    | { "multiple": "1.50", "irr": "0.1" } | investment.json:9: waterfall.returnCap: must give either multiple or irr, not both or neither
            no cap given               | { "multiple": "1.50" }    | { }                                | investment.json:9: waterfall.returnCap: must give either multiple or irr, not both or neither
            multiple below one         | "1.50"                    | "0.99"                             | investment.json:9: waterfall.returnCap.multiple: 0.99 is below 1: a cap below the capital drawn would keep back the capital itself
            negative irr               | { "multiple": "1.50" }    | { "irr": "-0.01" }                 | investment.json:9: waterfall.returnCap.irr: -0.01 is negative
            surplus share above one    | "0.50"                    | "1.5"                              | investment.json:9: waterfall.surplusToInvestors: 1.5 is not from 0 to 1
            surplus share without a cap | "returnCap": { "multiple": "1.50" }, | ''                     | investment.json:9: waterfall.surplusToInvestors: needs a returnCap: without a cap the investors get everything and no surplus is left
            """)
    void aBadValueOrAnImpossibleCombinationIsAnErrorNamingTheFieldAndItsLine(String what, String from, String to,
            String expected) {
        assertThat(errorsWith(from, to)).containsExactly(expected);
    }

    @Test
    void everyErrorOfTheFileIsReportedAtOnceInTheOrderOfTheFile() {
        String json = INVESTMENT.replace("\"GBP\"", "\"EUR\"").replace("{ \"name\": \"B\"", "{ \"name\": \"A\"")
                .replace("\"2019-01-01\", \"amount\": \"1000.00\" } ]", "\"2019-13-01\", \"amount\": \"1000.00\" } ]")
                .replace("\"P30D\"", "\"P30\"").replace("\"1.50\"", "\"0.5\"");

        assertThat(errorsOf(json)).containsExactly(
                "investment.json:3: currency: 'EUR' is not the contract's currency, GBP",
                "investment.json:4: investors[1].name: 'A' is already the name of investors[0]",
                "investment.json:5: drawdowns[0].date: '2019-13-01' is not a real date: there is no month 13",
                "investment.json:7: receiptLag: 'P30' is not an ISO-8601 period such as P30D",
                "investment.json:9: waterfall.returnCap.multiple: 0.5 is below 1: a cap below the capital drawn would keep back the capital itself");
    }

    @Test
    void aFileThatIsNotJsonOrNotThereIsAnError() {
        assertThat(errorsOf("{ \"name\": ")).singleElement().asString().startsWith("investment.json:1: (file): is not valid JSON");
        assertThat(errorsOf("[1]")).containsExactly("investment.json:1: (file): must hold a JSON object");
        ValidationReport report = new ValidationReport();
        assertThat(InvestmentJson.read(dir.resolve("investment.json"), "investment.json", report, GBP)).isNull();
        assertThat(report.errors()).extracting(Problem::toString)
                .containsExactly("investment.json: (file): cannot be read: no such file");
    }

    @Test
    void aFieldGivenTwiceIsAnError() {
        assertThat(errorsWith("\"reserveForCosts\": true", "\"reserveForCosts\": true, \"reserveForCosts\": false"))
                .singleElement().asString().contains("(file): is not valid JSON: Duplicate field 'reserveForCosts'");
    }

    @Test
    void withoutTheContractsCurrencyAnyCurrencyIsRead() {
        ValidationReport report = new ValidationReport();
        InvestmentTerms terms = InvestmentJson.parse(INVESTMENT.replace("\"GBP\"", "\"EUR\"").getBytes(StandardCharsets.UTF_8),
                "investment.json", report, null);

        assertThat(report.errors()).isEmpty();
        assertThat(terms.currency().getCurrencyCode()).isEqualTo("EUR");
    }
}
