package org.sibcalc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the command line through {@link SibcalcCommand#run}: its exit status and what it wrote to
 * standard output and standard error.
 *
 * @param status the exit status
 * @param out    everything written to standard output
 * @param err    everything written to standard error
 */
public record Run(int status, String out, String err) {

    /** Runs {@code sibcalc} with the arguments. */
    public static Run sibcalc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SibcalcCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Returns the lines written to standard error. */
    public List<String> errLines() {
        return err.lines().toList();
    }

    /** Returns the lines written to standard output. */
    public List<String> outLines() {
        return out.lines().toList();
    }
}
