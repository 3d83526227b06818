package org.sibcalc.report.html;

import org.sibcalc.cli.SibcalcCommand;

/** Breaks the report's rule, so that ArchitectureTest can show it fails: the report using the command line. */
public final class ArchitectureViolation {

    SibcalcCommand command;

    private ArchitectureViolation() {
    }
}
