package org.sibcalc.io;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Calculation;
import org.sibcalc.basics.IntColumn;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.EpisodeEnd;
import org.sibcalc.data.CareData;
import org.sibcalc.io.ssda903.EpisodesTable;
import org.sibcalc.io.ssda903.HeaderTable;
import org.sibcalc.io.ssda903.Ssda903;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.io.csv.EpisodeRows;
import org.sibcalc.io.csv.CsvRows;

/**
 * A contract file, a participants file and the episodes, read and validated together (docs/input-files.md,
 * docs/contract.md). The episodes are one or more files in sibcalc's own CSV form, or one or more SSDA903
 * Episodes tables (yearly returns), with or without an SSDA903 Header table for birth dates; which form a
 * file is in, its columns tell ({@link Ssda903#tableOf}). Every file is always read, so that one run reports
 * every error in every file.
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

    /** The name of the episodes file of a folder; {@code episodes*.csv} are read when there are several. */
    public static final String EPISODES_FILE = "episodes.csv";
    /** The name of a folder's SSDA903 Header table. */
    public static final String HEADER_FILE = "header.csv";

    private final ValidationReport report;
    private final ContractTerms terms;
    private final CareData data;
    private PaymentLedger ledger = PaymentLedger.NONE;
    private final String participantsName;
    private final List<String> episodesNames;
    private final boolean ssda903;
    private final int[] participantLines;
    private final IntColumn episodeLines;
    private final IntColumn episodeFiles;

    private InputFiles(ValidationReport report, ContractTerms terms, CareData data, String participantsName,
            List<String> episodesNames, boolean ssda903, CareDataCsv csv) {
        this.report = report;
        this.terms = terms;
        this.data = data;
        this.participantsName = participantsName;
        this.episodesNames = episodesNames;
        this.ssda903 = ssda903;
        this.participantLines = csv.participantLines();
        this.episodeLines = csv.episodeLines();
        this.episodeFiles = csv.episodeFiles();
    }

    /**
     * Returns the episodes files of a folder: every {@code episodes*.csv} in it (such as yearly SSDA903
     * tables), in order of name, or {@code DIR/episodes.csv} when there is none (its reader then says it
     * cannot be read).
     *
     * @param dir the folder
     * @return the episodes files, at least one
     */
    public static List<Path> episodesIn(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "episodes*.csv")) {
            found.forEach(files::add);
        } catch (IOException | DirectoryIteratorException e) {
            // not a readable folder: the reader reports episodes.csv
        }
        files.removeIf(file -> !Files.isRegularFile(file));
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return files.isEmpty() ? List.of(dir.resolve(EPISODES_FILE)) : List.copyOf(files);
    }

    /**
     * Returns the folder's SSDA903 Header table, {@code DIR/header.csv}, or null when it has none.
     *
     * @param dir the folder
     * @return the Header table's path, or null
     */
    public static @Nullable Path headerIn(Path dir) {
        Path header = dir.resolve(HEADER_FILE);
        return Files.isRegularFile(header) ? header : null;
    }

    /**
     * Reads and validates the three files, the episodes in one file. Messages name each file as its path is
     * written here.
     *
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is left
     *                                out, instead of an error
     * @param contract the contract file
     * @param participants the participants file
     * @param episodes the episodes file
     * @return the files read; their problems are in {@link #report()}
     */
    public static InputFiles read(Path contract, Path participants, Path episodes, boolean ignoreUnmatchedEpisodes) {
        return read(contract, participants, List.of(episodes), null, null, ignoreUnmatchedEpisodes);
    }

    /**
     * As {@link #read(Path, Path, Path, boolean)}, with a payment ledger (docs/ledger.md), whose problems come
     * after the other files'.
     *
     * @param ledger the payments made ({@link PaymentLedgerCsv}), or null when there is no ledger
     * @param contract the contract file
     * @param participants the participants file
     * @param episodes the episodes file
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is
     *     left out, instead of an error
     * @return the files read; their problems are in {@link #report()}
     */
    public static InputFiles read(Path contract, Path participants, Path episodes, @Nullable Path ledger,
            boolean ignoreUnmatchedEpisodes) {
        return read(contract, participants, List.of(episodes), null, ledger, ignoreUnmatchedEpisodes);
    }

    /**
     * As {@link #read(Path, Path, List, Path, Path, boolean)}, without a payment ledger.
     *
     * @param contract the contract file
     * @param participants the participants file
     * @param episodes the episodes files, at least one
     * @param header an SSDA903 Header table giving birth dates, or null
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is
     *     left out, instead of an error
     * @return the files read; their problems are in {@link #report()}
     */
    public static InputFiles read(Path contract, Path participants, List<Path> episodes, @Nullable Path header,
            boolean ignoreUnmatchedEpisodes) {
        return read(contract, participants, episodes, header, null, ignoreUnmatchedEpisodes);
    }

    /**
     * Reads and validates a participants file and an episodes file without a contract (for a comparison
     * group, whose baseline a contract is to start from). {@link #calculation()} cannot be asked for.
     *
     * @param participants the participants file
     * @param episodes the episodes file
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is
     *     left out, instead of an error
     * @return the files read; their problems are in {@link #report()}
     */
    public static InputFiles readData(Path participants, Path episodes, boolean ignoreUnmatchedEpisodes) {
        return read(null, participants, List.of(episodes), null, null, ignoreUnmatchedEpisodes);
    }

    /**
     * Reads and validates the files. Messages name each file as its path is written here.
     *
     * @param episodes                the episodes files, at least one: each in sibcalc's own form, or each an
     *                                SSDA903 Episodes table (an episode reported in several is one episode)
     * @param header                  an SSDA903 Header table giving birth dates, or null
     * @param ledger                  the payments made ({@link PaymentLedgerCsv}), or null when there is none
     * @param contract                the contract file, or null to read the data alone ({@link #readData})
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is
     *                                left out, instead of an error
     * @param participants the participants file
     * @return the files read; their problems are in {@link #report()}
     */
    public static InputFiles read(@Nullable Path contract, Path participants, List<Path> episodes,
            @Nullable Path header, @Nullable Path ledger,
            boolean ignoreUnmatchedEpisodes) {
        return read(contract == null ? null : InputSource.of(contract), InputSource.of(participants),
                episodes.stream().map(InputSource::of).toList(), header == null ? null : InputSource.of(header),
                ledger == null ? null : InputSource.of(ledger), ignoreUnmatchedEpisodes);
    }

    /**
     * As {@link #readData(Path, Path, boolean)}, from any input.
     *
     * @param participants the participants
     * @param episodes the episodes
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is
     *     left out, instead of an error
     * @return the inputs read; their problems are in {@link #report()}
     */
    public static InputFiles readData(InputSource participants, InputSource episodes, boolean ignoreUnmatchedEpisodes) {
        return read(null, participants, List.of(episodes), null, null, ignoreUnmatchedEpisodes);
    }

    /**
     * Reads and validates the inputs, wherever they come from ({@link InputSource}: a file, or bytes an
     * application holds), exactly as {@link #read(Path, Path, List, Path, Path, boolean)} reads files. Messages
     * name each input by its {@link InputSource#name()}.
     *
     * @param contract                the contract, or null to read the data alone
     * @param participants            the participants
     * @param episodes                the episodes, at least one: each in sibcalc's own form, or each an SSDA903
     *                                Episodes table
     * @param header                  an SSDA903 Header table giving birth dates, or null
     * @param ledger                  the payments made ({@link PaymentLedgerCsv}), or null when there is none
     * @param ignoreUnmatchedEpisodes when true, an episode whose id matches no participant is a warning and is
     *                                left out, instead of an error
     * @return the inputs read; their problems are in {@link #report()}
     */
    public static InputFiles read(@Nullable InputSource contract, InputSource participants,
            List<InputSource> episodes, @Nullable InputSource header, @Nullable InputSource ledger,
            boolean ignoreUnmatchedEpisodes) {
        Objects.requireNonNull(participants, "participants");
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("At least one episodes file is needed");
        }
        // The files are read side by side: the contract and the episodes (with the header) on threads of
        // their own, the participants here, then here too the episodes files left. Each file has its own
        // report until all are read, then they are put together in the order contract, participants, header,
        // episodes.
        ValidationReport contractReport = new ValidationReport();
        FutureTask<ContractTerms> terms = start("contract", () -> contract == null ? null
                : ContractJson.read(contract, contract.name(), contractReport));
        Episodes episodesFiles = new Episodes(episodes, header);
        FutureTask<Episodes> episodeRows = start("episodes", episodesFiles::readHeaderAndFiles);
        ValidationReport participantsReport = new ValidationReport();
        CareDataCsv csv = new CareDataCsv(participantsReport);
        csv.readParticipants(participants, participants.name());
        // From here on, each episodes file is matched to the participants while the others are still being read:
        // those read by now here, the others by the thread that reads them, as soon as it has. Unless the
        // participants could yet be rejected (for want of birth dates: CareDataCsv.checkBirthDates): then every
        // file is matched once all are read.
        if (csv.participantsSettled(header != null)) {
            episodesFiles.matching = (rows, idField) -> csv.match(rows, idField, ignoreUnmatchedEpisodes);
            episodesFiles.matchFilesRead();
        }
        // The Header table, read first on the episodes thread, is most often read by now: its birth dates are
        // given here while that thread reads on, rather than once every file is read.
        HeaderTable headerApplied = episodesFiles.header;
        if (headerApplied != null) {
            csv.applyHeader(headerApplied);
        }
        episodesFiles.readFiles(); // the episodes files no thread has taken yet, such as later yearly tables
        ContractTerms contractTerms = join(terms);
        Episodes episodesRead = join(episodeRows).join();
        if (episodesRead.header != null && headerApplied == null) {
            csv.applyHeader(episodesRead.header);
        }
        // Only the contract says whether birth dates are required, so that is checked once all are read.
        if (contractTerms != null && contractTerms.tracking().ageOutAt().isPresent()) {
            csv.checkBirthDates(contractTerms.tracking().ageOutAt().getAsInt(),
                    episodesRead.header == null ? null : episodesRead.header.name());
        }
        boolean ssda903 = !episodesRead.tables.isEmpty();
        if (ssda903) {
            csv.addEpisodeTables(episodesRead.tables, episodesRead.tablesMatched, ignoreUnmatchedEpisodes);
            if (contractTerms != null && contractTerms.episodeEnd() != EpisodeEnd.EXCLUSIVE) {
                contractReport.error(contract.name(), ContractJson.lineOf(contract, "episodeEnd"), "episodeEnd",
                        "must be EXCLUSIVE with SSDA903 Episodes tables (" + episodesRead.tables.get(0).name()
                                + "): their DEC is the day an episode ceased, which is not a day in care");
            }
        } else {
            csv.addEpisodes(episodesRead.own, episodesRead.ownMatched, ignoreUnmatchedEpisodes);
        }

        ValidationReport ledgerReport = new ValidationReport();
        PaymentLedger payments = ledger == null ? PaymentLedger.NONE
                : PaymentLedgerCsv.read(ledger, ledger.name(), contractTerms, ledgerReport);

        ValidationReport report = contractReport;
        report.append(participantsReport);
        episodesRead.reports.forEach(report::append);
        report.append(ledgerReport);
        // Built once: building copies every column and groups the episodes by young person.
        @Nullable CareData data = report.hasErrors() ? null : csv.data();
        if (contractTerms != null && data != null) {
            warnOfUnusedTexts(contractTerms, data, String.valueOf(contract), report);
        }
        InputFiles files = new InputFiles(report, contractTerms, data,
                participants.name(), episodes.stream().map(InputSource::name).toList(), ssda903, csv);
        files.ledger = payments;
        return files;
    }

    /**
     * The episodes files as they are read: each in sibcalc's own form or an SSDA903 Episodes table, not both,
     * and the Header table if there is one. The files are taken one at a time by whichever thread is free:
     * the episodes thread, and the participants' once they are read, so that several yearly tables are read
     * on both cores. After {@link #join}, the reports of every file in the order header, episodes files.
     */
    private static final class Episodes {
        private final List<InputSource> files;
        private final @Nullable InputSource headerFile;
        private final String[] problem; // why file i cannot be used, or null
        private final boolean[] is903;
        // File i read: EpisodeRows, EpisodesTable or (rejected) ValidationReport, set once it is whole. A file is
        // matched to the participants (CareDataCsv.match) once both are read, by the thread that claims it first:
        // the one that read it, or the participants' thread for the files read before the participants were.
        private final AtomicReferenceArray<Object> read;
        private final AtomicIntegerArray claimed; // 1 once a thread has claimed file i to match it
        private final int[][] matched; // file i's rows matched to the participants as they were read, or null
        // Matches a file's rows (CareDataCsv.match): set by the participants' thread once they are read.
        private volatile @Nullable BiFunction<EpisodeRows, String, int[]> matching;
        private final AtomicInteger next = new AtomicInteger();
        private volatile @Nullable HeaderTable header; // once read: written on the episodes thread
        private final List<EpisodeRows> own = new ArrayList<>();
        private final List<int[]> ownMatched = new ArrayList<>(); // own file k's rows matched, or null
        private final List<EpisodesTable> tables = new ArrayList<>();
        private final List<int[]> tablesMatched = new ArrayList<>(); // table k's rows matched, or null
        private final List<ValidationReport> reports = new ArrayList<>();

        /** Tells, from each file's header row, what each file holds. */
        Episodes(List<InputSource> files, @Nullable InputSource header) {
            this.files = files;
            this.headerFile = header;
            problem = new String[files.size()];
            is903 = new boolean[files.size()];
            read = new AtomicReferenceArray<>(files.size());
            claimed = new AtomicIntegerArray(files.size());
            matched = new int[files.size()][];
            String firstName = null;
            boolean firstIs903 = false;
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).name();
                Ssda903.Table table = Ssda903.tableOf(CsvRows.header(files.get(i)));
                is903[i] = table == Ssda903.Table.EPISODES;
                if (table == Ssda903.Table.HEADER) {
                    problem[i] = "is an SSDA903 Header table (" + String.join(", ", Ssda903.HEADER_COLUMNS)
                            + "), not episodes: give it as " + HEADER_FILE + " in the folder, or with --header";
                } else if (firstName == null) {
                    firstName = name;
                    firstIs903 = is903[i];
                } else if (is903[i] != firstIs903) {
                    problem[i] = (is903[i] ? "is an SSDA903 Episodes table, but " + firstName
                            + " is in sibcalc's episodes form" : "is in sibcalc's episodes form, but " + firstName
                            + " is an SSDA903 Episodes table") + ": give every episodes file in one form";
                }
            }
        }

        /** On the episodes thread: the Header table, then the episodes files as they come. */
        Episodes readHeaderAndFiles() {
            if (headerFile != null) {
                header = HeaderTable.read(headerFile, headerFile.name());
            }
            readFiles();
            return this;
        }

        /** Reads files no thread has taken, until there are none (others may still be being read). */
        void readFiles() {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                InputSource file = files.get(i);
                String name = file.name();
                if (problem[i] != null) {
                    read.set(i, rejectAll(file, name, problem[i]));
                } else {
                    read.set(i, is903[i] ? EpisodesTable.read(file, name) : EpisodesCsv.read(file, name));
                    match(i);
                }
            }
        }

        /**
         * On the participants' thread once they are read and {@link #matching} is set: matches the files read
         * so far that no thread has claimed. A file read from now on is matched by the thread that read it.
         */
        void matchFilesRead() {
            for (int i = 0; i < files.size(); i++) {
                if (problem[i] == null && read.get(i) != null) {
                    match(i);
                }
            }
        }

        /** Matches file i, read, unless {@link #matching} is not set yet or another thread has claimed it. */
        private void match(int i) {
            BiFunction<EpisodeRows, String, int[]> match = matching;
            if (match != null && claimed.compareAndSet(i, 0, 1)) {
                Object file = read.get(i);
                EpisodeRows rows = file instanceof EpisodesTable table ? table.rows() : (EpisodeRows) file;
                matched[i] = match.apply(rows, is903[i] ? "CHILD" : "id");
            }
        }

        /** Once every file is read: the files by form, and the reports in order. */
        Episodes join() {
            if (header != null) {
                reports.add(header.report());
            }
            for (int i = 0; i < read.length(); i++) {
                Object file = read.get(i);
                if (file instanceof EpisodesTable table) {
                    tables.add(table);
                    tablesMatched.add(matched[i]);
                    reports.add(table.rows().report());
                } else if (file instanceof EpisodeRows rows) {
                    own.add(rows);
                    ownMatched.add(matched[i]);
                    reports.add(rows.report());
                } else {
                    reports.add((ValidationReport) file);
                }
            }
            return this;
        }

        /**
         * Reports a file that cannot be used at its header, and counts each of its rows as rejected: its
         * columns are taken as they are, so that nothing else is said of them.
         */
        private static ValidationReport rejectAll(InputSource file, String name, String problem) {
            ValidationReport report = new ValidationReport();
            report.error(name, 1, "(file)", problem);
            CsvRows.read(file, name, CsvRows.header(file), List.of(), report, (line, row) -> row.rejected());
            return report;
        }
    }

    /**
     * Warns of each type in {@code careTypes} or a state, and each placement in a state, that no episode has:
     * most likely a typo, which would otherwise quietly count nothing.
     */
    private static void warnOfUnusedTexts(ContractTerms terms, CareData data, String file, ValidationReport report) {
        Set<String> types = new HashSet<>(data.episodeTypes());
        Set<String> placements = new HashSet<>(data.episodePlacements());
        if (terms.careTypes().isPresent()) {
            for (String type : new TreeSet<>(terms.careTypes().get())) {
                if (!types.contains(type)) {
                    report.warning(file, 0, "careTypes", "'" + type + "' is the type of no episode (a typo?)");
                }
            }
        }
        terms.states().forEach((name, state) -> {
            for (String type : state.types().orElse(Set.of())) {
                if (!types.contains(type)) {
                    report.warning(file, 0, "states." + name + ".types", "'" + type + "' is the type of no episode (a typo?)");
                }
            }
            for (String placement : state.placements().orElse(Set.of())) {
                if (!placements.contains(placement)) {
                    report.warning(file, 0, "states." + name + ".placements", "'" + placement
                            + "' is the placement of no episode (a typo?)");
                }
            }
        });
    }

    /**
     * As {@link #read(Path, Path, List, Path, Path, boolean)}, on a thread of its own: the files are being read
     * when this returns.
     *
     * @param contract the contract file, or null to read the data alone
     * @param participants the participants file
     * @param episodes the episodes files, at least one
     * @param header an SSDA903 Header table giving birth dates, or null
     * @param ledger the payments made, or null when there is none
     * @param ignoreUnmatchedEpisodes as for {@link #read(Path, Path, List, Path, Path, boolean)}
     * @return the reading, whose {@link Pending#files()} waits for it to end
     */
    public static Pending readInBackground(@Nullable Path contract, Path participants, List<Path> episodes,
            @Nullable Path header, @Nullable Path ledger, boolean ignoreUnmatchedEpisodes) {
        return new Pending(start("files", () -> read(contract, participants, episodes, header, ledger,
                ignoreUnmatchedEpisodes)));
    }

    /** Input files being read on a thread of their own ({@link #readInBackground}). */
    public static final class Pending {
        private final FutureTask<InputFiles> task;

        private Pending(FutureTask<InputFiles> task) {
            this.task = task;
        }

        /**
         * Waits for the reading to end.
         *
         * @return the files read, as {@link #read(Path, Path, List, Path, Path, boolean)} gives them; what it threw
         *         is thrown here
         */
        public InputFiles files() {
            return join(task);
        }
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

    /** {@return every error and warning found so far, and the row counts} */
    public ValidationReport report() {
        return report;
    }

    /** {@return the participants file's name as errors name it (for example {@code participants.csv})} */
    public String participantsName() {
        return participantsName;
    }

    /**
     * Returns the calculation of the files' contract over their data, with the payments of the ledger file.
     *
     * @return the calculation, never null
     * @throws IllegalStateException when the files have errors
     */
    public Calculation calculation() {
        requireNoErrors();
        return Calculation.of(terms, data, ledger);
    }

    private void requireNoErrors() {
        if (report.hasErrors()) {
            throw new IllegalStateException("The input files have " + report.errors().size() + " errors, the first: "
                    + report.errors().get(0));
        }
    }

    /** {@return the payments made, read from the ledger file; {@link PaymentLedger#NONE} without one} */
    public PaymentLedger ledger() {
        return ledger;
    }

    /**
     * Returns the participants and episodes read.
     *
     * @return the data, never null
     * @throws IllegalStateException when the files have errors
     */
    public CareData data() {
        requireNoErrors();
        return data;
    }

    /**
     * {@return the warning placed at the line of the row it concerns}
     *
     * @param warning a warning of the calculation over these files' data, not null
     */
    public Problem locate(DataWarning warning) {
        Objects.requireNonNull(warning, "warning");
        return new Problem(Problem.Severity.WARNING, file(warning), line(warning), field(warning), warning.message());
    }

    /**
     * Adds the calculation's warnings to the report, each at its line, but for a zero-length episode of an
     * SSDA903 table, which the reader has warned of already (DfE rule 355). They are added as one block: each
     * entry, with its line and sentence, is made only when the report's warnings are read, so that a run showing
     * twenty of a hundred thousand makes twenty.
     *
     * @param warnings the calculation's warnings, not null
     */
    public void report(List<DataWarning> warnings) {
        // An SSDA903 table's episode that ends on its start day has had its DfE rule 355 warning.
        List<DataWarning> reported = ssda903
                ? warnings.stream().filter(w -> w.kind() != DataWarning.Kind.ZERO_LENGTH_EPISODE).toList()
                : List.copyOf(warnings);
        report.warnings(new AbstractList<>() {
            @Override
            public Problem get(int index) {
                return locate(reported.get(index));
            }

            @Override
            public int size() {
                return reported.size();
            }
        });
    }

    private String file(DataWarning warning) {
        return warning.episodeIndex().isPresent() ? episodesNames.get(episodeFiles.get(warning.episodeIndex().getAsInt())) : participantsName;
    }

    private int line(DataWarning warning) {
        return warning.episodeIndex().isPresent() ? episodeLines.get(warning.episodeIndex().getAsInt())
                : participantLines[warning.participantIndex()];
    }

    /** The warning's field as the file names it: an SSDA903 table's start is DECOM, its end DEC. */
    private String field(DataWarning warning) {
        String field = warning.field();
        if (!ssda903 || warning.episodeIndex().isEmpty()) {
            return field;
        }
        return field.equals("start") ? "DECOM" : field.equals("end") ? "DEC" : field;
    }
}
