package org.sibcalc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.DataWarning;
import org.sibcalc.measure.Measurement;
import org.sibcalc.payment.Payment;

/**
 * What a contract owes at a reporting date (docs/statement-json.md): the programme and each cohort measured at that
  * date,
 * and the payment at every measurement date up to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contractName the contract's name, not null
 * @param currency  the currency of every amount, not null
 * @param asOf      the reporting date: the last day counted, not null
 * @param programme the whole programme at {@code asOf}, not null
 * @param cohorts   every cohort with a participant started by {@code asOf}, in code-point order of label
 * @param payments  the payment at every measurement date on or before {@code asOf}, ascending
 * @param warnings  what in the data deserves a look but did not stop the calculation, in data order
 */
public record Statement(String contractName, CurrencyUnit currency, LocalDate asOf, Measurement programme,
        List<CohortMeasurement> cohorts, List<Payment> payments, List<DataWarning> warnings) {

    /** The schema name of the statement's JSON form. */
    public static final String SCHEMA = "sibcalc.statement/1";

    /**
     * Checks the fields and copies the lists.
     *
     * @param contractName the {@link #contractName() contractName} record component
     * @param currency the {@link #currency() currency} record component
     * @param asOf the {@link #asOf() asOf} record component
     * @param programme the {@link #programme() programme} record component
     * @param cohorts the {@link #cohorts() cohorts} record component
     * @param payments the {@link #payments() payments} record component
     * @param warnings the {@link #warnings() warnings} record component
     */
    public Statement {
        Objects.requireNonNull(contractName, "contractName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(programme, "programme");
        cohorts = List.copyOf(cohorts);
        payments = List.copyOf(payments);
        warnings = List.copyOf(warnings);
    }

    /**
     * The payment at one measurement date.
     *
     * @param date a date, not null
     * @return the payment at {@code date} when it is one of the contract's measurement dates on or before
     *         {@link #asOf()}; empty otherwise
     */
    public Optional<Payment> paymentAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return payments.stream().filter(p -> p.date().equals(date)).findFirst();
    }

    /**
     * The sum of every {@link Payment#payment() payment} of the statement: what is paid, or due to be paid, for
     * the results up to {@link #asOf()}, which is the last payment's {@code paidBefore} plus its {@code payment}.
     * With a payment ledger, the paid dates count what was actually paid (docs/ledger.md).
     *
     * @return the total in {@link #currency()}, exact; zero when no measurement date has come; never null
     */
    public MonetaryAmount totalPaid() {
        MonetaryAmount total = Money.zero(currency);
        for (Payment payment : payments) {
            total = total.add(payment.payment());
        }
        return total;
    }
}
