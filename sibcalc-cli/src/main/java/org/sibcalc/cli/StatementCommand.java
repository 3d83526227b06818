package org.sibcalc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;
import org.sibcalc.io.StatementText;
import org.sibcalc.report.html.InvestorReturns;
import org.sibcalc.report.html.StatementHtml;
import org.sibcalc.report.html.WarningSummary;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.SpvShortfallException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sibcalc statement}: the statement at a reporting date. The HTML page also shows the investors'
 * returns at that date when DIR holds {@code investment.json}, which is then read with the other files and
 * its errors reported as {@code returns} reports them; the text and the JSON do not read it.
 */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Measure the programme and each cohort at a reporting date, with the payment at every "
                + "measurement date up to it. Warnings go to standard error.")
final class StatementCommand extends InputCommand {

    /** The statement's formats. */
    enum Format { text, json, html }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default), json (sibcalc.statement/1) or html (one self-contained "
                    + "page with charts, to open or print; with the investors' returns when DIR holds "
                    + "investment.json).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the statement to FILE (replacing it) instead of standard output.")
    private Path output;

    /** DIR's investment file, read for the HTML page when there is one; else null. */
    private Path investmentFile;
    private InvestmentTerms investment;

    @Override
    void readMore(InputOptions inputs, InputFiles files) {
        if (format == Format.html) {
            investmentFile = inputs.inDir(InvestmentFile.NAME);
            if (investmentFile != null) {
                investment = InvestmentFile.read(investmentFile, files);
            }
        }
    }

    @Override
    int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err) {
        Statement statement = calculation.statement(asOf);
        String written;
        switch (format) {
            case json:
                written = StatementJson.write(statement);
                break;
            case html:
                WarningSummary warnings = WarningSummary.of(statement, files);
                if (investment == null) {
                    written = StatementHtml.write(statement, calculation.terms(), warnings);
                    break;
                }
                try {
                    written = StatementHtml.write(statement, calculation.terms(), warnings,
                            InvestorReturns.of(statement, investment));
                } catch (SpvShortfallException e) {
                    return InvestmentFile.shortfall(investmentFile, e, err);
                }
                break;
            default:
                written = StatementText.write(statement);
                break;
        }
        int status = Reporting.write(written, output, "the statement", out, err);
        if (status != 0) {
            return status;
        }
        files.report(statement.warnings());
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
