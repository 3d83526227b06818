package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A dated amount between the investors and the SPV, seen from the investors: a drawdown is negative (money
 * they put in), a distribution positive (money they get back). The money multiple and the IRR are worked
 * out from these.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date   the day of the flow, not null
 * @param amount the amount, negative for capital put in, positive for money back; not null
 */
public record CashFlow(LocalDate date, MonetaryAmount amount) {

    /**
     * Checks the fields.
     *
     * @param date the {@link #date() date} record component
     * @param amount the {@link #amount() amount} record component
     */
    public CashFlow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * {@return a flow; see the record description}
     *
     * @param date the flow's date, not null
     * @param amount the amount, negative for capital put in, positive for money back; not null
     */
    public static CashFlow of(LocalDate date, MonetaryAmount amount) {
        return new CashFlow(date, amount);
    }
}
