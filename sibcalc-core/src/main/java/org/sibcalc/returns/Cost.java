package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.sibcalc.basics.InvalidValueException;

/**
 * What the SPV pays out on a date to run the programme: the service provider's fees, management, audit.
 *
 * <p>Field names in messages are those of the investment file: {@code date}, {@code amount},
 * {@code description}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date        the day it is paid, not null
 * @param amount      what is paid: positive, with at most the currency's minor-unit places
 * @param description what it is for, shown in the cash table; empty when not given, never null
 */
public record Cost(LocalDate date, MonetaryAmount amount, String description) {

    /**
     * Validates the date and the amount.
     *
     * @param date the {@link #date() date} record component
     * @param amount the {@link #amount() amount} record component
     * @param description the {@link #description() description} record component
     */
    public Cost {
        InvalidValueException.required("date", date);
        Amounts.positive("amount", amount);
        description = Objects.requireNonNullElse(description, "").strip();
    }

    /**
     * {@return a cost without a description}
     *
     * @param date the day the cost is paid, not null
     * @param amount the amount, not null
     */
    public static Cost of(LocalDate date, MonetaryAmount amount) {
        return new Cost(date, amount, "");
    }

    /**
     * {@return a cost; see the record description}
     *
     * @param date the day the cost is paid, not null
     * @param amount the amount, not null
     * @param description what the cost is for; null or blank when not given (the cost's is then empty)
     */
    public static Cost of(LocalDate date, MonetaryAmount amount, @Nullable String description) {
        return new Cost(date, amount, description);
    }
}
