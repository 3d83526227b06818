package org.sibcalc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sibcalc.contract.ContractTerms;
import org.sibcalc.data.CareData;
import org.sibcalc.ledger.PaymentLedger;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.Explanations;
import org.sibcalc.measure.Measurements;
import org.sibcalc.measure.ParticipantExplanation;
import org.sibcalc.payment.PaymentSchedule;

/**
 * A contract applied to care data: the entry point of the library.
 *
 * <pre>{@code
 * Calculation calculation = Calculation.of(terms, data);
 * Statement statement = calculation.statement(LocalDate.of(2019, 3, 31));
 * calculation.explain(LocalDate.of(2019, 3, 31)).forEach(System.out::println);
 * }</pre>
 *
 * <p>A calculation is a pure function of the terms, the data and the reporting date: no clock, no time
 * zone, no shared mutable state. This class is immutable and thread-safe.
 */
public final class Calculation {

    private final ContractTerms terms;
    private final CareData data;
    private final PaymentLedger ledger;

    private Calculation(ContractTerms terms, CareData data, PaymentLedger ledger) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.data = Objects.requireNonNull(data, "data");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * Returns the calculation of these terms over this data, with nothing paid yet.
     *
     * @param terms the contract terms, not null
     * @param data the participants and their episodes, not null
     * @return the calculation, with {@link PaymentLedger#NONE}
     */
    public static Calculation of(ContractTerms terms, CareData data) {
        return new Calculation(terms, data, PaymentLedger.NONE);
    }

    /**
     * Returns the calculation of these terms over this data, with the payments already made (docs/ledger.md): its
     * statements take the payments the ledger reaches from the ledger.
     *
     * @param terms the contract terms, not null
     * @param data the participants and their episodes, not null
     * @param ledger the payments already made, not null ({@link PaymentLedger#NONE} for none)
     * @return the calculation
     * @throws org.sibcalc.basics.InvalidValueException when the ledger breaks a rule of {@link PaymentLedger}
     *                                                  for these terms
     */
    public static Calculation of(ContractTerms terms, CareData data, PaymentLedger ledger) {
        PaymentLedger.of(terms, ledger.entries());
        return new Calculation(terms, data, ledger);
    }

    /**
     * Returns this calculation with another payment ledger; see {@link #of(ContractTerms, CareData,
     * PaymentLedger)}.
     *
     * @param newLedger the payments already made, not null
     * @return a calculation of the same terms and data with {@code newLedger}
     */
    public Calculation withLedger(PaymentLedger newLedger) {
        return of(terms, data, newLedger);
    }

    /** {@return the payments already made; {@link PaymentLedger#NONE} when none; never null} */
    public PaymentLedger ledger() {
        return ledger;
    }

    /** {@return the contract terms, never null} */
    public ContractTerms terms() {
        return terms;
    }

    /** {@return the care data, never null} */
    public CareData data() {
        return data;
    }

    /** {@return the statement at the contract's last measurement date} */
    public Statement statement() {
        List<LocalDate> dates = terms.measurement().dates();
        return statement(dates.get(dates.size() - 1));
    }

    /**
     * Returns the statement at {@code asOf}: measured at that date, with the payments of every measurement
     * date up to it, those the ledger reaches being the ledger's. One pass over the participants serves every
     * date.
     *
     * @param asOf the reporting date, the last day counted; not null
     * @return the statement, never null
     */
    public Statement statement(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        TreeSet<LocalDate> dates = new TreeSet<>(terms.measurement().dates().stream()
                .filter(date -> !date.isAfter(asOf)).toList());
        dates.add(asOf);
        List<DataWarning> warnings = new ArrayList<>();
        Measurements measurements = Measurements.of(terms, data, dates, warnings::add);
        return new Statement(terms.name(), terms.currency(), asOf, measurements.programme(asOf),
                measurements.cohorts(asOf), PaymentSchedule.of(terms, measurements, asOf, ledger), warnings);
    }

    /**
     * Returns how each participant's days were counted at {@code asOf}, in the order of the data; see
     * {@link Explanations#of}.
     *
     * @param asOf the reporting date, the last day counted; not null
     * @return one explanation per participant, lazily, in the order of the data
     */
    public Stream<ParticipantExplanation> explain(LocalDate asOf) {
        return Explanations.of(terms, data, asOf);
    }
}
