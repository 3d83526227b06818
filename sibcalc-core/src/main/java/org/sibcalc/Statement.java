package org.sibcalc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
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
 * @param contract  the contract's name, not null
 * @param currency  the currency of every amount, not null
 * @param asOf      the reporting date: the last day counted, not null
 * @param programme the whole programme at {@code asOf}, not null
 * @param cohorts   every cohort with a participant started by {@code asOf}, in code-point order of label
 * @param payments  the payment at every measurement date on or before {@code asOf}, ascending
 * @param warnings  what in the data deserves a look but did not stop the calculation, in data order
 */
public record Statement(String contract, CurrencyUnit currency, LocalDate asOf, Measurement programme,
        List<CohortMeasurement> cohorts, List<Payment> payments, List<DataWarning> warnings) {

    /** The schema name of the statement's JSON form. */
    public static final String SCHEMA = "sibcalc.statement/1";

    /**
     * Checks the fields and copies the lists.
     *
     * @param contract the {@link #contract() contract} record component
     * @param currency the {@link #currency() currency} record component
     * @param asOf the {@link #asOf() asOf} record component
     * @param programme the {@link #programme() programme} record component
     * @param cohorts the {@link #cohorts() cohorts} record component
     * @param payments the {@link #payments() payments} record component
     * @param warnings the {@link #warnings() warnings} record component
     */
    public Statement {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(programme, "programme");
        cohorts = List.copyOf(cohorts);
        payments = List.copyOf(payments);
        warnings = List.copyOf(warnings);
    }
}
