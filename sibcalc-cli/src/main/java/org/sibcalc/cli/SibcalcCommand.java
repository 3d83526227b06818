package org.sibcalc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sibcalc} command line: a thin shell over the library's readers and calculation.
 *
 * <p>Exit status: 0 on success; 1 when the input files have errors (every error on standard error, nothing
 * on standard output); 2 when the command line itself is wrong; 3 when {@code check} finds a difference.
 */
@Command(name = "sibcalc", mixinStandardHelpOptions = true, versionProvider = SibcalcCommand.Version.class,
        description = "Payments of a social impact bond paid by results on children's care days avoided.")
public final class SibcalcCommand implements Runnable {

    /**
     * The commands, in the order help lists them. Only the one run is added to the command line when it is named
     * first, as it most often is: making a command's model (picocli reading its annotations) is most of picocli's
     * start, on a core the early read wants. All are added, with {@code help}, for any other command line.
     */
    private static final List<Class<?>> COMMANDS = List.of(StatementCommand.class, ValidateCommand.class,
            ExplainCommand.class, BaselineCommand.class, ReturnsCommand.class, CheckCommand.class, CompareCommand.class);

    /** Exit status when the input files have errors. */
    static final int INVALID_INPUT = 1;

    // moneta logs its number settings at INFO on first use; that is not for a command's users.
    private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

    static {
        MONETA.setLevel(Level.WARNING);
    }

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line's arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line, writing to {@code out} and {@code err}, and returns the exit status.
     *
     * @param out where the output goes
     * @param err where errors and warnings go
     * @param args the command line's arguments
     * @return the exit status, 0 on success (the README lists the others)
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        EarlyRead.start(args); // a folder's files are read while picocli makes sense of the command line
        try {
            return execute(out, err, args);
        } finally {
            EarlyRead.end();
        }
    }

    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SibcalcCommand());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> named = COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            commandLine.addSubcommand(command);
        }
        if (named.isEmpty()) {
            commandLine.addSubcommand(CommandLine.HelpCommand.class);
        }
        // After the commands are added: picocli gives these to the commands there are at the time.
        commandLine.setOut(out);
        commandLine.setErr(err);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Give a command: statement, validate, explain, baseline, returns, check or compare.");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SibcalcCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sibcalc " + (version == null ? "(development)" : version)};
        }
    }
}
