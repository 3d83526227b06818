package org.sibcalc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.sibcalc.Calculation;
import org.sibcalc.claim.Comparison;
import org.sibcalc.io.ComparisonFormats;
import org.sibcalc.io.InputFiles;
import org.sibcalc.measure.TooManyCohortsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sibcalc compare}: why the numbers moved between two extracts of the data. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two input folders at a reporting date: participants added, removed and changed, "
                + "episodes added and removed, changed contract terms, the cumulative due before and after at every "
                + "measurement date, and each young person whose figures changed, largest change first.")
final class CompareCommand implements Callable<Integer> {

    /** The comparison's formats. */
    enum Format { text, json, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = "The earlier extract: contract.json, participants.csv, episodes.csv.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = "The later extract, in the same form.")
    private Path after;

    @Option(names = "--as-of", paramLabel = "DATE", converter = InputOptions.DateConverter.class,
            description = "The reporting date (default: the new contract's last measurement date).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default), json (sibcalc.comparison/1) or csv (one row per changed value).")
    private Format format;

    @Option(names = "--ignore-unmatched-episodes",
            description = "Leave out, with a warning, episodes whose id matches no participant (by default an error).")
    private boolean ignoreUnmatchedEpisodes;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // Both folders read side by side: each reading leaves a core idle while it matches and builds its data.
        CompletableFuture<InputFiles> reading = CompletableFuture.supplyAsync(() -> read(before));
        InputFiles now = read(after);
        InputFiles old = reading.join();
        if (old.report().hasErrors() || now.report().hasErrors()) {
            old.report().errors().forEach(err::println);
            now.report().errors().forEach(err::println);
            int errors = old.report().errors().size() + now.report().errors().size();
            err.println("sibcalc: " + errors + (errors == 1 ? " error" : " errors") + " in the input; nothing was compared.");
            return SibcalcCommand.INVALID_INPUT;
        }
        Calculation newCalculation = now.calculation();
        List<LocalDate> dates = newCalculation.terms().measurement().dates();
        LocalDate reportingDate = asOf != null ? asOf : dates.get(dates.size() - 1);
        Comparison comparison;
        try {
            comparison = Comparison.of(old.calculation(), newCalculation, reportingDate);
        } catch (ArithmeticException e) { // a contract whose rounding is UNNECESSARY, when rounding is needed
            err.println("sibcalc: " + e.getMessage());
            return SibcalcCommand.INVALID_INPUT;
        } catch (TooManyCohortsException e) {
            return Reporting.tooManyCohorts(e, e.extract().filter("before"::equals).isPresent() ? old : now, err);
        }
        spec.commandLine().getOut().print(format == Format.json ? ComparisonFormats.json(comparison)
                : format == Format.csv ? ComparisonFormats.csv(comparison)
                : ComparisonFormats.text(comparison, before.toString(), after.toString()));
        return 0;
    }

    /** Reads a folder's three files; the cumulative due does not depend on what was paid, so no ledger. */
    private InputFiles read(Path dir) {
        return InputFiles.read(dir.resolve("contract.json"), dir.resolve("participants.csv"), dir.resolve("episodes.csv"),
                ignoreUnmatchedEpisodes);
    }
}
