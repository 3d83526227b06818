package org.sibcalc.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.Baseline;
import org.sibcalc.contract.Caps;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.contract.MeasurementDates;
import org.sibcalc.contract.Outcome;
import org.sibcalc.contract.Tracking;
import org.sibcalc.data.CareData;
import org.sibcalc.data.CareEpisode;
import org.sibcalc.data.Participant;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementText;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.Payment;

/**
 * Using the library from Java: a contract and data built in code, then the Essex example read from its
 * files. The build compiles and runs this program (see {@code ExamplesTest}).
 *
 * <pre>  java -cp target/sibcalc-0.1.0-cli.jar:target/test-classes org.sibcalc.examples.ApiExample</pre>
 */
public final class ApiExample {

    private ApiExample() {
    }

    /** Prints both examples; the optional argument is the folder of the Essex example. */
    public static void main(String[] args) {
        inCode(System.out);
        fromFiles(Path.of(args.length > 0 ? args[0] : "examples/essex"), System.out);
    }

    /** A contract designer's check: two young people, a flat 55% baseline, £45 a day, capped. */
    static Statement inCode(PrintStream out) {
        CurrencyUnit gbp = Monetary.getCurrency("GBP");
        ContractTerms terms = ContractTerms.builder("Two young people", gbp,
                        Tracking.of(Period.ofMonths(30), 18),
                        MeasurementDates.every(MeasurementDates.Frequency.QUARTER,
                                LocalDate.of(2013, 6, 30), LocalDate.of(2015, 12, 31)),
                        Baseline.flat(new BigDecimal("0.55")),
                        Outcome.careDaysAvoided(Money.of(new BigDecimal("45.00"), gbp)))
                .caps(Caps.total(Money.of(new BigDecimal("50000.00"), gbp)))
                .build();
        CareData data = CareData.of(
                List.of(Participant.of("YP1", LocalDate.of(2013, 4, 1)),
                        Participant.of("YP2", LocalDate.of(2013, 5, 15)).withBirthDate(LocalDate.of(1997, 1, 10))),
                List.of(CareEpisode.of("YP1", LocalDate.of(2013, 9, 1), LocalDate.of(2013, 11, 1)),
                        CareEpisode.open("YP2", LocalDate.of(2014, 6, 1))));

        Calculation calculation = Calculation.of(terms, data);
        Statement statement = calculation.statement(LocalDate.of(2014, 12, 31));
        out.println("Care proportion " + statement.programme().careProportion().orElseThrow()
                + ", care days avoided " + statement.programme().careDaysAvoided().orElseThrow());
        for (Payment payment : statement.payments()) {
            out.println(payment.date() + "  due " + payment.cumulativeDue() + "  paid " + payment.payment());
        }
        for (ParticipantExplanation why : calculation.explain(statement.asOf()).toList()) {
            out.println(why.id() + ": " + why.childDays() + " child days from " + why.firstDay().orElseThrow()
                    + " to " + why.lastDay().orElseThrow() + ", " + why.careDays() + " in care, "
                    + why.expectedCareDays().orElseThrow() + " expected");
        }
        return statement;
    }

    /** A commissioner's check: the Essex example's files at March 2019. */
    static Statement fromFiles(Path folder, PrintStream out) {
        InputFiles inputs = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                folder.resolve("episodes.csv"), false);
        if (inputs.report().hasErrors()) {
            inputs.report().errors().forEach(out::println);
            throw new IllegalStateException("The Essex example has errors");
        }
        Statement statement = inputs.calculation().statement(LocalDate.of(2019, 3, 31));
        out.print(StatementText.write(statement));
        return statement;
    }
}
