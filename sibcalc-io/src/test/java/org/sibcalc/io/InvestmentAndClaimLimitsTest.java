package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;

/**
 * The limits of docs/limits.md on the investment file and on a claim: the most investors, drawdowns and costs
 * an investment file may list, and the most bytes read from either; each past its limit one clear error, at
 * its limit read and worked out as usual. The command line's exit status for each is in sibcalc-cli's
 * LimitsCommandTest.
 */
class InvestmentAndClaimLimitsTest {

    private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    @TempDir
    Path dir;

    /**
     * An investment file of {@code investors} investors of £12.00 each, {@code drawdowns} monthly drawdowns of
     * £1.00 from January 2019 and {@code costs} monthly costs of £0.01 from the 15th. Its lines: 1 {, 2 name,
     * 3 currency, 4 investors, 5 drawdowns, 6 costs, 7 }.
     */
    public static String investment(int investors, int drawdowns, int costs) {
        StringBuilder json = new StringBuilder("{\n  \"name\": \"Many\",\n  \"currency\": \"GBP\",\n  \"investors\": [");
        for (int i = 0; i < investors; i++) {
            json.append(i == 0 ? " " : ", ").append("{ \"name\": \"I").append(i).append("\", \"commitment\": \"12.00\" }");
        }
        json.append(" ],\n  \"drawdowns\": [");
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < drawdowns; i++) {
            json.append(i == 0 ? " " : ", ").append("{ \"date\": \"").append(start.plusMonths(i))
                    .append("\", \"amount\": \"1.00\" }");
        }
        json.append(" ],\n  \"costs\": [");
        for (int i = 0; i < costs; i++) {
            json.append(i == 0 ? " " : ", ").append("{ \"date\": \"").append(start.plusMonths(i).plusDays(14))
                    .append("\", \"amount\": \"0.01\" }");
        }
        return json.append(" ]\n}\n").toString();
    }

    @Test
    @Timeout(20)
    void atItsLimitsAnInvestmentIsReadAndItsReturnsWorkedOut() {
        ValidationReport report = new ValidationReport();
        InvestmentTerms terms = InvestmentJson.parse(investment(InputLimits.MAX_INVESTORS, InputLimits.MAX_DRAWDOWNS,
                InputLimits.MAX_COSTS).getBytes(StandardCharsets.UTF_8), "investment.json", report, GBP);

        assertThat(report.errors()).isEmpty();
        assertThat(terms.investors()).hasSize(100);
        assertThat(terms.drawdowns()).hasSize(1_200);
        assertThat(terms.costs()).hasSize(1_200);
        List<OutcomePayment> payments = List.of(OutcomePayment.of(LocalDate.of(2020, 3, 31), Money.of(500, GBP)),
                OutcomePayment.of(LocalDate.of(2030, 3, 31), Money.of(700, GBP)));
        Returns returns = Spv.returns(terms, payments, LocalDate.of(2119, 1, 1));
        assertThat(ReturnsText.write(returns)).contains("I99");
    }

    @Test
    @Timeout(10)
    void moreThan100InvestorsAreAnError() {
        assertThat(investmentErrors(investment(101, 1, 0))).containsExactly(
                "investment.json:4: investors: lists 101 investors, more than the 100 an investment may have");
    }

    @Test
    @Timeout(10)
    void moreThan1200DrawdownsAreAnError() {
        assertThat(investmentErrors(investment(100, 1_201, 0))).containsExactly(
                "investment.json:5: drawdowns: lists 1201 drawdowns, more than the 1200 an investment may have");
    }

    @Test
    @Timeout(10)
    void moreThan1200CostsAreAnError() {
        assertThat(investmentErrors(investment(1, 1, 1_201))).containsExactly(
                "investment.json:6: costs: lists 1201 costs, more than the 1200 an investment may have");
    }

    @Test
    @Timeout(10)
    void anInvestmentFileLargerThan1MebibyteIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("investment.json"), "{\"name\": \"" + "x".repeat(1 << 20) + "\"}");

        assertThat(investmentErrors(file)).containsExactly("investment.json: (file): is larger than the 1,048,576 "
                + "bytes (1 MiB) read from an investment file at most");
    }

    @Test
    @Timeout(10)
    void anInvestmentFileNested100000DeepIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("investment.json"),
                "{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        assertThat(investmentErrors(file)).containsExactly(
                "investment.json: (file): has JSON objects or lists nested more than 16 deep");
    }

    @Test
    @Timeout(10)
    void aClaimNested100000DeepIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("claim.json"),
                "{\"schema\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        ValidationReport report = new ValidationReport();

        assertThat(ClaimJson.read(file, "claim.json", null, report)).isNull();

        assertThat(report.errors()).extracting(Problem::toString).containsExactly(
                "claim.json: (file): has JSON objects or lists nested more than 16 deep");
    }

    @Test
    @Timeout(10)
    void investmentAndClaimFilesThatNeverEndAreReadOnlyUpToTheirLimits() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");

        assertThat(investmentErrors(zero)).containsExactly("investment.json: (file): is larger than the 1,048,576 "
                + "bytes (1 MiB) read from an investment file at most");
        ValidationReport report = new ValidationReport();
        assertThat(ClaimJson.read(zero, "claim.json", null, report)).isNull();
        assertThat(report.errors()).extracting(Problem::toString).containsExactly("claim.json: (file): is larger than "
                + "the 67,108,864 bytes (64 MiB) read from a claim at most");
    }

    private List<String> investmentErrors(String json) {
        try {
            return investmentErrors(Files.writeString(dir.resolve("investment.json"), json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> investmentErrors(Path file) {
        ValidationReport report = new ValidationReport();
        assertThat(InvestmentJson.read(file, "investment.json", report, GBP)).isNull();
        return report.errors().stream().map(Problem::toString).toList();
    }
}
