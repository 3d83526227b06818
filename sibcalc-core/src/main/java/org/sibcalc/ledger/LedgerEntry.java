package org.sibcalc.ledger;

import java.util.Objects;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One payment actually made: the amount paid for a measurement date (docs/ledger.md).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date      the measurement date the payment is for, not null
 * @param amount    the amount paid, in the contract's currency; zero when nothing was paid, negative only for
 *                  a payment back under clawback; not null
 * @param reference the finance system's reference of the payment, such as an invoice number; "" when none,
 *                  not null
 */
public record LedgerEntry(LocalDate date, MonetaryAmount amount, String reference) {

    /**
     * Checks that every field is present.
     *
     * @param date the {@link #date() date} record component
     * @param amount the {@link #amount() amount} record component
     * @param reference the {@link #reference() reference} record component
     */
    public LedgerEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * {@return an entry without a reference}
     *
     * @param date the measurement date paid for, not null
     * @param amount the amount paid, not null
     */
    public static LedgerEntry of(LocalDate date, MonetaryAmount amount) {
        return new LedgerEntry(date, amount, "");
    }
}
