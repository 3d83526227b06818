package org.sibcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sibcalc.Calculation;
import org.sibcalc.io.InputFiles;
import org.sibcalc.measure.TooManyCohortsException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command over the three input files. Input errors stop it before it runs: every error goes to standard
 * error, nothing to standard output, and the exit status is 1.
 */
abstract class InputCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Override
    public final Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputFiles files = inputs.read();
        readMore(inputs, files);
        if (files.report().hasErrors()) {
            return Reporting.errors(files.report(), err);
        }
        Calculation calculation = files.calculation();
        try {
            return run(files, calculation, inputs.asOf(calculation), spec.commandLine().getOut(), err);
        } catch (TooManyCohortsException e) {
            return Reporting.tooManyCohorts(e, files, err);
        } catch (ArithmeticException e) { // a contract whose rounding is UNNECESSARY, when rounding is needed
            err.println("sibcalc: " + e.getMessage());
            return SibcalcCommand.INVALID_INPUT;
        }
    }

    /**
     * Reads any other file the command needs, its problems into the files' report, before the report's errors
     * stop the command; by default nothing.
     */
    void readMore(InputOptions inputs, InputFiles files) {
    }

    /**
     * Runs the command on valid inputs at the reporting date asked for (or the contract's last measurement
     * date), and returns the exit status.
     */
    abstract int run(InputFiles files, Calculation calculation, LocalDate asOf, PrintWriter out, PrintWriter err)
            throws IOException;
}
