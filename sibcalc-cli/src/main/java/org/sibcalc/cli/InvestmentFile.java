package org.sibcalc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.InvestmentJson;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.returns.InvestmentTerms;
import org.sibcalc.returns.SpvShortfallException;

/**
 * The investment file, as {@code returns} and the HTML statement read it: its errors join the input files'
 * report, so that one run lists every error of all of them, and a cash shortfall is an input error naming
 * the file.
 */
final class InvestmentFile {

    /** The name of a folder's investment file. */
    static final String NAME = "investment.json";

    private InvestmentFile() {
    }

    /**
     * Reads the investment file into the files' report, checking its currency against the contract's when
     * the files have no errors; returns null when it has errors.
     */
    static @Nullable InvestmentTerms read(Path file, InputFiles files) {
        ValidationReport report = files.report();
        return InvestmentJson.read(file, file.toString(), report,
                report.hasErrors() ? null : files.calculation().terms().currency());
    }

    /** Reports that the SPV cannot pay its way, and returns the exit status for invalid input. */
    static int shortfall(Path file, SpvShortfallException e, PrintWriter err) {
        err.println(file + ": " + e.getMessage());
        err.println("sibcalc: the SPV cannot pay its way; nothing was calculated.");
        return SibcalcCommand.INVALID_INPUT;
    }
}
