package org.sibcalc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;
import org.sibcalc.io.StatementText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sibcalc statement}: the statement at a reporting date. */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Measure the programme and each cohort at a reporting date, with the payment at every "
                + "measurement date up to it. Warnings go to standard error.")
final class StatementCommand implements Callable<Integer> {

    /** The statement's formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;


    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json (sibcalc.statement/1).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFiles files = inputs.read();
        if (files.report().hasErrors()) {
            return Reporting.errors(files.report(), err);
        }
        Calculation calculation = files.calculation();
        Statement statement;
        try {
            statement = calculation.statement(inputs.asOf(calculation));
        } catch (ArithmeticException e) {
            err.println("sibcalc: " + e.getMessage());
            return SibcalcCommand.INVALID_INPUT;
        }
        out.print(format == Format.json ? StatementJson.write(statement) : StatementText.write(statement));
        files.report(statement.warnings());
        Reporting.warnings(List.copyOf(files.report().warnings()), err, Reporting.WARNINGS_LISTED);
        return 0;
    }
}
