package org.sibcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;
import org.sibcalc.io.StatementText;
import org.sibcalc.report.html.StatementHtml;
import org.sibcalc.report.html.WarningSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sibcalc statement}: the statement at a reporting date. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Measure the programme and each cohort at a reporting date, with the payment at every "
                + "measurement date up to it. Warnings go to standard error.")
final class StatementCommand extends InputCommand {

    /** The statement's formats. */
    enum Format { text, json, html }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default), json (sibcalc.statement/1) or html (one self-contained "
                    + "page with charts, to open or print).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the statement to FILE (replacing it) instead of standard output.")
    private Path output;

    @Override
    int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err) {
        Statement statement = calculation.statement(asOf);
        String written;
        switch (format) {
            case json:
                written = StatementJson.write(statement);
                break;
            case html:
                written = StatementHtml.write(statement, calculation.terms(), WarningSummary.of(statement, files));
                break;
            default:
                written = StatementText.write(statement);
                break;
        }
        if (output == null) {
            out.print(written);
        } else {
            try {
                Files.writeString(output, written, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("sibcalc: cannot write the statement to " + output + ": " + e.getMessage());
                return SibcalcCommand.INVALID_INPUT;
            }
        }
        files.report(statement.warnings());
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
