package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.sibcalc.Calculation;
import org.sibcalc.returns.Cost;
import org.sibcalc.returns.Drawdown;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;
import org.sibcalc.returns.SpvShortfallException;

/**
 * Coverage-guided fuzzing of the investment terms' reader, {@link InvestmentJson} (docs/fuzzing.md), under
 * the contract of examples/essex (GBP); when the terms have no errors, the SPV's cash and the investors'
 * returns from the Essex statement's payments, as {@code sibcalc returns} works them out and writes them in
 * text and JSON. An SPV that cannot pay its way is the documented refusal ({@link SpvShortfallException});
 * nothing else may throw. The corpus is
 * {@code src/test/resources/org/sibcalc/io/InvestmentFuzzTestInputs/<target>/}.
 */
class InvestmentFuzzTest {

    private static final Calculation ESSEX = ReaderFuzzing.calculation(Path.of("examples/essex"));
    private static final List<LocalDate> DATES = ESSEX.terms().measurement().dates();
    /** The Essex payments once every measurement date is reached: the same at any later date. */
    private static final List<OutcomePayment> PAYMENTS =
            OutcomePayment.of(ESSEX.statement(DATES.get(DATES.size() - 1)).payments());

    @FuzzTest
    @Timeout(10)
    void investmentJson(byte[] input) {
        ReaderFuzzing.file(input, "investment.json", (file, name) -> {
            ValidationReport report = new ValidationReport();
            InvestmentTerms terms = InvestmentJson.read(file, name, report, ESSEX.terms().currency());
            assertThat(terms == null).as("no terms exactly when there are errors").isEqualTo(report.hasErrors());
            if (terms != null) {
                returns(terms);
            }
            return report;
        });
    }

    /** The returns when everything has been received, as {@code sibcalc returns} reports them by default. */
    private static void returns(InvestmentTerms terms) {
        LocalDate asOf = DATES.get(DATES.size() - 1).plus(terms.receiptLag());
        for (Drawdown drawdown : terms.drawdowns()) {
            asOf = drawdown.date().isAfter(asOf) ? drawdown.date() : asOf;
        }
        for (Cost cost : terms.costs()) {
            asOf = cost.date().isAfter(asOf) ? cost.date() : asOf;
        }
        Returns returns;
        try {
            returns = Spv.returns(terms, PAYMENTS, asOf);
        } catch (SpvShortfallException e) {
            assertThat(e.getMessage()).as("the shortfall's message").isNotBlank().doesNotContain("\n");
            return;
        }
        assertThat(ReturnsText.write(returns)).isNotEmpty();
        assertThat(ReturnsJson.write(returns)).isNotEmpty();
    }
}
