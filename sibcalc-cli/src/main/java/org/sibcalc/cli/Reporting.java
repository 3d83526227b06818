package org.sibcalc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.Problem;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.measure.TooManyCohortsException;

/** How the commands tell people about problems in their files. */
final class Reporting {

    /** Warnings listed one by one on standard error after a statement; the rest are counted. */
    static final int WARNINGS_LISTED = 20;

    private Reporting() {
    }

    /** Writes every error, then a count; returns the exit status for invalid input. */
    static int errors(ValidationReport report, PrintWriter err) {
        report.errors().forEach(err::println);
        warnings(report.warnings(), err, WARNINGS_LISTED);
        err.println("sibcalc: " + report.errors().size() + (report.errors().size() == 1 ? " error" : " errors")
                + " in the input; nothing was calculated.");
        return SibcalcCommand.INVALID_INPUT;
    }

    /**
     * Writes the error of a calculation whose young people fall into too many cohorts, at the participants
     * file's cohorts (docs/limits.md); returns the exit status for invalid input.
     */
    static int tooManyCohorts(TooManyCohortsException e, InputFiles files, PrintWriter err) {
        err.println(files.participantsName() + ": cohort: " + e.getMessage());
        err.println("sibcalc: 1 error in the input; nothing was calculated.");
        return SibcalcCommand.INVALID_INPUT;
    }

    /** Writes the first {@code limit} warnings and how many more there are. */
    static void warnings(List<Problem> warnings, PrintWriter err, int limit) {
        warnings.stream().limit(limit).forEach(w -> err.println("warning: " + w));
        if (warnings.size() > limit) {
            err.println("warning: ... and " + (warnings.size() - limit)
                    + " more warnings; the validate command lists them all.");
        }
    }

    /**
     * Writes a command's output to {@code output} (replacing it), or to standard output when it is null;
     * returns 0, or the exit status for invalid input when the file cannot be written.
     *
     * @param what what is written, for the message: {@code the statement}
     */
    static int write(String written, Path output, String what, PrintWriter out, PrintWriter err) {
        if (output == null) {
            out.print(written);
            return 0;
        }
        try {
            Files.writeString(output, written, StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            err.println("sibcalc: cannot write " + what + " to " + output + ": " + e.getMessage());
            return SibcalcCommand.INVALID_INPUT;
        }
    }
}
