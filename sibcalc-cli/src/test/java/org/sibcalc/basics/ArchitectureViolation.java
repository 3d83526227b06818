package org.sibcalc.basics;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sibcalc.Calculation;
import org.sibcalc.io.InputFiles;
import org.sibcalc.ledger.PaymentLedger;
import picocli.CommandLine;

/**
 * Breaks the core's rules, so that ArchitectureTest can show they fail: a core package (the lowest, which
 * may use no other) using a higher core package, io, Jackson and picocli. In the test sources only.
 */
public final class ArchitectureViolation {

    PaymentLedger ledger;
    Calculation calculation;
    InputFiles inputs;
    ObjectMapper mapper;
    CommandLine commandLine;

    private ArchitectureViolation() {
    }
}
