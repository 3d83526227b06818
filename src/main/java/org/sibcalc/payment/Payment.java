package org.sibcalc.payment;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.sibcalc.measure.Measurement;

/**
 * The outcome payment at one measurement date (SPEC §5).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date          the measurement date, not null
 * @param cumulativeDue what is due for all results up to the date, rounded and capped, not null
 * @param paidBefore    the sum of payments at earlier measurement dates, not null
 * @param payment       cumulativeDue − paidBefore, floored at zero unless the contract has clawback, not null
 * @param programme     the whole programme's measurement at the date, behind the amounts, not null
 */
public record Payment(LocalDate date, MonetaryAmount cumulativeDue, MonetaryAmount paidBefore,
        MonetaryAmount payment, Measurement programme) {

    /** Checks that every field is present. */
    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cumulativeDue, "cumulativeDue");
        Objects.requireNonNull(paidBefore, "paidBefore");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(programme, "programme");
    }
}
