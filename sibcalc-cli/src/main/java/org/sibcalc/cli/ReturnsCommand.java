package org.sibcalc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.ReturnsJson;
import org.sibcalc.io.ReturnsText;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.measure.TooManyCohortsException;
import org.sibcalc.report.html.InvestorReturns;
import org.sibcalc.report.html.StatementHtml;
import org.sibcalc.report.html.WarningSummary;
import org.sibcalc.returns.Drawdown;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;
import org.sibcalc.returns.SpvShortfallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sibcalc returns}: the SPV's cash and the investors' returns from the statement's payments. The input
 * files and the investment file are read together, so one run reports every error of all of them.
 */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "What the SPV receives, pays and distributes, and what each investor gets back: drawn, "
                + "distributed, net, money multiple and IRR. Reads DIR/investment.json (or --investment) beside the "
                + "contract and the data. Without --as-of, reports when every payment has been received; "
                + "--format html writes the statement's page at that date with the returns.")
final class ReturnsCommand implements Callable<Integer> {

    /** The formats of the returns. */
    enum Format { text, json, html }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--investment", paramLabel = "FILE", description = "The investment terms (JSON); overrides DIR's.")
    private Path investment;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default), json (sibcalc.returns/1) or html (the statement's page "
                    + "at the same reporting date, with the investors' returns).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the returns to FILE (replacing it) instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path investmentFile = inputs.file(investment, InvestmentFile.NAME, "--investment");
        InputFiles files = inputs.read();
        ValidationReport report = files.report();
        InvestmentTerms terms = InvestmentFile.read(investmentFile, files);
        if (report.hasErrors()) {
            return Reporting.errors(report, err);
        }
        Calculation calculation = files.calculation();
        LocalDate asOf = inputs.asOfGiven() != null ? inputs.asOfGiven() : everythingReceived(calculation, terms);
        try {
            Statement statement = calculation.statement(asOf);
            Returns returns = Spv.returns(terms, OutcomePayment.of(statement.payments()), asOf);
            String written = format == Format.json ? ReturnsJson.write(returns)
                    : format == Format.html ? StatementHtml.write(statement, calculation.terms(),
                            WarningSummary.of(statement, files), InvestorReturns.of(statement, terms, returns))
                    : ReturnsText.write(returns);
            int status = Reporting.write(written, output, "the returns", spec.commandLine().getOut(), err);
            if (status != 0) {
                return status;
            }
            files.report(statement.warnings());
            Reporting.warnings(report.warnings(), err, Reporting.WARNINGS_LISTED);
            return 0;
        } catch (SpvShortfallException e) {
            return InvestmentFile.shortfall(investmentFile, e, err);
        } catch (TooManyCohortsException e) {
            return Reporting.tooManyCohorts(e, files, err);
        } catch (ArithmeticException e) { // a contract whose rounding is UNNECESSARY, when rounding is needed
            err.println("sibcalc: " + e.getMessage());
            return SibcalcCommand.INVALID_INPUT;
        }
    }

    /**
     * The default reporting date: the day the last measurement date's payment arrives, or the last drawdown or
     * cost if later, so that the returns show the SPV's whole life.
     */
    private static LocalDate everythingReceived(Calculation calculation, InvestmentTerms terms) {
        List<LocalDate> dates = calculation.terms().measurement().dates();
        LocalDate last = dates.get(dates.size() - 1).plus(terms.receiptLag());
        for (Drawdown drawdown : terms.drawdowns()) {
            last = drawdown.date().isAfter(last) ? drawdown.date() : last;
        }
        for (var cost : terms.costs()) {
            last = cost.date().isAfter(last) ? cost.date() : last;
        }
        return last;
    }
}
