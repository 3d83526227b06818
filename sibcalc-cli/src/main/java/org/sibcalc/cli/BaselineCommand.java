package org.sibcalc.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.io.BaselineEstimateText;
import org.sibcalc.io.InputFiles;
import org.sibcalc.measure.BaselineEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code sibcalc baseline}: a comparison group's care proportion, flat and by month, as a contract's baseline. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Work out the historical baseline from a comparison group's participants.csv and episodes.csv: "
                + "the care proportion over the tracking window, flat and month by month. With DIR/contract.json (or "
                + "--contract) its tracking, care types and episode ends apply; without, every episode is care, ends "
                + "are EXCLUSIVE and there is no age-out.")
final class BaselineCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder holding participants.csv and episodes.csv.")
    private Path dir;

    @Option(names = "--contract", paramLabel = "FILE", description = "A contract whose tracking, care types and episode ends apply.")
    private Path contract;

    @Option(names = "--participants", paramLabel = "FILE", description = "The comparison group (CSV); overrides DIR's.")
    private Path participants;

    @Option(names = "--episodes", paramLabel = "FILE", description = "Their care episodes (CSV); overrides DIR's.")
    private Path episodes;

    @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "The tracking period, such as P30M (default: the contract's, or P30M).")
    private Period period;

    @Option(names = "--as-of", paramLabel = "DATE", converter = InputOptions.DateConverter.class,
            description = "The last day the data cover; windows are cut there (default: the latest date in the data).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default) or json (sibcalc.baseline/1).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path contractFile = contract != null ? contract
                : dir != null && Files.exists(dir.resolve("contract.json")) ? dir.resolve("contract.json") : null;
        InputFiles files = contractFile == null
                ? InputFiles.readData(file(participants, "participants.csv", "--participants"),
                        file(episodes, "episodes.csv", "--episodes"), false)
                : InputFiles.read(contractFile, file(participants, "participants.csv", "--participants"),
                        file(episodes, "episodes.csv", "--episodes"), false);
        if (files.report().hasErrors()) {
            return Reporting.errors(files.report(), err);
        }
        CareData data = files.data();
        ContractTerms terms = contractFile == null ? defaultTerms(data) : files.calculation().terms();
        if (period != null) {
            terms = terms.toBuilder().tracking(new Tracking(period, terms.tracking().ageOutAt())).build();
        }
        LocalDate lastDay = asOf != null ? asOf : latestDate(data);
        BaselineEstimate estimate = BaselineEstimate.of(terms, data, lastDay);
        out.print(format == Format.json ? BaselineEstimateText.json(estimate) : BaselineEstimateText.text(estimate));
        Reporting.warnings(files.report().warnings(), err, Reporting.WARNINGS_LISTED);
        return 0;
    }

    /** The tracking without a contract: P30M, every episode care, EXCLUSIVE ends, no age-out. */
    private static ContractTerms defaultTerms(CareData data) {
        LocalDate any = data.participantCount() == 0 ? LocalDate.of(2000, 1, 1) : LocalDate.ofEpochDay(data.startDay(0));
        return ContractTerms.builder("comparison group", Monetary.getCurrency("GBP"), Tracking.of(Period.ofMonths(30)),
                MeasurementDates.of(List.of(any)), Baseline.flat(BigDecimal.ZERO),
                Outcome.careDaysAvoided(Money.of(BigDecimal.ZERO, "GBP"))).build();
    }

    /** The latest date the data mention: a start, an exit, or an episode's start or end. */
    private static LocalDate latestDate(CareData data) {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < data.participantCount(); i++) {
            latest = Math.max(latest, Math.max(data.startDay(i), data.exitDay(i)));
        }
        for (int e = 0; e < data.episodeCount(); e++) {
            latest = Math.max(latest, data.episodeStartDay(e));
            if (data.episodeEndDay(e) != CareData.OPEN) {
                latest = Math.max(latest, data.episodeEndDay(e));
            }
        }
        return latest == Long.MIN_VALUE ? LocalDate.of(2000, 1, 1) : LocalDate.ofEpochDay(latest);
    }

    private Path file(Path given, String name, String option) {
        if (given != null) {
            return given;
        }
        if (dir == null) {
            throw new ParameterException(spec.commandLine(), "Give a folder DIR, or " + option + " (and the other input file).");
        }
        return dir.resolve(name);
    }

    /** Reads an ISO-8601 period such as P30M. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                Period p = Period.parse(value.strip());
                Tracking.of(p); // a positive period
                return p;
            } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
                // ArithmeticException: the weeks, multiplied by 7, do not fit in an int (P400000000W).
                throw new TypeConversionException("'" + value + "' is not a positive ISO-8601 period such as P30M");
            }
        }
    }
}
