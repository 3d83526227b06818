package org.sibcalc.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;
import org.sibcalc.io.StatementText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sibcalc statement}: the statement at a reporting date. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Measure the programme and each cohort at a reporting date, with the payment at every "
                + "measurement date up to it. Warnings go to standard error.")
final class StatementCommand extends InputCommand {

    /** The statement's formats. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json (sibcalc.statement/1).")
    private Format format;

    @Override
    int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err) {
        Statement statement = calculation.statement(asOf);
        out.print(format == Format.json ? StatementJson.write(statement) : StatementText.write(statement));
        files.report(statement.warnings());
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
