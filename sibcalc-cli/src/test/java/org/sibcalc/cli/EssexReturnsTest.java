package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InvestmentJson;
import org.sibcalc.io.ReturnsJson;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;

/**
 * The Essex example's illustrative investment: the command line's returns are the library's, and the
 * figures are those the READMEs quote.
 */
class EssexReturnsTest {

    private static final Path ESSEX = Path.of("examples/essex");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Returns returns(LocalDate asOf) {
        InputFiles inputs = InputFiles.read(ESSEX.resolve("contract.json"), ESSEX.resolve("participants.csv"),
                ESSEX.resolve("episodes.csv"), false);
        ValidationReport report = inputs.report();
        InvestmentTerms terms = InvestmentJson.read(ESSEX.resolve("investment.json"), "investment.json", report,
                inputs.calculation().terms().currency());
        assertThat(report.errors()).isEmpty();
        return Spv.returns(terms, OutcomePayment.of(inputs.calculation().statement(asOf).payments()), asOf);
    }

    @Test
    void theCommandLinesReturnsAreTheLibrarysWhenEveryPaymentHasArrived() throws Exception {
        Run run = Run.sibcalc("returns", ESSEX.toString(), "--format", "json");

        // The last measurement date, 2021-06-30, and its payment 30 days later.
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(MAPPER.readTree(run.out())).isEqualTo(MAPPER.readTree(ReturnsJson.write(returns(LocalDate.of(2021, 7, 30)))));
    }

    @Test
    void theFiguresAreThoseTheReadmesQuote() throws Exception {
        Returns returns = returns(LocalDate.of(2021, 7, 30));

        assertThat(returns.investors()).hasSize(8);
        assertThat(returns.allInvestors().commitment().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("3100000.00");
        assertThat(returns.allInvestors().drawn().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("3100000.00");
        assertThat(returns.allInvestors().distributed().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("5178235.00");
        assertThat(returns.allInvestors().moneyMultiple()).contains(new BigDecimal("1.670398"));
        assertThat(returns.allInvestors().irr()).contains(new BigDecimal("0.143193"));
        assertThat(returns.closingBalance().isZero()).isTrue();

        Returns march2019 = returns(LocalDate.of(2019, 3, 31));
        assertThat(march2019.allInvestors().distributed().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("3437785.75");
        assertThat(march2019.allInvestors().moneyMultiple()).contains(new BigDecimal("1.108963"));
        assertThat(march2019.allInvestors().irr()).contains(new BigDecimal("0.033643"));

        String readme = Files.readString(Path.of("README.md"));
        String essexReadme = Files.readString(ESSEX.resolve("README.md"));
        for (String figure : new String[] {"5,178,235.00", "1.670398", "14.3193%", "3,437,785.75", "3.3643%"}) {
            assertThat(readme).as("README.md").contains(figure);
            assertThat(essexReadme).as("examples/essex/README.md").contains(figure);
        }
        assertThat(essexReadme).doesNotContain("1.45");
    }
}
