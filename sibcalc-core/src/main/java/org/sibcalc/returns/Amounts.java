package org.sibcalc.returns;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.sibcalc.basics.InvalidValueException;
import org.sibcalc.basics.MoneyText;

/**
 * The checks and conversions every amount of the investment shares: amounts are whole minor units of
 * their currency, worked on as BigDecimal at the currency's scale and handed out as JSR-354 money.
 */
final class Amounts {

    private Amounts() {
    }

    /** Returns the text, checked to be present, not blank and without leading or trailing blanks. */
    static String trimmedText(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is required");
        }
        if (text.isBlank() || !text.equals(text.strip())) {
            throw new InvalidValueException(field, "'" + text + "' is not a trimmed, non-blank text");
        }
        return text;
    }

    /** Checks that the amount is present, positive and in whole minor units. */
    static void positive(String field, MonetaryAmount amount) {
        minorUnits(field, amount);
        if (!amount.isPositive()) {
            throw new InvalidValueException(field, MoneyText.withCurrency(amount) + " is not positive");
        }
    }

    /**
     * The largest amount, in units of its currency, below which every sum the SPV keeps in minor units
     * (a long) stays exact: 10¹⁵, a thousand trillion.
     */
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    /** Checks that the amount is present, in whole minor units of its currency and below {@link #LIMIT}. */
    static void minorUnits(String field, MonetaryAmount amount) {
        InvalidValueException.required(field, amount);
        int digits = digits(amount.getCurrency());
        BigDecimal number = number(amount);
        if (number.stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException(field, MoneyText.withCurrency(amount) + " has more than the "
                    + digits + " decimal places of " + amount.getCurrency().getCurrencyCode());
        }
        if (number.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException(field, MoneyText.withCurrency(amount) + " is too large: amounts must be below "
                    + LIMIT.toPlainString());
        }
    }

    /** Checks that the amount is in the currency. */
    static void inCurrency(String field, MonetaryAmount amount, CurrencyUnit currency) {
        if (!amount.getCurrency().equals(currency)) {
            throw new InvalidValueException(field, MoneyText.withCurrency(amount) + " is not in "
                    + currency.getCurrencyCode() + ", the investment's currency");
        }
    }

    /** The minor-unit places of a currency (0 for a currency without minor units). */
    static int digits(CurrencyUnit currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** The amount's number, exact. */
    static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** The amount's number at the currency's scale (the amount is in whole minor units). */
    static BigDecimal scaled(MonetaryAmount amount) {
        return number(amount).setScale(digits(amount.getCurrency()));
    }

    /** An exact number of the currency with its currency, as messages write it: {@code GBP 3100000.00}. */
    static String text(BigDecimal number, CurrencyUnit currency) {
        return MoneyText.withCurrency(money(number, currency));
    }

    /**
     * The amount in minor units (pence for GBP): the amount is in whole minor units.
     *
     * @throws ArithmeticException when there are more than a long holds (about 9.2 × 10¹⁸)
     */
    static long minor(MonetaryAmount amount) {
        return scaled(amount).unscaledValue().longValueExact();
    }

    /** Money of an exact number at the currency's scale. */
    static MonetaryAmount money(BigDecimal number, CurrencyUnit currency) {
        return Money.of(number.setScale(digits(currency)), currency);
    }
}
