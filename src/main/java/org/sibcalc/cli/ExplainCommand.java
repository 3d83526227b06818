package org.sibcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sibcalc.Calculation;
import org.sibcalc.io.ExplanationCsv;
import org.sibcalc.io.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sibcalc explain}: each participant's days, as CSV. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "One CSV row per participant: id, cohort, the first and last day of the tracking window "
                + "(inclusive; blank when empty), child days, care days and expected care days at the reporting date.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;


    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles files = inputs.read();
        if (files.report().hasErrors()) {
            return Reporting.errors(files.report(), err);
        }
        Calculation calculation = files.calculation();
        ExplanationCsv.write(calculation.explain(inputs.asOf(calculation)), out);
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
