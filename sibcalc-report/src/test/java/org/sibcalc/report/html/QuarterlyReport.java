package org.sibcalc.report.html;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InvestmentJson;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.OutcomePayment;
import org.sibcalc.returns.Returns;
import org.sibcalc.returns.Spv;

/**
 * The quarterly example's extract at 2019-03-31 with its payment ledger (paid up to 2018-12-31) and the Essex
 * example's investment: a page with the ledger and its true-up, and the investors' returns, as
 * {@code sibcalc statement examples/quarterly/2019-03-31 --format html} writes it for a folder that also
 * holds {@code investment.json}.
 *
 * @param files      the extract's input files with the ledger, read without errors
 * @param investment the Essex example's investment terms
 * @param statement  the statement at 2019-03-31, with the ledger
 * @param returns    the investors' returns at 2019-03-31, from the statement's payments
 * @param html       the page
 */
record QuarterlyReport(InputFiles files, InvestmentTerms investment, Statement statement, Returns returns,
        String html) {

    /** The folder of the extract at 2019-03-31, with its payments.csv. */
    static final Path FOLDER = Path.of("examples", "quarterly", "2019-03-31");

    /** The investment file of the Essex example, whose contract the quarterly example's is. */
    static final Path INVESTMENT = Path.of("examples", "essex", "investment.json");

    /** The reporting date: the first measurement date after the ledger's last. */
    static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);

    /** Reads the example and writes its page. */
    static QuarterlyReport read() {
        return read(AS_OF);
    }

    /** Reads the example and writes its page at a reporting date. */
    static QuarterlyReport read(LocalDate asOf) {
        InputFiles files = InputFiles.read(FOLDER.resolve("contract.json"), FOLDER.resolve("participants.csv"),
                FOLDER.resolve("episodes.csv"), FOLDER.resolve("payments.csv"), false);
        ValidationReport report = files.report();
        InvestmentTerms investment = InvestmentJson.read(INVESTMENT, "investment.json", report,
                report.hasErrors() ? null : files.calculation().terms().currency());
        if (report.hasErrors()) {
            throw new IllegalStateException("The quarterly example has errors: " + report.errors());
        }
        Statement statement = files.calculation().statement(asOf);
        Returns returns = Spv.returns(investment, OutcomePayment.of(statement.payments()), asOf);
        String html = StatementHtml.write(statement, files.calculation().terms(), WarningSummary.of(statement, files),
                InvestorReturns.of(statement, investment, returns));
        return new QuarterlyReport(files, investment, statement, returns, html);
    }
}
