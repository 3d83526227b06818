package org.sibcalc.returns;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.sibcalc.basics.MoneyText;

/**
 * The SPV's cash would go below zero after a date's costs (README, "Investors' returns"): the investment draws too little, too
 * late, for what it pays out. The message names the date and the shortfall.
 */
public final class SpvShortfallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The day the SPV's cash would go below zero. */
    private final LocalDate date;
    private final transient MonetaryAmount shortfall;

    /**
     * Creates the exception.
     *
     * @param date      the day the balance goes below zero, not null
     * @param shortfall how far below zero, positive, not null
     */
    public SpvShortfallException(LocalDate date, MonetaryAmount shortfall) {
        super("on " + Objects.requireNonNull(date, "date") + " the SPV's cash after costs would be "
                + MoneyText.withCurrency(Objects.requireNonNull(shortfall, "shortfall").negate())
                + ": a shortfall of " + MoneyText.withCurrency(shortfall)
                + " (draw down capital by then, or move the costs later)");
        this.date = date;
        this.shortfall = shortfall;
    }

    /** {@return the day the SPV's cash would go below zero, never null} */
    public LocalDate date() {
        return date;
    }

    /** {@return how far below zero the cash would go: positive, never null} */
    public MonetaryAmount shortfall() {
        return shortfall;
    }
}
