package org.sibcalc.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.sibcalc.Calculation;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.ValidationReport;
import picocli.CommandLine.Command;

/** {@code sibcalc validate}: the validation report only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the input files and list every warning, with what became of every row (an SSDA903 "
                + "episode reported again is counted used, as merged). Errors go to standard error, with exit status 1.")
final class ValidateCommand extends InputCommand {

    @Override
    int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err) {
        ValidationReport report = files.report();
        files.report(calculation.statement(asOf).warnings());
        report.rowCounts().forEach((file, rows) -> out.println(file + ": " + rows.read() + " rows read, "
                + rows.used() + " used" + (rows.merged() == 0 ? "" : " (" + rows.merged() + " of them merged: an "
                        + "episode reported more than once counts once)") + ", " + rows.rejected() + " rejected"));
        report.warnings().forEach(w -> out.println("warning: " + w));
        out.println("No errors; " + report.warnings().size() + (report.warnings().size() == 1 ? " warning." : " warnings."));
        return 0;
    }
}
