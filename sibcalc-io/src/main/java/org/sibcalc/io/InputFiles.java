package org.sibcalc.io;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sibcalc.Calculation;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.measure.DataWarning;

/**
 * A contract file, a participants file and an episodes file, and a payment ledger when there is one, read
 * and validated together (SPEC §1, §6, §8, §9). All are always read, so that one run reports every error in
 * every file.
 *
 * <pre>{@code
 * InputFiles inputs = InputFiles.read(contract, participants, episodes, false);
 * if (inputs.report().hasErrors()) { inputs.report().errors().forEach(System.err::println); return; }
 * Statement statement = inputs.calculation().statement(asOf);
 * }</pre>
 *
 * <p>Immutable once read, except that {@link #report()} is the live report; not thread-safe.
 */
public final class InputFiles {

    private final ValidationReport report;
    private final ContractTerms terms;
    private final CareData data;
    private PaymentLedger ledger = PaymentLedger.NONE;
    private final String participantsName;
    private final String episodesName;
    private final int[] participantLines;
    private final int[] episodeLines;

    private InputFiles(ValidationReport report, ContractTerms terms, CareData data, String participantsName,
            String episodesName, int[] participantLines, int[] episodeLines) {
        this.report = report;
        this.terms = terms;
        this.data = data;
        this.participantsName = participantsName;
        this.episodesName = episodesName;
        this.participantLines = participantLines;
        this.episodeLines = episodeLines;
    }

    /**
     * Reads and validates the three files. Messages name each file as its path is written here.
     *
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and
     *                                is left out, instead of an error
     */
    public static InputFiles read(Path contract, Path participants, Path episodes, boolean ignoreUnmatchedEpisodes) {
        return read(contract, participants, episodes, null, ignoreUnmatchedEpisodes);
    }

    /**
     * Reads and validates the three files and a payment ledger (SPEC §9), whose problems come after theirs.
     *
     * @param ledger the payments made ({@link PaymentLedgerCsv}), or null when there is no ledger
     */
    public static InputFiles read(Path contract, Path participants, Path episodes, Path ledger,
            boolean ignoreUnmatchedEpisodes) {
        // The three files are read side by side: the contract and the episodes on threads of their own,
        // the participants here. Each has its own report until all are read, then they are put together
        // in the order contract, participants, episodes.
        ValidationReport contractReport = new ValidationReport();
        FutureTask<ContractTerms> terms = start("contract", () -> contract == null ? null
                : ContractJson.read(contract, contract.toString(), contractReport));
        FutureTask<EpisodesCsv> episodeRows = start("episodes", () -> EpisodesCsv.read(episodes, episodes.toString()));
        ValidationReport participantsReport = new ValidationReport();
        CareDataCsv csv = new CareDataCsv(participantsReport);
        csv.readParticipants(participants, participants.toString());
        ContractTerms contractTerms = join(terms);
        // Only the contract says whether birth dates are required, so that is checked once both are read.
        if (contractTerms != null && contractTerms.tracking().ageOutAt() != null) {
            csv.checkBirthDates(contractTerms.tracking().ageOutAt());
        }
        EpisodesCsv episodesCsv = join(episodeRows);
        csv.addEpisodes(episodesCsv, ignoreUnmatchedEpisodes);

        ValidationReport ledgerReport = new ValidationReport();
        PaymentLedger payments = ledger == null ? PaymentLedger.NONE
                : PaymentLedgerCsv.read(ledger, ledger.toString(), contractTerms, ledgerReport);

        ValidationReport report = contractReport;
        report.append(participantsReport);
        report.append(episodesCsv.report());
        report.append(ledgerReport);
        if (contractTerms != null && !report.hasErrors()) {
            warnOfUnusedTexts(contractTerms, csv.data(), String.valueOf(contract), report);
        }
        InputFiles files = new InputFiles(report, contractTerms, report.hasErrors() ? null : csv.data(),
                participants.toString(), episodes.toString(), csv.participantLines(), csv.episodeLines());
        files.ledger = payments;
        return files;
    }

    /**
     * Warns of each type in {@code careTypes} or a state, and each placement in a state, that no episode has:
     * most likely a typo, which would otherwise quietly count nothing.
     */
    private static void warnOfUnusedTexts(ContractTerms terms, CareData data, String file, ValidationReport report) {
        Set<String> types = new HashSet<>(data.episodeTypes());
        Set<String> placements = new HashSet<>(data.episodePlacements());
        if (terms.careTypes() != null) {
            for (String type : new TreeSet<>(terms.careTypes())) {
                if (!types.contains(type)) {
                    report.warning(file, 0, "careTypes", "'" + type + "' is the type of no episode (a typo?)");
                }
            }
        }
        terms.states().forEach((name, state) -> {
            for (String type : state.types() == null ? Set.<String>of() : state.types()) {
                if (!types.contains(type)) {
                    report.warning(file, 0, "states." + name + ".types", "'" + type + "' is the type of no episode (a typo?)");
                }
            }
            for (String placement : state.placements() == null ? Set.<String>of() : state.placements()) {
                if (!placements.contains(placement)) {
                    report.warning(file, 0, "states." + name + ".placements", "'" + placement
                            + "' is the placement of no episode (a typo?)");
                }
            }
        });
    }

    private static <T> FutureTask<T> start(String file, Callable<T> read) {
        FutureTask<T> task = new FutureTask<>(read);
        Thread thread = new Thread(task, "sibcalc-read-" + file);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Waits for a file read on another thread; what it threw is thrown here. */
    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the input files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Reads and validates a participants file and an episodes file without a contract (for a comparison
     * group, whose baseline a contract is to start from). {@link #calculation()} cannot be asked for.
     */
    public static InputFiles readData(Path participants, Path episodes, boolean ignoreUnmatchedEpisodes) {
        return read(null, participants, episodes, ignoreUnmatchedEpisodes);
    }

    /**
     * Returns the participants and episodes read.
     *
     * @throws IllegalStateException when the files have errors
     */
    public CareData data() {
        if (report.hasErrors()) {
            throw new IllegalStateException("The input files have " + report.errors().size() + " errors, the first: "
                    + report.errors().get(0));
        }
        return data;
    }

    /** Returns every error and warning found so far, and the row counts. */
    public ValidationReport report() {
        return report;
    }

    /**
     * Returns the calculation of the files' contract over their data, with the payments of the ledger file.
     *
     * @throws IllegalStateException when the files have errors
     */
    public Calculation calculation() {
        if (report.hasErrors()) {
            throw new IllegalStateException("The input files have " + report.errors().size() + " errors, the first: "
                    + report.errors().get(0));
        }
        return Calculation.of(terms, data, ledger);
    }

    /** Returns the payments made, read from the ledger file; {@link PaymentLedger#NONE} without one. */
    public PaymentLedger ledger() {
        return ledger;
    }

    /** Returns the warning placed at the line of the row it concerns. */
    public Problem locate(DataWarning warning) {
        Objects.requireNonNull(warning, "warning");
        boolean aboutEpisode = warning.episode() >= 0;
        return new Problem(Problem.Severity.WARNING, aboutEpisode ? episodesName : participantsName,
                aboutEpisode ? episodeLines[warning.episode()] : participantLines[warning.participant()],
                warning.field(), warning.message());
    }

    /** Adds the calculation's warnings to the report, each at its line. */
    public void report(List<DataWarning> warnings) {
        for (DataWarning warning : warnings) {
            Problem p = locate(warning);
            report.warning(p.file(), p.line(), p.field(), p.message());
        }
    }
}
