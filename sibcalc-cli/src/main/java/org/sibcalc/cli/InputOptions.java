package org.sibcalc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sibcalc.Calculation;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.io.DateText;
import org.sibcalc.io.InputFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The input files every command reads: a folder holding them all, or each file named. The episodes are one
 * or more files in sibcalc's own form or SSDA903 Episodes tables, with an SSDA903 Header table or not; and
 * the payment ledger, DIR's {@code payments.csv} or {@code --ledger FILE}, when there is one.
 */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "A folder holding contract.json, participants.csv and episodes.csv, or several "
                    + "episodes*.csv (such as yearly SSDA903 Episodes tables), and an SSDA903 header.csv if any.")
    private Path dir;

    @Option(names = "--contract", paramLabel = "FILE", description = "The contract terms (JSON); overrides DIR's.")
    private Path contract;

    @Option(names = "--participants", paramLabel = "FILE", description = "The participants (CSV); overrides DIR's.")
    private Path participants;

    @Option(names = "--episodes", paramLabel = "FILE",
            description = "The care episodes (CSV, sibcalc's form or an SSDA903 Episodes table); give it once per "
                    + "file, such as once per year's table; overrides DIR's.")
    private List<Path> episodes;

    @Option(names = "--header", paramLabel = "FILE",
            description = "An SSDA903 Header table, for birth dates the participants file does not give; "
                    + "overrides DIR's header.csv.")
    private Path header;

    @Option(names = "--ledger", paramLabel = "FILE",
            description = "The payments already made (CSV: date,amount[,reference]); default: DIR's payments.csv when there is one.")
    private Path ledger;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The reporting date, the last day counted (default: the contract's last measurement date).")
    private LocalDate asOf;

    @Option(names = "--ignore-unmatched-episodes",
            description = "Leave out, with a warning, episodes whose id matches no participant (by default an error).")
    private boolean ignoreUnmatchedEpisodes;

    /** Returns the reporting date asked for, or else the contract's last measurement date. */
    LocalDate asOf(Calculation calculation) {
        if (asOf != null) {
            return asOf;
        }
        List<LocalDate> dates = calculation.terms().measurement().dates();
        return dates.get(dates.size() - 1);
    }

    /** Returns the reporting date asked for, or null when none was. */
    @Nullable LocalDate asOfGiven() {
        return asOf;
    }

    /** Returns how the inputs are named in a report: the folder, or else the contract file. */
    String describe() {
        return dir != null ? dir.toString() : String.valueOf(contract);
    }

    /** Reads and validates the files. */
    InputFiles read() {
        Path contractFile = file(contract, "contract.json", "--contract");
        Path participantsFile = file(participants, "participants.csv", "--participants");
        List<Path> episodesFiles = episodes != null ? episodes : InputFiles.episodesIn(dir("--episodes"));
        Path headerFile = header != null ? header : dir == null ? null : InputFiles.headerIn(dir);
        Request request = new Request(contractFile, participantsFile, episodesFiles, headerFile, ledger(),
                ignoreUnmatchedEpisodes);
        InputFiles early = EarlyRead.take(request);
        return early != null ? early : request.read();
    }

    /** The files a read is of and how, as the options say: what {@link EarlyRead} must have read to be used. */
    record Request(Path contract, Path participants, List<Path> episodes, @Nullable Path header, @Nullable Path ledger,
            boolean ignoreUnmatchedEpisodes) {

        /** The files of a folder given with none of the options that name files, as {@link #read()} finds them. */
        static Request ofFolder(Path dir) {
            Path ledger = dir.resolve("payments.csv");
            return new Request(dir.resolve("contract.json"), dir.resolve("participants.csv"), InputFiles.episodesIn(dir),
                    InputFiles.headerIn(dir), Files.exists(ledger) ? ledger : null, false);
        }

        InputFiles read() {
            return InputFiles.read(contract, participants, episodes, header, ledger, ignoreUnmatchedEpisodes);
        }

        InputFiles.Pending readInBackground() {
            return InputFiles.readInBackground(contract, participants, episodes, header, ledger,
                    ignoreUnmatchedEpisodes);
        }
    }

    /** Returns {@code --ledger}, or else DIR's payments.csv when there is one, or else null: nothing paid yet. */
    private Path ledger() {
        return ledger != null ? ledger : inDir("payments.csv");
    }

    /** Returns the file of that name in DIR when DIR is given and holds it, or else null. */
    Path inDir(String name) {
        if (dir == null) {
            return null;
        }
        Path inDir = dir.resolve(name);
        return Files.exists(inDir) ? inDir : null;
    }

    /** Returns the file given by its option, or else the file of that name in DIR. */
    Path file(Path given, String name, String option) {
        return given != null ? given : dir(option).resolve(name);
    }

    /** The folder, which must be given when {@code option} is not. */
    private Path dir(String option) {
        if (dir == null) {
            throw new ParameterException(spec.commandLine(),
                    "Give a folder DIR, or " + option + " (and the other input files).");
        }
        return dir;
    }

    /** Reads {@code --as-of} in either date form the data files accept. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return DateText.parse("--as-of", value.strip());
            } catch (InvalidValueException e) {
                throw new TypeConversionException(e.problem());
            }
        }
    }
}
