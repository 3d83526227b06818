package org.sibcalc.io;

import org.sibcalc.cli.SibcalcCommand;
import org.sibcalc.report.html.StatementHtml;

/** Breaks io's rule, so that ArchitectureTest can show it fails: io using the command line and the report. */
public final class ArchitectureViolation {

    SibcalcCommand command;
    StatementHtml html;

    private ArchitectureViolation() {
    }
}
