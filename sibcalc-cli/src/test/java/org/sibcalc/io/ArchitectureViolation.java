package org.sibcalc.io;

import org.sibcalc.cli.SibcalcCommand;
import org.sibcalc.report.html.StatementHtml;

/**
 * Breaks io's rules, so that ArchitectureTest can show they fail: io using the command line and the report, and
 * a public method of an exported package taking a reader's char[] buffer.
 */
public final class ArchitectureViolation {

    SibcalcCommand command;
    StatementHtml html;

    private ArchitectureViolation() {
    }

    /** An id as a slice of a buffer, in the API for everyone. */
    public static void add(char[] id, int from, int to) {
    }
}
