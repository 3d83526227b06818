package org.sibcalc.testkit;

import org.sibcalc.io.InputFiles;

/** Breaks the testkit's rule, so that ArchitectureTest can show it fails: the testkit using io. */
public final class ArchitectureViolation {

    InputFiles inputs;

    private ArchitectureViolation() {
    }
}
