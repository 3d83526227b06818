package org.sibcalc.cli;

import java.nio.file.Path;
import java.time.LocalDate;
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

/** The input files every command reads: a folder holding all three, or each file named. */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "A folder holding contract.json, participants.csv and episodes.csv.")
    private Path dir;

    @Option(names = "--contract", paramLabel = "FILE", description = "The contract terms (JSON); overrides DIR's.")
    private Path contract;

    @Option(names = "--participants", paramLabel = "FILE", description = "The participants (CSV); overrides DIR's.")
    private Path participants;

    @Option(names = "--episodes", paramLabel = "FILE", description = "The care episodes (CSV); overrides DIR's.")
    private Path episodes;

    @Option(names = "--ignore-unmatched-episodes",
            description = "Leave out, with a warning, episodes whose id matches no participant (by default an error).")
    private boolean ignoreUnmatchedEpisodes;

    /** Reads and validates the three files. */
    InputFiles read() {
        return InputFiles.read(file(contract, "contract.json", "--contract"),
                file(participants, "participants.csv", "--participants"),
                file(episodes, "episodes.csv", "--episodes"), ignoreUnmatchedEpisodes);
    }

    private Path file(Path given, String name, String option) {
        if (given != null) {
            return given;
        }
        if (dir == null) {
            throw new ParameterException(spec.commandLine(),
                    "Give a folder DIR, or " + option + " (and the other input files).");
        }
        return dir.resolve(name);
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
