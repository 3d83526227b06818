package org.sibcalc.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.sibcalc.measure.CohortMeasurement;
import org.sibcalc.measure.Measurement;

/**
 * The outcome payment at one measurement date (docs/rules.md, "Outcomes" and "Payments").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date          the measurement date, not null
 * @param cumulativeDue what is due for all results up to the date, rounded and capped, not null
 * @param paidBefore    the sum of payments at earlier measurement dates, not null
 * @param payment       cumulativeDue − paidBefore, floored at zero unless the contract has clawback, not null
 * @param programme     the whole programme's measurement at the date, behind the amounts, not null
 * @param nettedCohorts under COHORT netting, each cohort's measurement at the date, from which its due was
 *                      worked out; empty under PROGRAMME netting, where the programme is the one unit
 * @param outcomes      what each outcome of the contract adds up to at the date, in contract order
 */
public record Payment(LocalDate date, MonetaryAmount cumulativeDue, MonetaryAmount paidBefore,
        MonetaryAmount payment, Measurement programme, List<CohortMeasurement> nettedCohorts,
        List<OutcomeAmount> outcomes) {

    /** Checks that every field is present. */
    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cumulativeDue, "cumulativeDue");
        Objects.requireNonNull(paidBefore, "paidBefore");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(programme, "programme");
        nettedCohorts = List.copyOf(nettedCohorts);
        outcomes = List.copyOf(outcomes);
    }
}
