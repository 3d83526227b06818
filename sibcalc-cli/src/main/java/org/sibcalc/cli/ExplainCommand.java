package org.sibcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.sibcalc.Calculation;
import org.sibcalc.io.ExplanationCsv;
import org.sibcalc.io.ExplanationJson;
import org.sibcalc.io.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sibcalc explain}: each participant's days, as CSV or JSON. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "One CSV row per participant: id, cohort, the first and last day of the tracking window "
                + "(inclusive; blank when empty), child days, care days and expected care days at the reporting date, "
                + "each participant outcome's units and their total, why the window ends, the care days avoided and "
                + "the merged spans of care and of each state of the contract.")
final class ExplainCommand extends InputCommand {

    /** The explanation's formats. */
    enum Format { csv, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (one row per participant, the default) or json (sibcalc.explain/1).")
    private Format format;

    @Override
    int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err)
            throws IOException {
        if (format == Format.json) {
            ExplanationJson.write(calculation.terms(), asOf, calculation.explain(asOf), out);
        } else {
            ExplanationCsv.write(calculation.terms(), calculation.explain(asOf), out);
        }
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
