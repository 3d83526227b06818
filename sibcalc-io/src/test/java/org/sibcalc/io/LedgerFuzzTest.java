package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.sibcalc.Calculation;
import org.sibcalc.contract.Outcome;
import org.sibcalc.claim.Claim;
import org.sibcalc.claim.ClaimCheck;
import org.sibcalc.claim.Figure;
import org.sibcalc.ledger.PaymentLedger;

/**
 * Coverage-guided fuzzing of the readers of {@code sibcalc check}'s and the ledger's files (docs/fuzzing.md):
 * the payment ledger ({@link PaymentLedgerCsv}), a claim's statement JSON ({@link ClaimJson}) and its young
 * people's figures in explain's CSV form ({@link ClaimParticipantsCsv}), each read under the contract and
 * data of examples/quarterly/2019-03-31 (fixed: the fuzzer changes only the file read; its first 40 young
 * people, so that each input's statement or check is quick), and what each leads
 * to when it has no errors: the statement with the ledger's payments, or the claim checked, in every format.
 * The corpus is {@code src/test/resources/org/sibcalc/io/LedgerFuzzTestInputs/<target>/}.
 */
class LedgerFuzzTest {

    private static final Path EXAMPLE = Path.of("examples/quarterly");
    /** The example's first 40 young people: each input's statement or check is quick. */
    private static final Calculation SMALL = ReaderFuzzing.calculation(EXAMPLE.resolve("2019-03-31"), 40);
    private static final Claim CLAIM = exampleClaim();
    /** The figures recomputed at the example claim's date, the young people's with them. */
    private static final List<Figure> RECOMPUTED = recomputed(CLAIM.asOf());

    /**
     * A ledger ({@code payments.csv}); without errors, the statement at its last date (or the contract's last
     * measurement date when it has none) takes its payments. Read again without the contract, when only each
     * row's own fields are checked.
     */
    @FuzzTest
    @Timeout(10)
    void paymentsCsv(byte[] input) {
        ReaderFuzzing.file(input, "payments.csv", (file, name) -> {
            ValidationReport found = new ValidationReport();
            PaymentLedger ledger = PaymentLedgerCsv.read(file, name, SMALL.terms(), found);
            if (found.hasErrors()) {
                assertThat(ledger).as("the ledger of a file with errors").isSameAs(PaymentLedger.NONE);
            } else {
                ReaderFuzzing.statement(Calculation.of(SMALL.terms(), SMALL.data(), ledger));
            }
            return found;
        });
        ReaderFuzzing.file(input, "payments.csv", (file, name) -> {
            ValidationReport found = new ValidationReport();
            assertThat(PaymentLedgerCsv.read(file, name, null, found)).isEqualTo(PaymentLedger.NONE);
            return found;
        });
    }

    /**
     * A claim: a statement JSON; without errors, checked against the calculation at its own date, in text,
     * JSON and CSV. Read again without the contract, when it is checked as a statement only.
     */
    @FuzzTest
    @Timeout(10)
    void claimJson(byte[] input) {
        ReaderFuzzing.file(input, "claim.json", (file, name) -> {
            ValidationReport found = new ValidationReport();
            Claim claim = ClaimJson.read(file, name, SMALL.terms(), found);
            assertThat(claim == null).as("no claim exactly when there are errors").isEqualTo(found.hasErrors());
            if (claim != null) {
                write(ClaimCheck.of(claim, SMALL));
            }
            return found;
        });
        ReaderFuzzing.file(input, "claim.json", (file, name) -> {
            ValidationReport found = new ValidationReport();
            Claim claim = ClaimJson.read(file, name, null, found);
            assertThat(claim == null).as("no claim exactly when there are errors").isEqualTo(found.hasErrors());
            return found;
        });
    }

    /**
     * The young people's claimed figures, in explain's CSV form; without errors, checked with the example's
     * claim (examples/quarterly/claim-2019-03-31.json) as {@code sibcalc check --claim-participants} does.
     */
    @FuzzTest
    @Timeout(10)
    void claimParticipantsCsv(byte[] input) {
        ReaderFuzzing.file(input, "claim-participants.csv", (file, name) -> {
            ValidationReport found = new ValidationReport();
            List<Figure> figures = ClaimParticipantsCsv.read(file, name, SMALL.terms(), SMALL.data(), found);
            assertThat(figures == null).as("no figures exactly when there are errors").isEqualTo(found.hasErrors());
            if (figures != null) {
                List<Figure> all = new ArrayList<>(CLAIM.figures());
                all.addAll(figures);
                write(ClaimCheck.between(new Claim(all), SMALL.terms().name(), RECOMPUTED));
            }
            return found;
        });
    }

    /** Writes a claim's check in the three formats of {@code sibcalc check}. */
    private static void write(ClaimCheck check) {
        assertThat(check.compared()).isGreaterThanOrEqualTo(check.differences().size());
        assertThat(ClaimCheckFormats.text(check, "claim.json", "examples/quarterly/2019-03-31")).isNotEmpty();
        assertThat(ClaimCheckFormats.json(check)).isNotEmpty();
        assertThat(ClaimCheckFormats.csv(check)).startsWith(ClaimCheckFormats.CSV_HEADER);
    }

    /** What {@link ClaimCheck#of} recomputes at a date for a claim with young people's figures. */
    private static List<Figure> recomputed(LocalDate asOf) {
        List<Figure> figures = new ArrayList<>(Figure.of(SMALL.statement(asOf)));
        figures.addAll(Figure.of(SMALL.terms().participantOutcomes().stream().map(Outcome::name).toList(),
                SMALL.explain(asOf)));
        return figures;
    }

    private static Claim exampleClaim() {
        ValidationReport report = new ValidationReport();
        Path file = EXAMPLE.resolve("claim-2019-03-31.json");
        Claim claim = ClaimJson.read(file, file.toString(), SMALL.terms(), report);
        assertThat(report.errors()).isEmpty();
        return claim;
    }
}
