package org.sibcalc.returns;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.InvalidValueException;

/**
 * Capital called from the investors into the SPV on a date, shared among them pro rata to commitment.
 *
 * <p>Field names in messages are those of the investment file: {@code date}, {@code amount}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date   the day the capital comes in, not null
 * @param amount the capital: positive, with at most the currency's minor-unit places
 */
public record Drawdown(LocalDate date, MonetaryAmount amount) {

    /**
     * Validates the date and the amount.
     *
     * @param date the {@link #date() date} record component
     * @param amount the {@link #amount() amount} record component
     */
    public Drawdown {
        InvalidValueException.required("date", date);
        Amounts.positive("amount", amount);
    }

    /**
     * {@return a drawdown; see the record description}
     *
     * @param date the day the capital is drawn, not null
     * @param amount the amount drawn, not null
     */
    public static Drawdown of(LocalDate date, MonetaryAmount amount) {
        return new Drawdown(date, amount);
    }
}
