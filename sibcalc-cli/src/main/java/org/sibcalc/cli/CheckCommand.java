package org.sibcalc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.ClaimCheckFormats;
import org.sibcalc.io.ClaimJson;
import org.sibcalc.io.ClaimParticipantsCsv;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.claim.Claim;
import org.sibcalc.claim.ClaimCheck;
import org.sibcalc.claim.ClaimedParticipants;
import org.sibcalc.measure.ExplanationTable;
import org.sibcalc.measure.TooManyCohortsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sibcalc check}: a provider's claim recomputed from the data, every differing figure listed. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Recompute a claim (a statement JSON, and optionally each young person's figures in explain's "
                + "CSV form) at its reporting date and list every figure that differs: where it is, both values and "
                + "the difference. Exit status 0 when every figure agrees, 3 when any differs, 1 for input errors.")
final class CheckCommand implements Callable<Integer> {

    /** Exit status when the claim differs from the recomputed statement. */
    static final int DIFFERS = 3;

    /** The check's formats. */
    enum Format { text, json, csv }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--claim", paramLabel = "STATEMENT.json", required = true,
            description = "The claim: a statement JSON (sibcalc.statement/1) from any system.")
    private Path claim;

    @Option(names = "--claim-participants", paramLabel = "EXPLAIN.csv",
            description = "Each young person's claimed figures, in the form of explain's CSV.")
    private Path claimParticipants;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default), json (sibcalc.check/1) or csv (one row per difference).")
    private Format format;

    @Override
    public Integer call() {
        InputFiles files = inputs.read();
        ValidationReport claimReport = new ValidationReport();
        Calculation calculation = files.report().hasErrors() ? null : files.calculation();
        Claim claimed = ClaimJson.read(claim, claim.toString(), calculation == null ? null : calculation.terms(),
                claimReport);
        CompletableFuture<Recomputed> recomputing = null;
        if (calculation != null && claimed != null) {
            // Recomputed on another thread while the young people's claimed figures are read on this one.
            LocalDate asOf = claimed.asOf();
            boolean participants = claimParticipants != null;
            recomputing = CompletableFuture.supplyAsync(() -> Recomputed.of(calculation, asOf, participants));
        }
        if (claimed != null && claimParticipants != null && calculation != null) {
            ClaimedParticipants participants = ClaimParticipantsCsv.readColumns(claimParticipants,
                    claimParticipants.toString(), calculation.terms(), calculation.data(), claimReport);
            claimed = participants == null ? null : claimed.withParticipants(participants);
        }
        if (calculation != null && claimed != null && spec.commandLine().getParseResult().hasMatchedOption("--as-of")
                && !inputs.asOf(calculation).equals(claimed.asOf())) {
            throw new ParameterException(spec.commandLine(), "--as-of " + inputs.asOf(calculation)
                    + " is not the claim's asOf " + claimed.asOf() + ": a claim is checked at its own reporting date");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (files.report().hasErrors() || claimReport.hasErrors()) {
            files.report().errors().forEach(err::println);
            claimReport.errors().forEach(err::println);
            Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
            int errors = files.report().errors().size() + claimReport.errors().size();
            err.println("sibcalc: " + errors + (errors == 1 ? " error" : " errors") + " in the input; nothing was checked.");
            return SibcalcCommand.INVALID_INPUT;
        }
        ClaimCheck check;
        try {
            Recomputed recomputed = recomputing.join();
            check = ClaimCheck.of(claimed, recomputed.statement(), recomputed.participants());
        } catch (CompletionException e) {
            if (e.getCause() instanceof ArithmeticException arithmetic) { // a contract whose rounding is UNNECESSARY
                err.println("sibcalc: " + arithmetic.getMessage());
                return SibcalcCommand.INVALID_INPUT;
            }
            if (e.getCause() instanceof TooManyCohortsException tooMany) {
                return Reporting.tooManyCohorts(tooMany, files, err);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        String recomputed = inputs.describe();
        spec.commandLine().getOut().print(format == Format.json ? ClaimCheckFormats.json(check)
                : format == Format.csv ? ClaimCheckFormats.csv(check)
                : ClaimCheckFormats.text(check, claim.toString(), recomputed));
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return check.agrees() ? 0 : DIFFERS;
    }

    /** The statement recomputed at the claim's reporting date, and the young people's explanations if claimed. */
    private record Recomputed(Statement statement, ExplanationTable participants) {
        static Recomputed of(Calculation calculation, LocalDate asOf, boolean participants) {
            return new Recomputed(calculation.statement(asOf), participants
                    ? ExplanationTable.of(calculation.terms(), calculation.data(), asOf) : null);
        }
    }
}
