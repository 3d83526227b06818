package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.sibcalc.payment.Payment;

/**
 * What the commissioner pays the SPV for the results at one measurement date: the input of the returns.
 * A positive payment reaches the SPV after the receipt lag; a negative one (clawback) is paid back by the
 * SPV after the same lag; a zero payment is nothing.
 *
 * <p>The statement's payments give these ({@link #of(List)}); so can a ledger of payments actually made,
 * or any other source of dated amounts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date   the measurement date it pays for, not null
 * @param amount the payment, in whole minor units; negative for a clawback; not null
 */
public record OutcomePayment(LocalDate date, MonetaryAmount amount) {

    /**
     * Checks the fields.
     *
     * @param date the {@link #date() date} record component
     * @param amount the {@link #amount() amount} record component
     */
    public OutcomePayment {
        Objects.requireNonNull(date, "date");
        Amounts.minorUnits("amount", amount);
    }

    /**
     * {@return a payment; see the record description}
     *
     * @param date the measurement date paid for, not null
     * @param amount the amount, not null
     */
    public static OutcomePayment of(LocalDate date, MonetaryAmount amount) {
        return new OutcomePayment(date, amount);
    }

    /**
     * Returns the payment of each measurement date, from a statement's (or a ledger's) payments.
     *
     * @param payments the payments, not null
     * @return one payment per measurement date, in the same order
     */
    public static List<OutcomePayment> of(List<Payment> payments) {
        return payments.stream().map(p -> new OutcomePayment(p.date(), p.payment())).toList();
    }
}
