package org.sibcalc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sibcalc.Calculation;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sibcalc validate}: the validation report only. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the input files and list every warning, with what became of every row. "
                + "Errors go to standard error, with exit status 1.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;


    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles files = inputs.read();
        ValidationReport report = files.report();
        if (report.hasErrors()) {
            return Reporting.errors(report, err);
        }
        Calculation calculation = files.calculation();
        try {
            files.report(calculation.statement(inputs.asOf(calculation)).warnings());
        } catch (ArithmeticException e) {
            err.println("sibcalc: " + e.getMessage());
            return SibcalcCommand.INVALID_INPUT;
        }
        report.rowCounts().forEach((file, rows) -> out.println(file + ": " + rows.read() + " rows read, "
                + rows.used() + " used, " + rows.rejected() + " rejected"));
        report.warnings().forEach(w -> out.println("warning: " + w));
        out.println("No errors; " + report.warnings().size() + (report.warnings().size() == 1 ? " warning." : " warnings."));
        return 0;
    }
}
