package org.sibcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;

/**
 * The bundled Essex example: the command line's statement is the library's, and the figures are those
 * published for the Essex Edge of Care SIB (388 young people, a care proportion of 10.8% at March 2019,
 * over 96,000 care days avoided).
 */
class EssexExampleTest {

    private static final Path ESSEX = Path.of("examples/essex");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static InputFiles inputs() {
        InputFiles inputs = InputFiles.read(ESSEX.resolve("contract.json"), ESSEX.resolve("participants.csv"),
                ESSEX.resolve("episodes.csv"), false);
        assertThat(inputs.report().errors()).isEmpty();
        return inputs;
    }

    @Test
    void theCommandLinesStatementIsTheLibrarysAtTheLastMeasurementDate() throws Exception {
        Run run = Run.sibcalc("statement", ESSEX.toString(), "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(MAPPER.readTree(run.out()))
                .isEqualTo(MAPPER.readTree(StatementJson.write(inputs().calculation().statement(LocalDate.of(2021, 6, 30)))));
    }

    @Test
    void theCommandLinesStatementIsTheLibrarysAtAReportingDate() throws Exception {
        Run run = Run.sibcalc("statement", ESSEX.toString(), "--format", "json", "--as-of", "2019-03-31");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(MAPPER.readTree(run.out()))
                .isEqualTo(MAPPER.readTree(StatementJson.write(inputs().calculation().statement(LocalDate.of(2019, 3, 31)))));
    }

    @Test
    void atMarch2019TheFiguresAreThosePublished() {
        Statement statement = inputs().calculation().statement(LocalDate.of(2019, 3, 31));

        assertThat(statement.programme().participants()).isEqualTo(388);
        assertThat(statement.programme().careProportion()).hasValueSatisfying(p ->
                assertThat(p).isBetween(new BigDecimal("0.107"), new BigDecimal("0.109")));
        assertThat(statement.programme().careDaysAvoided().orElseThrow()).isBetween(new BigDecimal("94000"), new BigDecimal("98000"));
    }

    @Test
    void everyRowOfTheExampleIsUsed() {
        InputFiles inputs = inputs();

        assertThat(inputs.report().rowCounts().values()).allSatisfy(count -> {
            assertThat(count.rejected()).isZero();
            assertThat(count.used()).isEqualTo(count.read()).isPositive();
        });
        assertThat(inputs.report().rowCounts().get(ESSEX.resolve("participants.csv").toString()).read()).isEqualTo(388);
    }
}
