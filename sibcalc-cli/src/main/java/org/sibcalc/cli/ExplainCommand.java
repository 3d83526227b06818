package org.sibcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.sibcalc.Calculation;
import org.sibcalc.io.ExplanationCsv;
import org.sibcalc.io.InputFiles;
import picocli.CommandLine.Command;

/** {@code sibcalc explain}: each participant's days, as CSV. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "One CSV row per participant: id, cohort, the first and last day of the tracking window "
                + "(inclusive; blank when empty), child days, care days and expected care days at the reporting date.")
final class ExplainCommand extends InputCommand {

    @Override
    int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err)
            throws IOException {
        ExplanationCsv.write(calculation.terms().participantOutcomes().stream().map(o -> o.name()).toList(),
                calculation.explain(asOf), out);
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
